package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.support.kafka.CatalogCloudEventConverter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * Another service's events put on its topic exactly as that service's Kafka publisher puts them: the catalog
 * {@code ce_type}, record key = aggregate id, the aggregate's sequence counted per aggregate, the acting department
 * and user as extensions. For tests of a service that consumes another one's topic without running that service.
 */
public final class TopicPublisher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String topic;
    private final String aggregateType;
    private final CatalogCloudEventConverter converter;
    private final KafkaProducer<String, CloudEvent> producer;
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    /**
     * @param kafkaBootstrap the broker
     * @param topic          the publishing service's topic
     * @param source         the publishing service's name, as in its CloudEvents {@code source}
     * @param aggregateType  the aggregate the events come from, e.g. {@code Circuit}
     */
    public TopicPublisher(String kafkaBootstrap, String topic, String source, String aggregateType) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.converter = new CatalogCloudEventConverter(JacksonSerializer.builder().objectMapper(JSON).build(),
                new EventUpcasterChain(), URI.create("urn:gca:" + source));
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap),
                new StringSerializer(), new CloudEventSerializer());
    }

    /** Publishes the aggregate's next event and waits for the broker; returns the message, for {@link #redeliver}. */
    public DomainEventMessage<?> publish(String aggregateId, Object event, Department acting) {
        long sequence = sequences.merge(aggregateId, 0L, (previous, zero) -> previous + 1);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(aggregateType, aggregateId,
                sequence, event, MetaData.from(Map.of(
                MetadataKeys.ACTING_DEPARTMENT, acting.name(),
                MetadataKeys.ACTING_USER, acting.name().toLowerCase() + "-user",
                MetadataKeys.CORRELATION_ID, aggregateId)));
        redeliver(message);
        return message;
    }

    /** The same message again, as a broker or publisher retry would: same event id, sequence and data. */
    public void redeliver(DomainEventMessage<?> message) {
        try {
            producer.send(converter.createKafkaMessage(message, topic)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
