package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.MetadataKeys;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Optional;

/**
 * CloudEvents binary mode on Kafka with the contract's stable {@code ce_type}
 * ({@code gca.<domain>.<Event>.v<revision>}, from {@link EventCatalog}) instead of the Java class name,
 * {@code ce_source} = the service's URN, record key = aggregate id, and the metadata keys mapped to valid
 * extension names. Both directions use it, so producer and consumer agree.
 */
public class CatalogCloudEventConverter implements KafkaMessageConverter<String, CloudEvent> {

    private static final Logger log = LoggerFactory.getLogger(CatalogCloudEventConverter.class);
    private static final String JSON = "application/json";

    private final CloudEventKafkaMessageConverter delegate;

    public CatalogCloudEventConverter(Serializer eventSerializer, EventUpcasterChain upcasterChain, URI source) {
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
        Optional<EventCatalog.Entry> entry = EventCatalog.byCloudEventType(event.getType());
        if (entry.isEmpty()) {
            return delegate.readKafkaMessage(consumerRecord);
        }
        CloudEvent javaTyped = CloudEventBuilder.v1(event).withType(entry.get().eventClass().getName()).build();
        ConsumerRecord<String, CloudEvent> retyped = new ConsumerRecord<>(
                consumerRecord.topic(), consumerRecord.partition(), consumerRecord.offset(),
                consumerRecord.timestamp(), consumerRecord.timestampType(),
                consumerRecord.serializedKeySize(), consumerRecord.serializedValueSize(),
                consumerRecord.key(), javaTyped, consumerRecord.headers(), consumerRecord.leaderEpoch());
        return delegate.readKafkaMessage(retyped);
    }
}
