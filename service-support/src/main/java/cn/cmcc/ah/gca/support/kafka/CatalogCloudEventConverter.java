package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.MetadataKeys;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.ExtensionUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CloudEvents binary mode on Kafka with the contract's stable {@code ce_type}
 * ({@code gca.<domain>.<Event>.v<revision>}, from {@link EventCatalog}) instead of the Java class name,
 * {@code ce_source} = the service's URN, record key = aggregate id, and the metadata keys mapped to valid
 * extension names. Both directions use it, so producer and consumer agree.
 * <p>
 * A record of an older revision of a catalog event is upcast here, with the given upcaster chain (the contract's
 * upcasters among them), before Axon's converter reads it. Axon's converter would upcast it too, but it turns any
 * failure into "no message", and the consumer would skip the record without a trace; here a record that cannot be
 * upcast (an {@link cn.cmcc.ah.gca.events.upcasting.UnknownConstantException}, say) fails the read, and the
 * processor stops at it and retries instead. The revision is the one {@code ce_type} names.
 */
public class CatalogCloudEventConverter implements KafkaMessageConverter<String, CloudEvent> {

    private static final Logger log = LoggerFactory.getLogger(CatalogCloudEventConverter.class);
    private static final String JSON = "application/json";

    private final CloudEventKafkaMessageConverter delegate;
    private final Serializer serializer;
    private final EventUpcasterChain upcasterChain;
    private final Map<String, String> metadataKeysByExtension = MetadataKeys.CLOUD_EVENT_EXTENSIONS.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    public CatalogCloudEventConverter(Serializer eventSerializer, EventUpcasterChain upcasterChain, URI source) {
        this.serializer = eventSerializer;
        this.upcasterChain = upcasterChain;
        this.delegate = CloudEventKafkaMessageConverter.builder()
                .serializer(eventSerializer)
                .upcasterChain(upcasterChain)
                .sourceSupplier(message -> source)
                .dataContentTypeSupplier(message -> Optional.of(JSON))
                .addMetadataMappers(MetadataKeys.CLOUD_EVENT_EXTENSIONS)
                .build();
    }

    @Override
    public ProducerRecord<String, CloudEvent> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        ProducerRecord<String, CloudEvent> record = delegate.createKafkaMessage(eventMessage, topic);
        CloudEvent event = record.value();
        Optional<EventCatalog.Entry> entry = EventCatalog.byClassName(event.getType());
        if (entry.isEmpty()) {
            log.warn("Event {} is not in the EventCatalog; published with its class name as type", event.getType());
            return record;
        }
        CloudEvent renamed = CloudEventBuilder.v1(event).withType(entry.get().cloudEventType()).build();
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), renamed,
                record.headers());
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, CloudEvent> consumerRecord) {
        CloudEvent event = consumerRecord.value();
        if (event == null) {
            return Optional.empty();
        }
        event = withNumericSequence(event);
        Optional<EventCatalog.Entry> entry = EventCatalog.byCloudEventType(event.getType());
        if (entry.isEmpty()) {
            return delegate.readKafkaMessage(retyped(consumerRecord, event));
        }
        String revision = event.getType().substring(event.getType().lastIndexOf(".v") + 2);
        CloudEvent javaTyped = CloudEventBuilder.v1(event).withType(entry.get().eventClass().getName())
                .withExtension(ExtensionUtils.MESSAGE_REVISION, revision).build();
        if (!revision.equals(entry.get().revision()) && event.getData() != null) {
            Optional<CloudEvent> upcast = upcast(javaTyped, consumerRecord.timestamp());
            if (upcast.isEmpty()) {
                return Optional.empty(); // an upcaster dropped the event on purpose
            }
            javaTyped = upcast.get();
        }
        return delegate.readKafkaMessage(retyped(consumerRecord, javaTyped));
    }

    private static ConsumerRecord<String, CloudEvent> retyped(ConsumerRecord<String, CloudEvent> record,
                                                              CloudEvent value) {
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), record.serializedKeySize(), record.serializedValueSize(), record.key(), value,
                record.headers(), record.leaderEpoch());
    }

    /**
     * The aggregate sequence as a number. In binary mode it travels as the text of a record header
     * ({@code ce_axonmessageaggregateseq}), and the extension's reader takes only a {@code Long}: read as text, every
     * consumed event would carry sequence 0, and a consumer keeping "the last sequence applied" per aggregate could not
     * tell a newer event from a redelivered one.
     */
    static CloudEvent withNumericSequence(CloudEvent event) {
        Object sequence = event.getExtension(ExtensionUtils.AGGREGATE_SEQ);
        if (sequence instanceof String text) {
            try {
                return CloudEventBuilder.v1(event).withExtension(ExtensionUtils.AGGREGATE_SEQ, Long.parseLong(text))
                        .build();
            } catch (NumberFormatException e) {
                // not one of ours: read as the extension reads it (sequence 0) rather than stop the consumer on it
                log.warn("Record header ce_{} of event {} is not a number: {}", ExtensionUtils.AGGREGATE_SEQ,
                        event.getId(), text);
            }
        }
        return event;
    }

    /**
     * {@code event} (typed with its Java class and revision) with its data upcast to the newest revision the chain
     * knows. The data is converted here, so a failing upcaster throws from this method. The chain sees the metadata
     * as the delegate reads it; what an upcaster changes in it is not carried over (the contract's upcasters change
     * payloads only).
     */
    private Optional<CloudEvent> upcast(CloudEvent event, long recordTimestamp) {
        GenericDomainEventEntry<byte[]> data = new GenericDomainEventEntry<>(
                ExtensionUtils.asNullableString(event.getExtension(ExtensionUtils.AGGREGATE_TYPE)),
                ExtensionUtils.asNullableString(event.getExtension(ExtensionUtils.AGGREGATE_ID)),
                ExtensionUtils.asLong(event.getExtension(ExtensionUtils.AGGREGATE_SEQ)),
                event.getId(),
                ExtensionUtils.asOffsetDateTime(event.getTime(), recordTimestamp),
                event.getType(),
                ExtensionUtils.asNullableString(event.getExtension(ExtensionUtils.MESSAGE_REVISION)),
                ExtensionUtils.asBytes(event.getData()),
                serializer.serialize(ExtensionUtils.getExtensionsAsMetadata(event, metadataKeysByExtension),
                        byte[].class).getData());
        return upcasterChain.upcast(Stream.of(new InitialEventRepresentation(data, serializer)))
                .findFirst()
                .map(upcast -> CloudEventBuilder.v1(event)
                        .withType(upcast.getType().getName())
                        .withExtension(ExtensionUtils.MESSAGE_REVISION, upcast.getType().getRevision())
                        .withData(upcast.getData(byte[].class).getData())
                        .build());
    }
}
