package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open clocks when the calendar or the rules change (Art. 5; "Working days" in workflow-en.md): each open clock
 * concerned gets a new deadline from its same start, said by an event with the old and the new; a closed verdict stays
 * as it was, and a clock of a rule that did not change is left alone. Driven as in production: presale and fault
 * events on their topics, PND's PUT on the calendar and rules APIs.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,sla-monitor", "gca.sla.rules.refresh=PT0.2S",
        "gca.sla.calendar.refresh=PT0.2S"})
class ReplanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final DomainEvents PRESALE = new DomainEvents("presale-service", Topics.PRESALE);
    private static final DomainEvents FAULT = new DomainEvents("fault-service", Topics.FAULT);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "sla-monitor");
    }

    @LocalServerPort
    int port;

    /** This instance's event store: which events on gca.sla.events are its own. */
    @Autowired
    EventStore events;

    @AfterAll
    static void closeProducers() {
        PRESALE.close();
        FAULT.close();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void received(String formId, Instant receivedAt) {
        PRESALE.publish("ConfirmationForm", formId, new ConfirmationFormReceived(formId, CUSTOMER, 1, receivedAt),
                Department.CSSC);
    }

    private static void confirmed(String formId, Instant receivedAt, Instant confirmedAt) {
        ResourceRequest request = new ResourceRequest(CUSTOMER, new ProductRef("DIA", "互联网专线", ""), 50,
                "2027-03-01", "李经理 13800000000", "王先生 13900000000", "", new AdjustmentLink(false, "", ""));
        PRESALE.publish("ConfirmationForm", formId, new ResourceConfirmed(formId, request, List.of(),
                new NetworkSolution("现网具备资源", List.of()), new OutcomeCounts(1, 0, 0, 0, 0),
                new PointsPerOutcome(1, 0, 0, 0, 0), receivedAt, confirmedAt), Department.CSSC);
    }

    private Http.Response send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", TestTokens.bearer(Department.PND, "pnd-zhao", null));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Response(response.statusCode(), java.util.Map.of(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode clockOf(String subjectId, java.util.function.Predicate<JsonNode> ready) {
        return clockOf(subjectId, null, ready);
    }

    /** The subject's clock of the rule (a ticket has two: acceptance and restoration). */
    private JsonNode clockOf(String subjectId, String ruleId, java.util.function.Predicate<JsonNode> ready) {
        return Http.eventually(Duration.ofSeconds(20), () -> {
            Http.Response response = Http.localhost(port).get("/api/clocks?subjectId=" + subjectId
                            + (ruleId == null ? "" : "&ruleId=" + ruleId))
                    .auth(bearer(Department.CSSC)).send();
            JsonNode items = response.status() == 200 ? response.json().get("items") : null;
            return items != null && items.size() == 1 && ready.test(items.get(0)) ? items.get(0) : null;
        });
    }

    /**
     * A test schedule for 2027 (not the State Council's notice): 春节 off from Friday 02-05 to Thursday 02-11, with
     * Saturday 02-20 worked instead.
     */
    private static final String YEAR_2027 = """
            {"year": 2027,
             "notice": {"title": "测试用放假安排（非国务院通知）", "number": "测试〔2026〕9号", "publishedOn": "2026-11-20"},
             "holidays": [
               {"name": "春节", "from": "2027-02-05", "to": "2027-02-11", "makeUpWorkingDays": ["2027-02-20"]}]}""";

    @Test
    void loadingAYearGivesTheOpenProvisionalClocksTheirRealDeadline_andAStoppedClockKeepsItsVerdict() {
        String open = newId("CF-2027");
        String stopped = newId("CF-2027");
        String openClock = "presale.confirmation:" + open;
        String stoppedClock = "presale.confirmation:" + stopped;
        try (SlaTopic sla = new SlaTopic(events)) {
            // Thursday 2027-02-04: no 2027 schedule yet, so Monday–Friday: Friday 02-05 (1), Monday 02-08 (2)
            received(open, at("2027-02-04T10:00:00+08:00"));
            received(stopped, at("2027-02-04T11:00:00+08:00"));
            JsonNode started = sla.await(openClock, "SlaClockStarted");
            assertThat(started.get("provisional").asBoolean()).isTrue();
            assertThat(started.get("deadline").asText()).isEqualTo("2027-02-08T16:00:00Z");
            assertThat(sla.await(stoppedClock, "SlaClockStarted").get("deadline").asText())
                    .isEqualTo("2027-02-08T16:00:00Z");
            // replied on Wednesday 02-10: late against the provisional deadline
            confirmed(stopped, at("2027-02-04T11:00:00+08:00"), at("2027-02-10T10:00:00+08:00"));
            JsonNode late = sla.await(stoppedClock, "SlaClockStopped");
            assertThat(late.get("met").asBoolean()).isFalse();
            JsonNode lateView = clockOf(stopped, c -> "STOPPED".equals(c.get("state").asText()));

            Http.Response loaded = send("PUT", "/api/calendar/2027", YEAR_2027);
            assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
            long calendarVersion = loaded.json().get("calendarVersion").asLong();

            JsonNode changed = sla.await(openClock, "SlaClockDeadlineChanged");
            assertThat(changed.get("reason").asText()).isEqualTo("CALENDAR_CHANGED");
            assertThat(changed.get("provisional").asBoolean()).isFalse();
            assertThat(changed.get("oldDeadline").asText()).isEqualTo("2027-02-08T16:00:00Z");
            // 02-05…02-11 off: Friday 02-12 (1), Monday 02-15 (2) → 24:00
            assertThat(changed.get("deadline").asText()).isEqualTo("2027-02-15T16:00:00Z");
            assertThat(changed.get("oldWarnAt").asText()).isEqualTo("2027-02-08T06:24:00Z");
            assertThat(changed.get("warnAt").asText()).isEqualTo("2027-02-15T06:24:00Z");
            assertThat(changed.get("limit").asText()).isEqualTo("2 WD");
            assertThat(changed.get("calendarVersion").asLong()).isEqualTo(calendarVersion);
            assertThat(changed.get("ruleVersion").asLong()).isEqualTo(started.get("ruleVersion").asLong());

            JsonNode view = clockOf(open, c -> !c.get("provisional").asBoolean());
            assertThat(view.get("state").asText()).isEqualTo("RUNNING");
            assertThat(view.get("deadline").asText()).isEqualTo("2027-02-15T16:00:00Z");
            assertThat(view.get("startedAt").asText()).isEqualTo("2027-02-04T02:00:00Z");
            assertThat(view.get("calendarVersion").asLong()).isEqualTo(calendarVersion);

            // the verdict stays: late, against the deadline it was stopped with, though 02-10 is now a day off
            assertThat(sla.types(stoppedClock, Duration.ofSeconds(2))).containsExactly("SlaClockStarted",
                    "SlaClockStopped");
            JsonNode after = clockOf(stopped, c -> true);
            assertThat(after.get("met").asBoolean()).isFalse();
            assertThat(after.get("deadline").asText()).isEqualTo("2027-02-08T16:00:00Z");
            assertThat(after.get("provisional").asBoolean()).isTrue();
            assertThat(after.get("overrunSeconds").asLong()).isEqualTo(lateView.get("overrunSeconds").asLong());
            assertThat(after.get("calendarVersion").asLong()).isEqualTo(lateView.get("calendarVersion").asLong());
        }
    }

    @Test
    void aRuleChangeGivesTheOpenClocksOfThatRuleANewDeadlineWithTheNewRuleVersion_andLeavesTheOthers() {
        String ticketId = newId("FT-REPLAN");
        String formId = newId("CF-REPLAN");
        String faultClock = "fault.acceptance:" + ticketId;
        String presaleClock = "presale.confirmation:" + formId;
        Instant reportedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (SlaTopic sla = new SlaTopic(events)) {
            FAULT.publish("FaultTicket", ticketId, new FaultReported(ticketId, "AH-HF-ZX-000881", CUSTOMER,
                    ReportChannel.CALL_CENTER, "专线中断", new MaskedContact("张*", "138****0000", "k1:c2VhbGVk"),
                    Department.MON, Department.MON, List.of(), reportedAt), Department.CALL_CENTER);
            received(formId, reportedAt);
            JsonNode faultStarted = sla.await(faultClock, "SlaClockStarted");
            JsonNode presaleStarted = sla.await(presaleClock, "SlaClockStarted");
            assertThat(faultStarted.get("deadline").asText()).isEqualTo(reportedAt.plus(Duration.ofMinutes(15))
                    .toString());

            JsonNode current = send("GET", "/api/sla/rules", null).json();
            ObjectNode document = (ObjectNode) current.get("rules").deepCopy();
            for (JsonNode rule : document.get("rules")) {
                if ("fault.acceptance".equals(rule.get("id").asText())) {
                    ((ObjectNode) rule).set("limit", JSON.createObjectNode().put("clockTime", "PT30M"));
                }
            }
            Http.Response changed = send("PUT", "/api/sla/rules", document.toString());
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            long version = changed.json().get("version").asLong();
            assertThat(version).isGreaterThan(current.get("version").asLong());

            JsonNode moved = sla.await(faultClock, "SlaClockDeadlineChanged");
            assertThat(moved.get("reason").asText()).isEqualTo("RULES_CHANGED");
            assertThat(moved.get("limit").asText()).isEqualTo("PT30M");
            assertThat(moved.get("oldDeadline").asText()).isEqualTo(faultStarted.get("deadline").asText());
            assertThat(moved.get("deadline").asText()).isEqualTo(reportedAt.plus(Duration.ofMinutes(30)).toString());
            assertThat(moved.get("warnAt").asText()).isEqualTo(reportedAt.plus(Duration.ofMinutes(24)).toString());
            assertThat(moved.get("ruleVersion").asLong()).isEqualTo(version);

            JsonNode view = clockOf(ticketId, "fault.acceptance", c -> c.get("ruleVersion").asLong() == version);
            assertThat(view.get("deadline").asText()).isEqualTo(reportedAt.plus(Duration.ofMinutes(30)).toString());
            assertThat(view.get("limit").asText()).isEqualTo("PT30M");
            assertThat(view.get("state").asText()).isEqualTo("RUNNING");

            // presale.confirmation did not change: its clock is not touched
            assertThat(sla.types(presaleClock, Duration.ofSeconds(2))).containsExactly("SlaClockStarted");
            JsonNode presale = clockOf(formId, c -> true);
            assertThat(presale.get("ruleVersion").asLong()).isEqualTo(presaleStarted.get("ruleVersion").asLong());
            assertThat(presale.get("deadline").asText()).isEqualTo(presaleStarted.get("deadline").asText());
        }
    }
}
