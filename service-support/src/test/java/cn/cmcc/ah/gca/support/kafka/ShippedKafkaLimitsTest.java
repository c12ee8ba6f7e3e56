package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.support.GcaProperties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits every service ships with ({@code gca-defaults.yml}) fit together: an event the command side accepts is
 * one the producer sends, and the producer's timeouts are the deliberate ones docs/events.md describes. The broker's
 * side ({@code message.max.bytes} in docker-compose.yml and the local broker) is checked in local-launcher.
 */
class ShippedKafkaLimitsTest {

    private static GcaProperties gca;
    private static KafkaProperties kafka;
    private static ProducerConfig producer;

    @BeforeAll
    static void bindShippedDefaults() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new YamlPropertySourceLoader()
                .load("gca-defaults", new ClassPathResource("gca-defaults.yml")).get(0));
        Binder binder = Binder.get(environment);
        gca = binder.bind("gca", GcaProperties.class).get();
        kafka = binder.bind("axon.kafka", KafkaProperties.class).get();
        producer = new ProducerConfig(GcaKafkaPublishingConfiguration.producerConfig(kafka));
    }

    @Test
    void theEventSizeLimitIs900KiBBelowTheProducersMaxRequestSizeWithRoomForKafkasFraming() {
        int maxRequestSize = producer.getInt(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);

        assertThat(gca.kafka().maxEventBytes()).isEqualTo(900 * 1024);
        assertThat(maxRequestSize).isEqualTo(1024 * 1024);
        assertThat(gca.kafka().maxEventBytes() + GcaKafkaPublishingConfiguration.RECORD_FRAMING_ALLOWANCE)
                .isLessThanOrEqualTo(maxRequestSize);
    }

    @Test
    void theProducerWaitsForAllReplicasIdempotentlyAndGivesUpOnASendAfter30Seconds() {
        Duration delivery = Duration.ofMillis(producer.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
        Duration request = Duration.ofMillis(producer.getInt(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG));
        Duration linger = Duration.ofMillis(producer.getLong(ProducerConfig.LINGER_MS_CONFIG));
        Duration maxBlock = Duration.ofMillis(producer.getLong(ProducerConfig.MAX_BLOCK_MS_CONFIG));

        assertThat(producer.getString(ProducerConfig.ACKS_CONFIG)).isIn("all", "-1");
        assertThat(producer.getBoolean(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isTrue();
        assertThat(delivery).isEqualTo(Duration.ofSeconds(30));
        assertThat(delivery).as("Kafka refuses a delivery timeout below linger + request timeout")
                .isGreaterThanOrEqualTo(request.plus(linger));
        assertThat(maxBlock).isLessThanOrEqualTo(delivery);
        assertThat(linger).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void theExtensionsOwnPublisherIsOffAndItsConsumerSideStays() {
        assertThat(kafka.getPublisher().isEnabled()).isFalse();
        assertThat(kafka.getConsumer().getEventProcessorMode())
                .isEqualTo(KafkaProperties.EventProcessorMode.TRACKING);
    }
}
