package cn.cmcc.ah.gca.support.eventstore;

import static java.lang.String.format;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The stored form of the stream's documents: field names, the aggregate key, tombstones, and the conversions between
 * events and documents. Existing stores depend on every name here; none may change.
 */
final class DocumentLayout {

    static final String ID = "_id";
    static final String AGG_KEY = "aggKey";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TYPE = "type";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String DOMAIN = "domain";
    static final String COMMIT = "commit";
    static final String TOMBSTONE = "tombstone";
    static final String COUNTER_ID = "position";
    static final String COUNTER_VALUE = "value";
    static final String AGG_KEY_INDEX = "aggKey_unique";

    private static final String NON_DOMAIN_KEY_PREFIX = "~event:";
    private static final String GAP_KEY_PREFIX = "~gap:";

    private DocumentLayout() {
    }

    /** Everything of {@code event}'s document except its position and commit position. */
    static Document eventBody(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document body = new Document();
        if (event instanceof DomainEventMessage<?> domainEvent) {
            String aggregateIdentifier = domainEvent.getAggregateIdentifier();
            if (aggregateIdentifier == null) {
                throw new EventStoreException(format("Domain event [%s] of type [%s] has no aggregate identifier",
                                                     event.getIdentifier(), domainEvent.getType()));
            }
            body.append(AGG_KEY, aggKey(aggregateIdentifier, domainEvent.getSequenceNumber()))
                .append(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                .append(SEQUENCE_NUMBER, domainEvent.getSequenceNumber())
                .append(TYPE, domainEvent.getType())
                .append(DOMAIN, true);
        } else {
            // like Axon's stock engines: the event's own identifier stands in for the aggregate, sequence 0
            body.append(AGG_KEY, NON_DOMAIN_KEY_PREFIX + event.getIdentifier())
                .append(AGGREGATE_IDENTIFIER, event.getIdentifier())
                .append(SEQUENCE_NUMBER, 0L)
                .append(TYPE, null)
                .append(DOMAIN, false);
        }
        return body.append(EVENT_IDENTIFIER, event.getIdentifier())
                   .append(TIMESTAMP, event.getTimestamp().toString())
                   .append(PAYLOAD_TYPE, payload.getType().getName())
                   .append(PAYLOAD_REVISION, payload.getType().getRevision())
                   .append(PAYLOAD, payload.getData())
                   .append(META_DATA, metaData.getData());
    }

    static Document positioned(Document body, long position, long commit) {
        Document document = new Document(ID, position);
        document.putAll(body);
        return document.append(COMMIT, commit);
    }

    static String aggKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + ":" + sequenceNumber;
    }

    static Document tombstone(long position) {
        return new Document(ID, position).append(TOMBSTONE, true).append(AGG_KEY, GAP_KEY_PREFIX + position);
    }

    /**
     * A tombstone, or an event being replaced by one. (The embedded server may encode a document while an update
     * rewrites it in place; the only rewrite this engine does is event to tombstone, which removes
     * {@code eventIdentifier} before {@code commit}. MongoDB itself never shows a half-updated document.)
     */
    static boolean isTombstone(Document document) {
        return Boolean.TRUE.equals(document.get(TOMBSTONE)) || document.getString(EVENT_IDENTIFIER) == null;
    }

    static long position(Document document) {
        return ((Number) document.get(ID)).longValue();
    }

    static long commitOf(Document document) {
        long position = position(document);
        Object commit = document.get(COMMIT);
        return commit instanceof Number n ? Math.max(n.longValue(), position) : position;
    }

    static TrackedEventData<?> toTrackedData(Document d) {
        long position = position(d);
        if (Boolean.FALSE.equals(d.getBoolean(DOMAIN))) {
            return new StoredEventData.TrackedEvent(position, d.getString(EVENT_IDENTIFIER),
                                                    Instant.parse(d.getString(TIMESTAMP)),
                                                    d.getString(PAYLOAD_TYPE), d.getString(PAYLOAD_REVISION),
                                                    d.getString(PAYLOAD), d.getString(META_DATA));
        }
        return toDomainData(d);
    }

    static StoredEventData.TrackedDomain toDomainData(Document d) {
        return new StoredEventData.TrackedDomain(position(d), d.getString(TYPE), d.getString(AGGREGATE_IDENTIFIER),
                                                 ((Number) d.get(SEQUENCE_NUMBER)).longValue(),
                                                 d.getString(EVENT_IDENTIFIER),
                                                 Instant.parse(d.getString(TIMESTAMP)), d.getString(PAYLOAD_TYPE),
                                                 d.getString(PAYLOAD_REVISION), d.getString(PAYLOAD),
                                                 d.getString(META_DATA));
    }
}
