package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report whose event would exceed {@code gca.kafka.max-event-bytes} is refused with 422 and leaves nothing behind.
 * The shipped limit (900 KiB) is far above anything the fault API's field caps allow (see
 * {@code FaultApiContract#theLongestReportTheApiAcceptsStaysWithinTheEventSizeLimitAndIsPublished}), so this context
 * sets a limit of 4 KiB.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gca-defaults,fault-service", "gca.kafka.max-event-bytes=4096"})
class EventTooLargeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    private static String report(String circuitId, String symptom) {
        return """
                {"circuitId":"%s","symptom":"%s","contact":{"name":"张三","phone":"13800000000"}}"""
                .formatted(circuitId, symptom);
    }

    @Test
    void aReportWhoseEventExceedsTheLimitIs422AndNothingIsStored() {
        try (FaultClient api = new FaultClient(port, TestInfrastructure.embedded().kafkaBootstrap())) {
            String circuit = api.circuit(FaultClient.AA);
            String token = bearer(Department.CALL_CENTER);
            String first = api.post(token, "/api/faults", report(circuit, "专线中断")).json().get("ticketId").asText();
            long head = position(eventStore.createHeadToken());

            Http.Response refused = api.post(token, "/api/faults", report(circuit, "障".repeat(2000)));
            Http.Response english = api.http.post("/api/faults").auth(token).header("Accept-Language", "en")
                    .body(report(circuit, "障".repeat(2000))).send();

            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = refused.json();
            assertThat(problem.get("code").asText()).isEqualTo("event-too-large");
            assertThat(problem.get("eventType").asText()).isEqualTo("gca.fault.FaultReported.v3");
            assertThat(problem.get("limitBytes").asLong()).isEqualTo(4096);
            long sizeKb = (problem.get("sizeBytes").asLong() + 1023) / 1024;
            assertThat(sizeKb).isGreaterThan(4);
            assertThat(problem.get("detail").asText()).contains("单据内容过多", sizeKb + " KB", "上限 4 KB", "操作未生效");
            assertThat(english.status()).isEqualTo(422);
            assertThat(english.json().get("detail").asText())
                    .contains("too large to publish", sizeKb + " KB", "limit of 4 KB", "Nothing was changed");

            assertThat(position(eventStore.createHeadToken())).as("no event appended, no position reserved")
                    .isEqualTo(head);
            String refusedTicket = first.substring(0, first.length() - 6) + "%06d".formatted(
                    Integer.parseInt(first.substring(first.length() - 6)) + 1);
            assertThat(eventStore.readEvents(refusedTicket).hasNext()).as("no ticket %s", refusedTicket).isFalse();

            String next = api.post(token, "/api/faults", report(circuit, "专线中断")).json().get("ticketId").asText();
            assertThat(position(eventStore.createHeadToken())).isEqualTo(head + 1);
            assertThat(api.get(Department.MON, "/api/faults/" + next).status()).isEqualTo(200);
            assertThat(api.get(Department.MON, "/api/faults/" + refusedTicket).status()).isEqualTo(404);
        }
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
