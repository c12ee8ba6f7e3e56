package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.fault.FaultServiceApplication;
import cn.cmcc.ah.gca.sla.SlaMonitorApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton through every layer, two services side by side on the in-process Kafka broker and the
 * embedded MongoDB-wire store: 10086 reports a fault over REST → FaultReported in fault-service's event store →
 * a CloudEvent on the fault topic → sla-monitor opens the fault.acceptance clock → its REST API shows it; MON's
 * acceptance stops it; both survive a restart of both services.
 */
class WalkingSkeletonTest {

    private static final TestInfrastructure INFRA = TestInfrastructure.embedded();

    private final RunningServices services = new RunningServices(INFRA.kafkaBootstrap());

    private static Http http(ConfigurableApplicationContext context) {
        return RunningServices.http(context);
    }

    @AfterEach
    void stopAll() {
        services.close();
    }

    @Test
    void aReportedFaultOpensItsAcceptanceClockWhichAcceptanceStopsAndARestartKeeps() {
        ConfigurableApplicationContext fault = services.start(FaultServiceApplication.class, FaultServiceApplication.NAME);
        ConfigurableApplicationContext sla = services.start(SlaMonitorApplication.class, SlaMonitorApplication.NAME);

        String circuit = services.circuitInService(http(fault));
        Http.Response reported = http(fault).post("/api/faults").auth(bearer(Department.CALL_CENTER))
                .body(RunningServices.report(circuit)).send();
        assertThat(reported.status()).isEqualTo(201);
        String ticketId = reported.json().get("ticketId").asText();
        String clockId = "fault.acceptance:" + ticketId;

        JsonNode clock = awaitClock(http(sla), clockId, "RUNNING");
        JsonNode ticket = Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = http(fault).get("/api/faults/" + ticketId).auth(bearer(Department.MON)).send();
            return r.status() == 200 ? r.json() : null;
        });
        Instant reportedAt = Instant.parse(ticket.get("reportedAt").asText());
        assertThat(Instant.parse(clock.get("startedAt").asText())).isEqualTo(reportedAt);
        assertThat(Instant.parse(clock.get("deadline").asText())).isEqualTo(reportedAt.plus(Duration.ofMinutes(15)));
        assertThat(Instant.parse(clock.get("warnAt").asText())).isEqualTo(reportedAt.plus(Duration.ofMinutes(12)));
        assertThat(clock.get("responsibleDepartment").asText()).isEqualTo("MON");
        assertThat(clock.get("subjectId").asText()).isEqualTo(ticketId);

        try (TopicReader slaTopic = new TopicReader(INFRA.kafkaBootstrap(), Topics.SLA)) {
            ConsumerRecord<String, CloudEvent> started = slaTopic.await(r -> clockId.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(started.value().getType()).isEqualTo("gca.sla.SlaClockStarted.v3");
            assertThat(started.value().getSource()).hasToString("urn:gca:sla-monitor");
            assertThat(started.value().getExtension("correlationid")).isEqualTo(ticketId);
        }

        assertThat(http(fault).post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.MON)).send()
                .status()).isEqualTo(200);
        JsonNode stopped = awaitClock(http(sla), clockId, "STOPPED");
        assertThat(stopped.get("met").asBoolean()).isTrue();

        services.close();
        ConfigurableApplicationContext faultAgain = services.start(FaultServiceApplication.class, FaultServiceApplication.NAME);
        ConfigurableApplicationContext slaAgain = services.start(SlaMonitorApplication.class, SlaMonitorApplication.NAME);

        Http.Response ticketAfterRestart = http(faultAgain).get("/api/faults/" + ticketId)
                .auth(bearer(Department.MON)).send();
        assertThat(ticketAfterRestart.status()).isEqualTo(200);
        assertThat(ticketAfterRestart.json().get("status").asText()).isEqualTo("ACCEPTED");
        Http.Response clockAfterRestart = http(slaAgain).get("/api/clocks/" + clockId).auth(bearer(Department.MON)).send();
        assertThat(clockAfterRestart.status()).isEqualTo(200);
        assertThat(clockAfterRestart.json().get("state").asText()).isEqualTo("STOPPED");
        // fault.acceptance, 15 minutes of clock time from the report (sla-rules.yml)
        assertThat(Instant.parse(clockAfterRestart.json().get("deadline").asText()))
                .isEqualTo(reportedAt.plus(Duration.ofMinutes(15)));
    }

    private static JsonNode awaitClock(Http sla, String clockId, String state) {
        return Http.eventually(Duration.ofSeconds(60), () -> {
            Http.Response r = sla.get("/api/clocks/" + clockId).auth(bearer(Department.MON)).send();
            return r.status() == 200 && state.equals(r.json().get("state").asText()) ? r.json() : null;
        });
    }
}
