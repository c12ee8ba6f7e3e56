package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault API as the CRM and 10086 use it, over real HTTP with real tokens, on whatever infrastructure the
 * concrete subclass provides (embedded by default, containers where Docker exists).
 */
abstract class FaultApiContract {

    static final String REPORT = """
            {"circuitId":"AH-HF-ZX-000881",
             "customer":{"groupId":"5510001234","name":"合肥某某科技有限公司","serviceLevel":"AA"},
             "symptom":"专线中断，无法访问互联网","contact":"张三 13800000000"}""";

    @LocalServerPort
    int port;

    Http http;

    abstract TestInfrastructure infrastructure();

    @BeforeEach
    void setUpClient() {
        http = Http.localhost(port);
    }

    Http.Response report(String authorization) {
        return http.post("/api/faults").auth(authorization).body(REPORT).send();
    }

    @Test
    void art24_callCentreReportsAFaultAndItsEventReachesTheFaultTopic() {
        // from now on only: other contexts on this broker number their tickets from FT-…-000001 too
        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.FAULT)) {
            Http.Response response = report(bearer(Department.CALL_CENTER));

            assertThat(response.status()).isEqualTo(201);
            String ticketId = response.json().get("ticketId").asText();
            assertThat(ticketId).matches("FT-\\d{4}-\\d{6}");
            assertThat(response.header("Location")).isEqualTo("/api/faults/" + ticketId);

            ConsumerRecord<String, CloudEvent> record = reader.await(r -> ticketId.equals(r.key()),
                    Duration.ofSeconds(30));
            CloudEvent event = record.value();
            assertThat(event.getType()).isEqualTo("gca.fault.FaultReported.v2");
            assertThat(event.getSource()).hasToString("urn:gca:fault-service");
            assertThat(event.getExtension("actingdepartment")).isEqualTo("CALL_CENTER");
            assertThat(event.getExtension("actinguser")).isEqualTo("call_center-user");
            assertThat(event.getExtension("correlationid")).isEqualTo(ticketId);
            assertThat(event.getExtension("causationid")).isNotNull();
            assertThat(event.getExtension("traceid")).isNotNull();
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                    .contains("\"acceptingDepartment\":\"MON\"", "\"channel\":\"CALL_CENTER\"");
        }
    }

    @Test
    void theLongestReportTheApiAcceptsStaysWithinTheEventSizeLimitAndIsPublished() {
        String longest = """
                {"circuitId":"%s","customer":{"groupId":"%s","name":"%s","serviceLevel":"AA"},
                 "symptom":"%s","contact":"%s"}""".formatted("障".repeat(64), "障".repeat(32), "障".repeat(200),
                "障".repeat(2000), "障".repeat(200));

        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.FAULT)) {
            Http.Response response = http.post("/api/faults").auth(bearer(Department.CALL_CENTER)).body(longest)
                    .send();

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            String ticketId = response.json().get("ticketId").asText();
            ConsumerRecord<String, CloudEvent> record = reader.await(r -> ticketId.equals(r.key())
                    && new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains("障".repeat(64)),
                    Duration.ofSeconds(30));
            assertThat(record.serializedValueSize()).as("the whole report, 3 bytes per character")
                    .isGreaterThan(3 * (64 + 32 + 200 + 2000 + 200));
        }
    }

    @Test
    void exposesAxonCommandAndProcessorMetricsOnceWorkFlows() {
        report(bearer(Department.CALL_CENTER));

        String metrics = Http.eventually(Duration.ofSeconds(20), () -> {
            String body = http.get("/actuator/prometheus").send().body();
            return body.contains("eventProcessor") ? body : null;
        });
        assertThat(metrics).contains("commandBus", "application=\"fault-service\"")
                // BoundedMetricRegistry: no per-message ten-minute capacity windows under -Xmx256m
                .doesNotContain("eventProcessor_capacity", "commandBus_capacity");
    }

    @Test
    void art24_refusesAFaultReportFromEngineeringWith403() {
        Http.Response response = report(bearer(Department.ENG));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("detail").asText()).contains("第24条", "工程建设部");
        assertThat(problem.get("article").asText()).isEqualTo("Art. 24");
        assertThat(problem.get("allowedDepartments")).hasSize(3);
    }

    @Test
    void refusesAMalformedBodyWith400InChineseAndInEnglishOnRequest() {
        Http.Response chinese = http.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                .body("{\"circuitId\": ").send();
        Http.Response english = http.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                .header("Accept-Language", "en").body("{\"circuitId\": ").send();

        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("code").asText()).isEqualTo("unreadable-body");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("code").asText()).isEqualTo("unreadable-body");
        assertThat(english.json().get("detail").asText()).isNotEqualTo(chinese.json().get("detail").asText());
        assertThat(english.json().get("title").asText()).isEqualTo("Bad request");
        assertThat(chinese.body()).doesNotContain("Exception", "at cn.", "at org.");
    }

    @Test
    void refusesAReportWithoutRequiredFieldsWith400ListingThem() {
        Http.Response response = http.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                .body("{\"circuitId\":\"\",\"symptom\":\"x\",\"contact\":\"y\"}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("circuitId", "customer");
    }

    /** The level drives the restoration clock: an ordinal, a wrong case or an unknown level is refused, not mapped. */
    @Test
    void refusesAServiceLevelByOrdinalOrUnknownNameAndTrailingContentWith400AndStoresNothing() {
        String token = bearer(Department.CALL_CENTER);
        String before = report(token).json().get("ticketId").asText();
        for (String body : List.of(REPORT.replace("\"AA\"", "0"), REPORT.replace("\"AA\"", "\"aa\""),
                REPORT.replace("\"AA\"", "\"GOLD\""), REPORT + "}", REPORT.replace("\"symptom\"", "\"symtom\""))) {
            Http.Response refused = http.post("/api/faults").auth(token).body(body).send();
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        String after = report(token).json().get("ticketId").asText();

        assertThat(Integer.parseInt(after.substring(after.lastIndexOf('-') + 1)))
                .as("the refused reports took no ticket number")
                .isEqualTo(Integer.parseInt(before.substring(before.lastIndexOf('-') + 1)) + 1);
    }

    @Test
    void refusesARequestWithoutATokenWith401() {
        Http.Response response = report(null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aRetriedReportWithTheSameIdempotencyKeyCreatesOneTicket() {
        String key = "crm-" + UUID.randomUUID();
        String circuit = "AH-HF-RETRY-" + key.substring(4, 12);
        String body = REPORT.replace("AH-HF-ZX-000881", circuit);
        String token = bearer(Department.CALL_CENTER);
        Http.Response first = http.post("/api/faults").auth(token).header("Idempotency-Key", key).body(body).send();
        Http.Response retry = http.post("/api/faults").auth(token).header("Idempotency-Key", key).body(body).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        String ticketId = first.json().get("ticketId").asText();
        assertThat(retry.json().get("ticketId").asText()).isEqualTo(ticketId);

        try (TopicReader reader = new TopicReader(infrastructure().kafkaBootstrap(), Topics.FAULT)) {
            reader.await(r -> ticketId.equals(r.key()), Duration.ofSeconds(30));
            long reportsOfThisCircuit = reader.drain(Duration.ofSeconds(2)).stream()
                    .filter(r -> new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains(circuit))
                    .count();
            assertThat(reportsOfThisCircuit).isEqualTo(1);
        }
        Http.Response differentBody = http.post("/api/faults").auth(token).header("Idempotency-Key", key)
                .body(REPORT).send();
        assertThat(differentBody.status()).isEqualTo(422);
        assertThat(differentBody.json().get("code").asText()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void art24_monAcceptsOnceAndASecondAcceptanceIs409() {
        String ticketId = report(bearer(Department.GCD)).json().get("ticketId").asText();

        Http.Response byCssc = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.CSSC)).send();
        Http.Response accepted = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.MON)).send();
        Http.Response again = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.MON)).send();

        assertThat(byCssc.status()).isEqualTo(403);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("fault-already-accepted");
        assertThat(again.json().get("detail").asText()).contains(ticketId);
    }

    @Test
    void acceptingAnUnknownTicketIs404() {
        Http.Response response = http.post("/api/faults/FT-1999-999999/acceptance").auth(bearer(Department.MON)).send();

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aCustomerSeesItsOwnTicketButNotAnothersAndCannotReportForAnother() {
        String own = report(TestTokens.customer("5510001234")).json().get("ticketId").asText();
        Http.Response forOther = report(TestTokens.customer("5519999999"));

        JsonNode view = Http.eventually(Duration.ofSeconds(20), () -> {
            Http.Response r = http.get("/api/faults/" + own).auth(TestTokens.customer("5510001234")).send();
            return r.status() == 200 ? r.json() : null;
        });
        Http.Response other = http.get("/api/faults/" + own).auth(TestTokens.customer("5519999999")).send();

        assertThat(view.get("channel").asText()).isEqualTo("CUSTOMER_DIRECT");
        assertThat(view.get("acceptingDepartment").asText()).isEqualTo("CSSC");
        assertThat(other.status()).isEqualTo(404);
        assertThat(forOther.status()).isEqualTo(422);
        assertThat(forOther.json().get("code").asText()).isEqualTo("fault-other-customer");
    }
}
