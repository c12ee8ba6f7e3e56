package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.fault.FaultServiceApplication;
import cn.cmcc.ah.gca.launcher.FreePorts;
import cn.cmcc.ah.gca.launcher.LocalKafkaBroker;
import cn.cmcc.ah.gca.launcher.LocalLauncher;
import cn.cmcc.ah.gca.sla.SlaMonitorApplication;
import cn.cmcc.ah.gca.support.kafka.GcaKafkaPublishingConfiguration;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.PublisherProbe;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static cn.cmcc.ah.gca.system.RunningServices.acceptFault;
import static cn.cmcc.ah.gca.system.RunningServices.http;
import static cn.cmcc.ah.gca.system.RunningServices.reportFault;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise the system may not break: nothing accepted is lost on its way to Kafka. The broker goes away for longer
 * than the producer's shipped {@code delivery.timeout.ms} while 10086 keeps reporting faults and MON keeps accepting
 * them; every command is accepted. Once the broker is back, every event reaches {@code gca.fault.events} in order per
 * ticket, and the SLA monitor downstream opens each ticket's clocks exactly once. The shipped configuration runs
 * unchanged: the test reads the delivery timeout from it and outlasts it.
 */
@Timeout(600)
class BrokerOutageTest {

    private static final Logger log = LoggerFactory.getLogger(BrokerOutageTest.class);
    /** How much longer than the delivery timeout the broker stays away. */
    private static final Duration BEYOND_DELIVERY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(180);

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
    void everyFaultReportedWhileTheBrokerIsAwayLongerThanTheDeliveryTimeoutIsPublishedInOrderAndClockedOnce()
            throws InterruptedException {
        broker = new LocalKafkaBroker(kafkaData, FreePorts.next(), FreePorts.next());
        broker.start();
        broker.ensureTopics(LocalLauncher.TOPICS, LocalLauncher.TOPIC_PARTITIONS);
        services = new RunningServices(broker.bootstrapServers());
        ConfigurableApplicationContext fault = services.start(FaultServiceApplication.class,
                FaultServiceApplication.NAME);
        ConfigurableApplicationContext sla = services.start(SlaMonitorApplication.class, SlaMonitorApplication.NAME);
        Http faultApi = http(fault);
        Http slaApi = http(sla);
        PublisherProbe publisher = PublisherProbe.of(fault);
        Duration deliveryTimeout = shippedDeliveryTimeout(fault);
        assertThat(deliveryTimeout).as("the test outlasts it, so it must stay short").isLessThanOrEqualTo(Duration.ofSeconds(60));
        Duration outage = deliveryTimeout.plus(BEYOND_DELIVERY_TIMEOUT);

        String circuit = services.circuitInService(faultApi);
        List<String> tickets = new ArrayList<>();
        tickets.add(reportFault(faultApi, circuit));
        awaitClocks(slaApi, tickets.get(0));
        long tokenBeforeOutage = Http.eventually(WAIT, () -> publisher.tokenPosition().isPresent()
                ? publisher.tokenPosition().getAsLong() : null);

        long stoppedAt = System.nanoTime();
        broker.stop();
        Set<String> accepted = new HashSet<>();
        boolean sawDown = false;
        while (System.nanoTime() - stoppedAt < outage.toNanos()) {
            String ticket = reportFault(faultApi, circuit);
            tickets.add(ticket);
            if (tickets.size() % 2 == 0) {
                acceptFault(faultApi, ticket);
                accepted.add(ticket);
            }
            assertThat(publisher.tokenPosition()).as("no token stored while Kafka is away").hasValue(tokenBeforeOutage);
            sawDown |= "DOWN".equals(publisher.healthStatus());
            Thread.sleep(REPORT_EVERY.toMillis()); // keeps the load going through the outage, not a synchronisation
        }
        sawDown |= "DOWN".equals(publisher.healthStatus());
        assertThat(sawDown).as("the publisher reported DOWN during the outage").isTrue();
        assertThat(publisher.tokenPosition()).hasValue(tokenBeforeOutage);
        assertThat(publisher.metric("gca_kafka_publisher_failures_total", "")).isPositive();
        Duration outageLength = Duration.ofNanos(System.nanoTime() - stoppedAt);

        broker.start();
        long restartedAt = System.nanoTime();

        Map<String, List<Long>> sequences;
        try (TopicReader topic = new TopicReader(broker.bootstrapServers(), Topics.FAULT)) {
            for (String ticket : tickets) {
                long expected = accepted.contains(ticket) ? 1 : 0;
                topic.await(r -> ticket.equals(r.key()) && sequence(r) == expected, WAIT);
            }
            sequences = TopicReader.firstOccurrences(topic.drain(Duration.ofMillis(500)));
        }
        Duration untilPublished = Duration.ofNanos(System.nanoTime() - restartedAt);
        for (String ticket : tickets) {
            assertThat(sequences.get(ticket)).as("first occurrences of %s's events", ticket)
                    .isEqualTo(accepted.contains(ticket) ? List.of(0L, 1L) : List.of(0L));
        }

        for (String ticket : tickets) {
            List<JsonNode> clocks = awaitClocks(slaApi, ticket);
            assertThat(clocks).extracting(c -> c.get("ruleId").asText())
                    .as("clocks of %s", ticket).containsExactlyInAnyOrder("fault.acceptance", "fault.restoration");
            JsonNode acceptance = clocks.stream().filter(c -> "fault.acceptance".equals(c.get("ruleId").asText()))
                    .findFirst().orElseThrow();
            if (accepted.contains(ticket)) {
                Http.eventually(WAIT, () -> "STOPPED".equals(clock(slaApi, "fault.acceptance:" + ticket)
                        .get("state").asText()) ? true : null);
            } else {
                assertThat(acceptance.get("state").asText()).isEqualTo("RUNNING");
            }
        }
        Duration untilClocked = Duration.ofNanos(System.nanoTime() - restartedAt);
        try (TopicReader slaTopic = new TopicReader(broker.bootstrapServers(), Topics.SLA)) {
            Set<String> clockIds = tickets.stream()
                    .flatMap(t -> Stream.of("fault.acceptance:" + t, "fault.restoration:" + t))
                    .collect(Collectors.toSet());
            for (String clockId : clockIds) {
                slaTopic.await(r -> clockId.equals(r.key()), WAIT);
            }
            Map<String, Long> starts = slaTopic.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> "gca.sla.SlaClockStarted.v3".equals(r.value().getType()))
                    .collect(Collectors.groupingBy(ConsumerRecord::key, LinkedHashMap::new, Collectors.counting()));
            assertThat(starts).as("one SlaClockStarted per clock")
                    .isEqualTo(clockIds.stream().collect(Collectors.toMap(Function.identity(), id -> 1L)));
        }
        Http.eventually(WAIT, () -> "UP".equals(publisher.healthStatus()) ? true : null);
        log.info("Broker outage: delivery timeout {}, broker away {}, {} tickets ({} accepted) reported meanwhile; "
                        + "all published {} after the restart, all clocked {} after it",
                deliveryTimeout, outageLength.withNanos(0), tickets.size() - 1, accepted.size(),
                untilPublished, untilClocked);
    }

    private static Duration shippedDeliveryTimeout(ConfigurableApplicationContext service) {
        ProducerConfig config = new ProducerConfig(
                GcaKafkaPublishingConfiguration.producerConfig(service.getBean(KafkaProperties.class)));
        return Duration.ofMillis(config.getInt(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
    }

    private static long sequence(ConsumerRecord<String, CloudEvent> record) {
        return Long.parseLong(String.valueOf(record.value().getExtension("axonmessageaggregateseq")));
    }

    /** The ticket's clocks once both exist. */
    private static List<JsonNode> awaitClocks(Http sla, String ticket) {
        return Http.eventually(WAIT, () -> {
            Http.Response r = sla.get("/api/clocks?subjectId=" + ticket).auth(bearer(Department.MON)).send();
            if (r.status() != 200 || r.json().get("items").size() < 2) {
                return null;
            }
            List<JsonNode> clocks = new ArrayList<>();
            r.json().get("items").forEach(clocks::add);
            return clocks;
        });
    }

    private static JsonNode clock(Http sla, String clockId) {
        return sla.get("/api/clocks/" + clockId).auth(bearer(Department.MON)).send().json();
    }
}
