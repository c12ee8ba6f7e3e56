package cn.cmcc.ah.gca.support.eventstore;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The serialized forms the engine hands to Axon. Axon's own {@code AbstractEventEntry} keeps timestamps as
 * millisecond strings; these keep the stored {@link Instant} exact.
 * <p>
 * A plain (non-domain) event comes back as {@link TrackedEvent}, which is not a {@link DomainEventData}, so Axon
 * deserializes it as a plain {@code TrackedEventMessage} again rather than as a domain event with a made-up
 * aggregate.
 */
final class StoredEventData {

    private StoredEventData() {
    }

    /** Common part: identifier, timestamp, payload and metadata. */
    abstract static class Base implements EventData<String> {

        private final String eventIdentifier;
        private final Instant timestamp;
        private final SerializedObject<String> payload;
        private final SerializedObject<String> metaData;

        Base(String eventIdentifier, Instant timestamp, String payloadType, String payloadRevision,
             String payload, String metaData) {
            this.eventIdentifier = eventIdentifier;
            this.timestamp = timestamp;
            this.payload = new SimpleSerializedObject<>(payload, String.class, payloadType, payloadRevision);
            this.metaData = new SerializedMetaData<>(metaData, String.class);
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return metaData;
        }

        @Override
        public SerializedObject<String> getPayload() {
            return payload;
        }
    }

    /** A snapshot, or any domain event read without its position. */
    static class Domain extends Base implements DomainEventData<String> {

        private final String type;
        private final String aggregateIdentifier;
        private final long sequenceNumber;

        Domain(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
               Instant timestamp, String payloadType, String payloadRevision, String payload, String metaData) {
            super(eventIdentifier, timestamp, payloadType, payloadRevision, payload, metaData);
            this.type = type;
            this.aggregateIdentifier = aggregateIdentifier;
            this.sequenceNumber = sequenceNumber;
        }

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }
    }

    /** A domain event at its global position. */
    static final class TrackedDomain extends Domain implements TrackedEventData<String> {

        private final long position;

        TrackedDomain(long position, String type, String aggregateIdentifier, long sequenceNumber,
                      String eventIdentifier, Instant timestamp, String payloadType, String payloadRevision,
                      String payload, String metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType,
                  payloadRevision, payload, metaData);
            this.position = position;
        }

        @Override
        public TrackingToken trackingToken() {
            return new GlobalSequenceTrackingToken(position);
        }

        long position() {
            return position;
        }
    }

    /** A plain (non-domain) event at its global position. */
    static final class TrackedEvent extends Base implements TrackedEventData<String> {

        private final long position;

        TrackedEvent(long position, String eventIdentifier, Instant timestamp, String payloadType,
                     String payloadRevision, String payload, String metaData) {
            super(eventIdentifier, timestamp, payloadType, payloadRevision, payload, metaData);
            this.position = position;
        }

        @Override
        public TrackingToken trackingToken() {
            return new GlobalSequenceTrackingToken(position);
        }

        long position() {
            return position;
        }
    }
}
