package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.fault.FaultServiceApplication;
import cn.cmcc.ah.gca.launcher.FreePorts;
import cn.cmcc.ah.gca.launcher.LocalKafkaBroker;
import cn.cmcc.ah.gca.launcher.LocalLauncher;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.PublisherProbe;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.system.RunningServices.acceptFault;
import static cn.cmcc.ah.gca.system.RunningServices.http;
import static cn.cmcc.ah.gca.system.RunningServices.reportFault;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * fault-service's Kafka publisher while its broker is stopped: the sends it cannot get acknowledged leave its token
 * where it was, it shows DOWN with the event it is stuck on, counts the failures, and once the broker is back every
 * event follows in order. The producer timeouts are shortened (3 s) so that failures show quickly; the shipped ones
 * are what {@link BrokerOutageTest} exercises.
 */
@Timeout(300)
class KafkaBrokerStopTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path kafkaData;

    private LocalKafkaBroker broker;
    private RunningServices services;

    @AfterEach
    void stopAll() {
        if (services != null) {
            services.close();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void anUnacknowledgedSendLeavesThePublisherTokenWhereItWasAndEveryEventFollowsOnceTheBrokerIsBack() {
        broker = new LocalKafkaBroker(kafkaData, FreePorts.next(), FreePorts.next());
        broker.start();
        broker.ensureTopics(LocalLauncher.TOPICS, LocalLauncher.TOPIC_PARTITIONS);
        services = new RunningServices(broker.bootstrapServers());
        ConfigurableApplicationContext fault = services.start(FaultServiceApplication.class,
                FaultServiceApplication.NAME,
                "--axon.kafka.producer.properties[delivery.timeout.ms]=3000",
                "--axon.kafka.producer.properties[request.timeout.ms]=1000",
                "--axon.kafka.producer.properties[max.block.ms]=1000");
        Http api = http(fault);
        PublisherProbe publisher = PublisherProbe.of(fault);

        String circuit = services.circuitInService(api);
        String before = reportFault(api, circuit);
        long published = Http.eventually(WAIT, () -> publisher.tokenPosition().isPresent()
                ? publisher.tokenPosition().getAsLong() : null);
        assertThat(published).isEqualTo(1);

        broker.stop();
        String during = reportFault(api, circuit);
        String alsoDuring = reportFault(api, circuit);
        acceptFault(api, before);
        acceptFault(api, during);

        JsonNode down = Http.eventually(WAIT, () -> {
            JsonNode health = publisher.health();
            return "DOWN".equals(health.path("status").asText())
                    && health.at("/details/failedAttempts").asInt() >= 2 ? health : null;
        });
        assertThat(publisher.tokenPosition()).as("the token stays where the broker last acknowledged").hasValue(1);
        assertThat(down.at("/details/reason").asText()).isEqualTo("timeout");
        assertThat(down.at("/details/event/type").asText()).isEqualTo("gca.fault.FaultReported.v3");
        assertThat(down.at("/details/event/aggregateId").asText()).isEqualTo(during);
        assertThat(down.at("/details/event/sequenceNumber").asLong()).isZero();
        assertThat(down.at("/details/lag").asLong()).isEqualTo(4);
        assertThat(publisher.metric("gca_kafka_publisher_failures_total", "reason=\"timeout\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(publisher.metric("gca_kafka_publisher_failing", "")).isEqualTo(1);
        assertThat(publisher.readiness().status()).as("still ready: commands go on being accepted").isEqualTo(200);

        broker.start();

        try (TopicReader topic = new TopicReader(broker.bootstrapServers(), Topics.FAULT)) {
            topic.await(r -> alsoDuring.equals(r.key()), WAIT);
            topic.await(r -> during.equals(r.key()) && "gca.fault.FaultAccepted.v3".equals(r.value().getType()), WAIT);
            topic.await(r -> before.equals(r.key()) && "gca.fault.FaultAccepted.v3".equals(r.value().getType()), WAIT);
            List<ConsumerRecord<String, CloudEvent>> records = topic.drain(Duration.ofMillis(500));
            Map<String, List<Long>> sequences = TopicReader.firstOccurrences(records);
            assertThat(sequences).containsEntry(before, List.of(0L, 1L)).containsEntry(during, List.of(0L, 1L))
                    .containsEntry(alsoDuring, List.of(0L));
        }
        Http.eventually(WAIT, () -> "UP".equals(publisher.healthStatus()) ? true : null);
        assertThat(publisher.tokenPosition()).hasValue(5);
        assertThat(publisher.metric("gca_kafka_publisher_failing", "")).isZero();
        assertThat(publisher.metric("gca_kafka_publisher_lag", "")).isZero();
    }
}
