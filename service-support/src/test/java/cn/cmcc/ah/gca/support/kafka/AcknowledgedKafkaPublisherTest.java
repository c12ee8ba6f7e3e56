package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.GcaApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.PublisherProbe;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publisher on a real Spring context of the shared configuration, the embedded MongoDB-wire store and the
 * in-process Kafka broker: an event the broker refuses as too large stops the publisher there (token, health, meters,
 * log) until the limit is raised, and is then published in order. A broker that is down or stopped: the system tests
 * in local-launcher ({@code PublisherTokenDuringABrokerStopTest}, {@code BrokerOutageTest}), which can restart a
 * broker on the same port and data.
 */
@Timeout(120)
class AcknowledgedKafkaPublisherTest {

    private static final TestInfrastructure INFRA = TestInfrastructure.embedded();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private ListAppender<ILoggingEvent> log;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        if (log != null) {
            ((Logger) LoggerFactory.getLogger(AcknowledgedKafkaPublisher.class)).detachAppender(log);
        }
    }

    @Test
    void aRecordTheBrokerRefusesAsTooLargeStopsThePublisherThereInsteadOfBeingSkipped() throws Exception {
        String topicName = "publisher-test-" + run;
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, INFRA.kafkaBootstrap()));
        toClose.add(admin);
        admin.createTopics(List.of(new NewTopic(topicName, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "32768")))).all().get();
        ConfigurableApplicationContext service = start(INFRA.kafkaBootstrap(), topicName);
        PublisherProbe probe = PublisherProbe.of(service);
        DomainEventMessage<?> small = reported("FT-9", "专线中断");
        DomainEventMessage<?> large = new GenericDomainEventMessage<>("FaultTicket", "FT-9", 1,
                new FaultReported("FT-9", "AH-HF-ZX-000881", customer(), ReportChannel.CALL_CENTER,
                        "障".repeat(20000), new MaskedContact("张*", "138****0000", null), Department.MON, Department.MON, List.of(), Instant.parse("2026-03-02T01:12:37Z")));
        DomainEventMessage<?> other = reported("FT-10", "专线中断");
        service.getBean(EventStore.class).publish(List.of(small, large, other));

        JsonNode down = Http.eventually(WAIT, () -> {
            JsonNode health = probe.health();
            return "DOWN".equals(health.path("status").asText())
                    && health.at("/details/failedAttempts").asInt() >= 2 ? health : null;
        });
        assertThat(down.at("/details/reason").asText()).isEqualTo("record-too-large");
        assertThat(down.at("/details/event/eventId").asText()).isEqualTo(large.getIdentifier());
        assertThat(down.at("/details/event/sequenceNumber").asLong()).isEqualTo(1);
        assertThat(probe.tokenPosition().orElse(0)).as("the token stays before the refused event (position 2)")
                .isLessThan(2);
        assertThat(probe.metric("gca_kafka_publisher_failures_total", "reason=\"record-too-large\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(errors()).anySatisfy(line -> assertThat(line).contains("aggregate FT-9", "sequence 1",
                large.getIdentifier(), "RecordTooLargeException", "max.message.bytes"));
        try (TopicReader topic = new TopicReader(INFRA.kafkaBootstrap(), topicName)) {
            assertThat(topic.drain(Duration.ofSeconds(1))).extracting(r -> r.value().getId())
                    .doesNotContain(large.getIdentifier());

            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topicName),
                    List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"),
                            AlterConfigOp.OpType.SET)))).all().get();

            topic.await(r -> large.getIdentifier().equals(r.value().getId()), WAIT);
            topic.await(r -> other.getIdentifier().equals(r.value().getId()), WAIT);
            assertFirstOccurrencesInSequenceOrder(topic.drain(Duration.ofMillis(500)));
        }
        Http.eventually(WAIT, () -> "UP".equals(probe.healthStatus()) ? true : null);
        assertThat(probe.tokenPosition()).hasValue(3);
    }

    private ConfigurableApplicationContext start(String bootstrap, String topic) {
        ConfigurableApplicationContext context = GcaApplication.builder(PublisherTestService.class, "publisher-test")
                .run("--server.port=0",
                        "--gca.service-name=publisher-test",
                        "--gca.mongo.uri=" + INFRA.mongoUri(),
                        "--gca.mongo.database=publisher-test-" + run + "-" + toClose.size(),
                        "--gca.security.hmac-secret=" + TestInfrastructure.TEST_HMAC_SECRET,
                        "--axon.kafka.bootstrap-servers=" + bootstrap,
                        "--axon.kafka.default-topic=" + topic,
                        "--axon.kafka.producer.properties[delivery.timeout.ms]=3000",
                        "--axon.kafka.producer.properties[request.timeout.ms]=1000",
                        "--axon.kafka.producer.properties[max.block.ms]=1000");
        toClose.add(context);
        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(AcknowledgedKafkaPublisher.class)).addAppender(log);
        return context;
    }

    private List<String> errors() {
        return log.list.stream().filter(e -> e.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static void assertFirstOccurrencesInSequenceOrder(List<ConsumerRecord<String, CloudEvent>> records) {
        TopicReader.firstOccurrences(records).forEach((key, sequence) ->
                assertThat(sequence).as("first occurrences of %s's events", key).isSorted());
    }

    private static DomainEventMessage<?> reported(String ticketId, String symptom) {
        return new GenericDomainEventMessage<>("FaultTicket", ticketId, 0,
                new FaultReported(ticketId, "AH-HF-ZX-000881", customer(), ReportChannel.CALL_CENTER, symptom,
                        new MaskedContact("张*", "138****0000", null), Department.MON, Department.MON, List.of(), Instant.parse("2026-03-02T01:12:37Z")));
    }

    private static CustomerRef customer() {
        return new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    }

    /** A service with nothing but the shared configuration: the event store, the publisher and the actuator. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PublisherTestService {
    }
}
