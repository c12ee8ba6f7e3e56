package cn.cmcc.ah.gca.sla;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.events.upcasting.UnknownConstantException;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.OlderRevisions;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * sla-monitor reads the events of revision 1 (departments and service levels as strings, an empty level for none)
 * from both places it meets them: clocks in its own event store, and fault-service's records on the fault topic.
 * (A valid department has the same JSON in both revisions, so what shows the upcasters at work is the empty level,
 * the revision the store's events are published with, and a value that names no department.)
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,sla-monitor")
class RevisionOneEventsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "sla-monitor");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine eventStorageEngine;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    CommandGateway commands;

    @Autowired
    KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter;

    private OlderRevisions store;
    private Http http;

    @BeforeEach
    void setUp() {
        store = new OlderRevisions(eventStorageEngine, eventSerializer);
        http = Http.localhost(port);
    }

    /** A ticket number fault-service never gave in this test run (other years' sequences start at 000001). */
    private static String oldTicketNumber() {
        return "FT-2025-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    private JsonNode awaitClock(String clockId, Predicate<JsonNode> state) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = http.get("/api/clocks/" + clockId).auth(bearer(Department.MON)).send();
            return r.status() == 200 && state.test(r.json()) ? r.json() : null;
        });
    }

    /** Started a minute ago, far from its warning and deadline, so that the ticker leaves it alone. */
    private static SlaClockStarted clockWithoutServiceLevel(String clockId, String ticketId) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        return new SlaClockStarted(clockId, "fault.acceptance", "decision", ticketId, "5510001234", null,
                Department.MON, started, started.plus(Duration.ofHours(1)), started.plus(Duration.ofHours(2)), false,
                null, null, null, null);
    }

    // --- the store

    @Test
    void aClockStoredAsRevisionOneWithAnEmptyLevelIsShownWithoutOneAndStopsAsItsDepartmentsClock() {
        String ticketId = oldTicketNumber();
        String clockId = "fault.acceptance:" + ticketId;
        try (TopicReader sla = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            store.append("SlaClock", clockId, 0, clockWithoutServiceLevel(clockId, ticketId), "1",
                    json -> json.put("serviceLevel", ""), Map.of(MetadataKeys.CORRELATION_ID, ticketId));

            JsonNode running = awaitClock(clockId, clock -> "RUNNING".equals(clock.path("state").asText()));
            commands.sendAndWait(new StopClock(clockId, Instant.now()));
            JsonNode stopped = awaitClock(clockId, clock -> "STOPPED".equals(clock.path("state").asText()));

            assertThat(running.get("responsibleDepartment").asText()).isEqualTo("MON");
            assertThat(running.has("serviceLevel")).as("a clock without a service level shows none").isFalse();
            assertThat(stopped.get("met").asBoolean()).isTrue();
            String startedRecord = data(sla.await(r -> clockId.equals(r.key())
                    && r.value().getType().equals("gca.sla.SlaClockStarted.v3"), Duration.ofSeconds(30)).value());
            String stoppedRecord = data(sla.await(r -> clockId.equals(r.key())
                    && r.value().getType().equals("gca.sla.SlaClockStopped.v2"), Duration.ofSeconds(30)).value());
            assertThat(startedRecord).contains("\"responsibleDepartment\":\"MON\"").doesNotContain("serviceLevel");
            assertThat(stoppedRecord).contains("\"responsibleDepartment\":\"MON\"");
        }
    }

    @Test
    void aClockWarnedAsRevisionOneIsShownWarned() {
        String ticketId = oldTicketNumber();
        String clockId = "fault.acceptance:" + ticketId;
        SlaClockStarted started = clockWithoutServiceLevel(clockId, ticketId);
        store.append("SlaClock", clockId, 0, started, "1", json -> json.put("serviceLevel", ""), Map.of());
        store.append("SlaClock", clockId, 1, new SlaClockWarned(clockId, started.ruleId(), ticketId, Department.MON,
                started.startedAt().plusSeconds(30), started.deadline(), null), "1", Map.of());

        JsonNode warned = awaitClock(clockId, clock -> clock.hasNonNull("warnedAt"));

        assertThat(warned.get("state").asText()).isEqualTo("RUNNING");
        assertThat(Instant.parse(warned.get("warnedAt").asText())).isEqualTo(started.startedAt().plusSeconds(30));
    }

    // --- the fault topic

    /**
     * Revision 1 of the report, as fault-service published it: no holder, no linked tickets. Its contact (clear text
     * then) is left out: a text read as revision 3's masked contact needs the 2 → 3 upcaster of the contract, and a
     * record the consumer cannot read would hold up the fault processor of every context of this test JVM, which all
     * read the shared topic.
     */
    @Test
    void faultRecordsOfRevisionOneOnTheTopicStartAndStopTheAcceptanceClock() {
        String ticketId = oldTicketNumber();
        CustomerRef customer = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
        FaultReported reported = new FaultReported(ticketId, "AH-HF-ZX-000881", customer, ReportChannel.CALL_CENTER,
                "专线中断", null, Department.MON, Department.MON, List.of(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));

        publishAsRevisionOne(ticketId, 0, reported, json -> json.remove(List.of("contact", "holder",
                "linkedTicketIds")));
        JsonNode acceptance = awaitClock("fault.acceptance:" + ticketId, clock -> true);
        publishAsRevisionOne(ticketId, 1, new FaultAccepted(ticketId, "AH-HF-ZX-000881", customer, Department.MON,
                Department.MON, Instant.now()), json -> json.remove(List.of("circuitId", "customer", "holder")));
        JsonNode accepted = awaitClock("fault.acceptance:" + ticketId,
                clock -> "STOPPED".equals(clock.path("state").asText()));

        assertThat(acceptance.get("responsibleDepartment").asText()).isEqualTo("MON");
        assertThat(acceptance.get("serviceLevel").asText()).isEqualTo("AA");
        assertThat(accepted.get("met").asBoolean()).isTrue();
    }

    /** The converter the fault topic is read with runs the contract's upcasters, and does not swallow their refusal. */
    @Test
    void aFaultRecordOfRevisionOneWhoseDepartmentNamesNoConstantStopsTheRead() {
        String ticketId = oldTicketNumber();
        CloudEvent v1 = OlderRevisions.publishedAs("1", eventSerializer, "FaultTicket", ticketId, 0,
                new FaultAccepted(ticketId, null, null, Department.MON, null, Instant.now()),
                json -> json.remove(List.of("circuitId", "customer", "holder")).put("acceptedBy", "监控中心"),
                Map.of());

        assertThatThrownBy(() -> kafkaMessageConverter.readKafkaMessage(
                new ConsumerRecord<>(Topics.FAULT, 0, 0L, ticketId, v1)))
                .isInstanceOfSatisfying(UnknownConstantException.class,
                        unknown -> assertThat(unknown.field()).isEqualTo("acceptedBy"));
    }

    /** As fault-service published it before the bump: {@code gca.fault.<Event>.v1}, revision header 1. */
    private void publishAsRevisionOne(String ticketId, long sequence, Object event,
                                      Consumer<ObjectNode> toRevisionOne) {
        CloudEvent v1 = OlderRevisions.publishedAs("1", eventSerializer, "FaultTicket", ticketId, sequence, event,
                toRevisionOne, Map.of("actingdepartment", "MON", "correlationid", ticketId));
        assertThat(v1.getType()).endsWith(".v1");
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.embedded().kafkaBootstrap()),
                new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(Topics.FAULT, ticketId, v1));
        }
    }

    private static String data(CloudEvent event) {
        return new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    }
}
