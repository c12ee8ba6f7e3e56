package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.support.kafka.CatalogCloudEventConverter;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Domain events put on a domain topic exactly as the emitting service's Kafka publisher puts them (catalog
 * {@code ce_type}, record key = aggregate id, the aggregate's sequence numbers, the acting department and user as
 * extensions), and re-sent unchanged as a broker or a publisher retry would re-deliver them.
 */
final class DomainEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String topic;
    private final CatalogCloudEventConverter converter;
    private final KafkaProducer<String, CloudEvent> producer;
    private final Map<String, Long> sequences = new HashMap<>();

    /** @param service e.g. {@code presale-service}, the {@code ce_source} {@code urn:gca:<service>} */
    DomainEvents(String service, String topic) {
        this.topic = topic;
        this.converter = new CatalogCloudEventConverter(JacksonSerializer.builder().objectMapper(JSON).build(),
                new EventUpcasterChain(), URI.create("urn:gca:" + service));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.embedded().kafkaBootstrap()),
                new StringSerializer(), new CloudEventSerializer());
    }

    /** Publishes the aggregate's next event; returns the message, for {@link #redeliver}. */
    DomainEventMessage<?> publish(String aggregateType, String aggregateId, Object event, Department acting) {
        long sequence = sequences.merge(aggregateId, 0L, (previous, zero) -> previous + 1);
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(aggregateType, aggregateId,
                sequence, event, MetaData.from(Map.of(
                MetadataKeys.ACTING_DEPARTMENT, acting.name(),
                MetadataKeys.ACTING_USER, acting.name().toLowerCase() + "-user",
                MetadataKeys.CORRELATION_ID, aggregateId)));
        send(message);
        return message;
    }

    /** The same message again: same event id, same aggregate sequence, same data. */
    void redeliver(DomainEventMessage<?> message) {
        send(message);
    }

    private void send(DomainEventMessage<?> message) {
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
