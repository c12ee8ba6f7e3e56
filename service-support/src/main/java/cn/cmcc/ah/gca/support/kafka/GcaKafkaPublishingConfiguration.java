package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.support.GcaProperties;
import cn.cmcc.ah.gca.support.axon.GcaAxonConfiguration;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Publishing to Kafka: the {@link AcknowledgedKafkaPublisher} in place of the Axon Kafka extension's publisher (whose
 * consumer side the services keep), its health indicator and meters, and the {@link EventSizeLimit} on the event
 * store.
 */
@AutoConfiguration(after = GcaAxonConfiguration.class)
@EnableConfigurationProperties({KafkaProperties.class, GcaProperties.class})
public class GcaKafkaPublishingConfiguration {

    /** Kafka's record framing on top of key + value + headers is under 100 bytes; this leaves ten times that. */
    static final int RECORD_FRAMING_ALLOWANCE = 1024;

    /** The producer settings the publisher's guarantees rest on; they override whatever is configured. */
    public static Map<String, Object> producerConfig(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        // The publisher closes a failed producer from its send callback; with client telemetry on, kafka-clients 3.9
        // then logs an ERROR from its I/O thread ("Unknown telemetry state: TERMINATED"). Nothing here collects it.
        config.put(ProducerConfig.ENABLE_METRICS_PUSH_CONFIG, false);
        return config;
    }

    @Bean
    KafkaPublisherMonitor kafkaPublisherMonitor(MeterRegistry meterRegistry, Clock clock,
                                                ObjectProvider<org.axonframework.config.Configuration> axon) {
        KafkaPublisherMonitor monitor = new KafkaPublisherMonitor(meterRegistry, clock);
        monitor.lagFrom(() -> lag(axon.getObject()));
        return monitor;
    }

    @Bean(destroyMethod = "close")
    AcknowledgedKafkaPublisher acknowledgedKafkaPublisher(KafkaProperties kafka, GcaProperties properties,
                                                          KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter,
                                                          KafkaPublisherMonitor kafkaPublisherMonitor,
                                                          EventProcessingConfigurer eventProcessingConfigurer,
                                                          TokenStore tokenStore) {
        if (kafka.getPublisher().isEnabled()) {
            throw new IllegalStateException("axon.kafka.publisher.enabled must be false: events are published by "
                    + AcknowledgedKafkaPublisher.class.getSimpleName() + ", which waits for the broker's "
                    + "acknowledgements (the extension's publisher does not)");
        }
        Map<String, Object> config = producerConfig(kafka);
        ProducerConfig parsed = new ProducerConfig(config);
        int maxRequestSize = parsed.getInt(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int maxEventBytes = properties.kafka().maxEventBytes();
        if (maxEventBytes + RECORD_FRAMING_ALLOWANCE > maxRequestSize) {
            throw new IllegalStateException("gca.kafka.max-event-bytes (" + maxEventBytes + ") must stay at least "
                    + RECORD_FRAMING_ALLOWANCE + " bytes below the producer's max.request.size (" + maxRequestSize
                    + "): the publisher could otherwise meet events the producer refuses");
        }
        Duration acknowledgementTimeout = Duration.ofMillis(parsed.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG))
                .plus(Duration.ofMillis(parsed.getLong(ProducerConfig.MAX_BLOCK_MS_CONFIG)))
                .plusSeconds(30);
        AcknowledgedKafkaPublisher publisher = new AcknowledgedKafkaPublisher(producers(config, properties),
                kafkaMessageConverter, kafka.getDefaultTopic(), acknowledgementTimeout, kafkaPublisherMonitor,
                tokenStore);
        publisher.registerWith(eventProcessingConfigurer);
        return publisher;
    }

    /**
     * Not part of readiness: commands are still accepted while Kafka is down (the event store is the source of
     * truth, and the publisher catches up), but operators see the publisher DOWN with the event it is stuck on.
     */
    @Bean
    HealthIndicator kafkaPublisherHealthIndicator(KafkaPublisherMonitor kafkaPublisherMonitor) {
        return () -> (kafkaPublisherMonitor.isFailing() ? Health.down() : Health.up())
                .withDetails(kafkaPublisherMonitor.details())
                .build();
    }

    @Bean
    EventSizeLimit eventSizeLimit(KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter,
                                  KafkaProperties kafka, GcaProperties properties, EventStore eventStore) {
        EventSizeLimit limit = new EventSizeLimit(kafkaMessageConverter, kafka.getDefaultTopic(),
                properties.kafka().maxEventBytes());
        eventStore.registerDispatchInterceptor(limit.dispatchInterceptor());
        return limit;
    }

    /** A new producer for each attempt after a failure, each with a client id of its own. */
    private static Supplier<Producer<String, CloudEvent>> producers(Map<String, Object> config,
                                                                    GcaProperties properties) {
        String clientId = config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, properties.serviceName())
                + "-publisher-";
        AtomicInteger generation = new AtomicInteger();
        return () -> {
            Map<String, Object> producerConfig = new HashMap<>(config);
            producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + generation.incrementAndGet());
            return new KafkaProducer<>(producerConfig);
        };
    }

    /** Positions reserved in the store after the publisher's token: a counter lookup and the processor's memory. */
    private static OptionalLong lag(org.axonframework.config.Configuration axon) {
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(AcknowledgedKafkaPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElse(null);
        if (processor == null) {
            return OptionalLong.empty();
        }
        EventTrackerStatus status = processor.processingStatus().get(0);
        if (status == null) {
            return OptionalLong.empty();
        }
        TrackingToken head = axon.eventStore().createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        long position = status.getTrackingToken() == null ? 0 : status.getCurrentPosition().orElse(0);
        return OptionalLong.of(Math.max(0, headPosition - position));
    }
}
