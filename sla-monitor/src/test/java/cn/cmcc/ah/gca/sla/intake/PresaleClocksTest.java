package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.sla.MovableClock;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presale rules (Art. 7, 11–14) end to end: presale events put on gca.presale.events exactly as presale-service
 * publishes them, the clocks read back through /api/clocks and from gca.sla.events, deadlines on the shipped 2026
 * calendar around 国庆 (10-01…10-07 off, Saturday 10-10 a make-up working day). sla-monitor's clock stands at the
 * morning of 2026-09-30, so no warning or breach interferes.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,sla-monitor", "gca.sla.tick-interval=PT0.2S"})
@ContextConfiguration(initializers = PresaleClocksTest.Clocked.class)
class PresaleClocksTest {

    static final MovableClock CLOCK = new MovableClock();

    static {
        CLOCK.advance(Duration.between(Instant.now(), at("2026-09-30T09:00:00+08:00")));
    }

    /** sla-monitor's one clock, registered before its configuration asks for one. */
    static class Clocked implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("clock", CLOCK);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "sla-monitor");
    }

    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final DomainEvents PRESALE = new DomainEvents("presale-service", Topics.PRESALE);

    @LocalServerPort
    int port;

    /** This instance's event store: which events on gca.sla.events are its own. */
    @Autowired
    EventStore events;

    @AfterAll
    static void closeProducer() {
        PRESALE.close();
    }

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- presale-service's events -------------------------------------------------------------------------------

    static DomainEventMessage<?> received(String formId, Instant receivedAt) {
        return PRESALE.publish("ConfirmationForm", formId,
                new ConfirmationFormReceived(formId, CUSTOMER, 2, receivedAt), Department.CSSC);
    }

    /** CSSC assessed the last mile of a point as LAST_MILE_OPTIMIZABLE (Art. 13); {@code lmo} points now have one. */
    static DomainEventMessage<?> lastMileOptimizable(String formId, String pointId, int lmo, Instant assessedAt) {
        return PRESALE.publish("ConfirmationForm", formId, new SegmentAssessed(formId, pointId,
                        new SegmentAssessment(Segment.LAST_MILE, AssessmentOutcome.LAST_MILE_OPTIMIZABLE, "2026-10-20",
                                "OLT-SS-015 端口优化"),
                        false, new OutcomeCounts(0, lmo, 0, 0, 2 - lmo), new PointsPerOutcome(0, lmo, 0, 0, 2 - lmo),
                        assessedAt), Department.CSSC);
    }

    static void confirmed(String formId, Instant receivedAt, Instant confirmedAt) {
        ResourceRequest request = new ResourceRequest(CUSTOMER, new ProductRef("DIA", "互联网专线", ""), 100,
                "2026-11-15", "李经理 13800000000", "王先生 13900000000", "",
                new AdjustmentLink(false, "", ""));
        PRESALE.publish("ConfirmationForm", formId, new ResourceConfirmed(formId, request, List.of(),
                new NetworkSolution("两点末端优化后接入", List.of()), new OutcomeCounts(0, 2, 0, 0, 0),
                new PointsPerOutcome(0, 2, 0, 0, 0), receivedAt, confirmedAt), Department.CSSC);
    }

    // --- reading the clocks -----------------------------------------------------------------------------------------

    private JsonNode clocksOf(String subjectId) {
        Http.Response response = Http.localhost(port).get("/api/clocks?subjectId=" + subjectId)
                .auth(bearer(Department.CSSC)).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    /** The subject's one clock once {@code ready} holds for it (the view follows the events within a moment). */
    private JsonNode clockOf(String subjectId, java.util.function.Predicate<JsonNode> ready) {
        return Http.eventually(Duration.ofSeconds(20), () -> {
            JsonNode items = clocksOf(subjectId);
            return items.size() == 1 && ready.test(items.get(0)) ? items.get(0) : null;
        });
    }

    // --- the tests ----------------------------------------------------------------------------------------------------

    @Test
    void aFormReceivedTheDayBeforeNationalDayIsDueAt24OfTheSecondWorkingDayAfterTheHoliday_twoOptimisableLastMilesMakeItFiveWorkingDaysFromTheSameStart_andTheReplyStopsItMet() {
        String formId = newId("CF-PRE");
        String clockId = "presale.confirmation:" + formId;
        Instant receivedAt = at("2026-09-30T10:00:00+08:00");
        try (SlaTopic sla = new SlaTopic(events)) {
            received(formId, receivedAt);

            JsonNode started = sla.await(clockId, "SlaClockStarted");
            // 09-30 (the start day) not counted; 10-01…10-07 国庆; Thursday 10-08 (1), Friday 10-09 (2) → 24:00
            assertThat(started.get("deadline").asText()).isEqualTo("2026-10-09T16:00:00Z");
            // 80 % of 2 WD = 1.6 WD: 60 % into Friday 10-09, 14:24 Beijing time
            assertThat(started.get("warnAt").asText()).isEqualTo("2026-10-09T06:24:00Z");
            assertThat(started.get("startedAt").asText()).isEqualTo("2026-09-30T02:00:00Z");
            assertThat(started.get("limit").asText()).isEqualTo("2 WD");
            assertThat(started.get("provisional").asBoolean()).isFalse();
            assertThat(started.get("responsibleDepartment").asText()).isEqualTo("CSSC");
            assertThat(started.get("escalationDepartment").asText()).isEqualTo("GCD");
            assertThat(started.get("customerGroupId").asText()).isEqualTo("5510001234");
            assertThat(started.get("serviceLevel").asText()).isEqualTo("AA");
            assertThat(started.get("article").asText()).isEqualTo("Art. 11–14");

            // one point optimisable: still 2 WD (Art. 13 gives 5 WD from two points), nothing moves
            lastMileOptimizable(formId, "P1", 1, at("2026-10-08T10:00:00+08:00"));
            // the second one: 5 WD from the same start
            lastMileOptimizable(formId, "P2", 2, at("2026-10-08T15:00:00+08:00"));

            JsonNode changed = sla.await(clockId, "SlaClockDeadlineChanged");
            assertThat(changed.get("reason").asText()).isEqualTo("ASSESSMENT");
            assertThat(changed.get("limit").asText()).isEqualTo("5 WD");
            assertThat(changed.get("oldDeadline").asText()).isEqualTo("2026-10-09T16:00:00Z");
            assertThat(changed.get("oldWarnAt").asText()).isEqualTo("2026-10-09T06:24:00Z");
            // 10-08 (1), 10-09 (2), Saturday 10-10 调休上班 (3), Monday 10-12 (4), Tuesday 10-13 (5) → 24:00
            assertThat(changed.get("deadline").asText()).isEqualTo("2026-10-13T16:00:00Z");
            // 80 % of 5 WD = 4 WD: the end of Monday 10-12
            assertThat(changed.get("warnAt").asText()).isEqualTo("2026-10-12T16:00:00Z");
            assertThat(changed.get("provisional").asBoolean()).isFalse();
            assertThat(changed.get("changedAt").asText()).isEqualTo("2026-10-08T07:00:00Z");

            JsonNode running = clockOf(formId, c -> "5 WD".equals(c.get("limit").asText()));
            assertThat(running.get("clockId").asText()).isEqualTo(clockId);
            assertThat(running.get("state").asText()).isEqualTo("RUNNING");
            assertThat(running.get("startedAt").asText()).isEqualTo("2026-09-30T02:00:00Z");
            assertThat(running.get("deadline").asText()).isEqualTo("2026-10-13T16:00:00Z");
            assertThat(running.get("calendarVersion").asLong()).isEqualTo(started.get("calendarVersion").asLong());

            // the reply on Monday 10-12, 17:00: within the 5 WD (it would have been late against the first 2 WD)
            confirmed(formId, receivedAt, at("2026-10-12T17:00:00+08:00"));

            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            assertThat(stopped.get("deadline").asText()).isEqualTo("2026-10-13T16:00:00Z");
            assertThat(stopped.get("stoppedAt").asText()).isEqualTo("2026-10-12T09:00:00Z");
            JsonNode view = clockOf(formId, c -> "STOPPED".equals(c.get("state").asText()));
            assertThat(view.get("met").asBoolean()).isTrue();
            assertThat(view.get("overrunSeconds").asLong()).isZero();
            assertThat(view.hasNonNull("remaining")).isFalse();
        }
    }

    @Test
    void aWithdrawnFormCancelsItsConfirmationClockWithoutAVerdict() {
        String formId = newId("CF-WDR");
        String clockId = "presale.confirmation:" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            received(formId, at("2026-09-30T11:00:00+08:00"));
            sla.await(clockId, "SlaClockStarted");

            PRESALE.publish("ConfirmationForm", formId, new ConfirmationFormWithdrawn(formId, "客户取消需求",
                    at("2026-10-08T09:00:00+08:00")), Department.GCD);

            JsonNode cancelled = sla.await(clockId, "SlaClockCancelled");
            assertThat(cancelled.get("reason").asText()).isEqualTo("gca.presale.ConfirmationFormWithdrawn.v1");
            assertThat(cancelled.get("cancelledAt").asText()).isEqualTo("2026-10-08T01:00:00Z");
            JsonNode view = clockOf(formId, c -> "CANCELLED".equals(c.get("state").asText()));
            assertThat(view.hasNonNull("met")).isFalse();
            assertThat(view.get("cancelReason").asText()).isEqualTo("gca.presale.ConfirmationFormWithdrawn.v1");
            assertThat(sla.types(clockId, Duration.ofSeconds(1))).containsExactly("SlaClockStarted",
                    "SlaClockCancelled");
        }
    }

    @Test
    void aTemplateRequestedBeforeNationalDayIsDueOnTheMakeUpSaturday_andItsProductisationStopsIt() {
        String templateId = newId("TPL-2026");
        String clockId = "presale.template:" + templateId;
        Instant requestedAt = at("2026-09-30T10:00:00+08:00");
        try (SlaTopic sla = new SlaTopic(events)) {
            PRESALE.publish("SolutionTemplate", templateId, new TemplateRequested(templateId, "SDWAN",
                    "SD-WAN 组网", "客户需多分支 SD-WAN 组网方案", requestedAt), Department.GCD);

            JsonNode started = sla.await(clockId, "SlaClockStarted");
            // 10-08 (1), 10-09 (2), Saturday 10-10 调休上班 (3) → 24:00 of the make-up day
            assertThat(started.get("deadline").asText()).isEqualTo("2026-10-10T16:00:00Z");
            assertThat(started.get("limit").asText()).isEqualTo("3 WD");
            assertThat(started.get("responsibleDepartment").asText()).isEqualTo("CSSC");
            assertThat(started.get("escalationDepartment").asText()).isEqualTo("GCD");
            assertThat(clockOf(templateId, c -> true).get("deadline").asText()).isEqualTo("2026-10-10T16:00:00Z");

            PRESALE.publish("SolutionTemplate", templateId, new TemplateProductised(templateId, "SDWAN",
                    "SD-WAN 组网", 2, "SD-WAN 多分支组网解决方案模板", "……", Department.CSSC, requestedAt,
                    at("2026-10-10T11:00:00+08:00")), Department.CSSC);

            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            JsonNode view = clockOf(templateId, c -> "STOPPED".equals(c.get("state").asText()));
            assertThat(view.get("met").asBoolean()).isTrue();
        }
    }

    @Test
    void aReceiptPublishedTwiceAndAnOlderAssessmentRedeliveredChangeNothing() {
        String formId = newId("CF-DUP");
        String clockId = "presale.confirmation:" + formId;
        Instant receivedAt = at("2026-09-30T10:00:00+08:00");
        try (SlaTopic sla = new SlaTopic(events)) {
            DomainEventMessage<?> receipt = received(formId, receivedAt);
            PRESALE.redeliver(receipt);
            DomainEventMessage<?> first = lastMileOptimizable(formId, "P1", 1, at("2026-10-08T10:00:00+08:00"));
            lastMileOptimizable(formId, "P2", 2, at("2026-10-08T15:00:00+08:00"));
            sla.await(clockId, "SlaClockDeadlineChanged");

            // a broker re-delivery of the first assessment, then of the receipt, after the second assessment
            PRESALE.redeliver(first);
            PRESALE.redeliver(receipt);
            // the reply comes after them on the form's partition: once it is seen, they have been consumed
            confirmed(formId, receivedAt, at("2026-10-12T17:00:00+08:00"));
            JsonNode stopped = sla.await(clockId, "SlaClockStopped");

            assertThat(sla.types(clockId, Duration.ofSeconds(2))).containsExactly("SlaClockStarted",
                    "SlaClockDeadlineChanged", "SlaClockStopped");
            // still measured against the 5 WD of the second assessment, not the 2 WD the older one would give
            assertThat(stopped.get("deadline").asText()).isEqualTo("2026-10-13T16:00:00Z");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            assertThat(clocksOf(formId)).hasSize(1);
        }
    }

    @Test
    void aRuleChangeAfterARedeliveredReceiptComputesTheLimitFromTheLatestAssessmentNotFromTheReceipt() throws Exception {
        String formId = newId("CF-RCV");
        String clockId = "presale.confirmation:" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            DomainEventMessage<?> receipt = received(formId, at("2026-09-30T10:00:00+08:00"));
            lastMileOptimizable(formId, "P1", 2, at("2026-10-08T15:00:00+08:00"));
            assertThat(sla.await(clockId, "SlaClockDeadlineChanged").get("limit").asText()).isEqualTo("5 WD");
            PRESALE.redeliver(receipt);
            sla.types(clockId, Duration.ofSeconds(2));

            // PND changes presale.confirmation (its description only): its open clocks are computed again
            JsonNode current = Http.localhost(port).get("/api/sla/rules").auth(bearer(Department.PND)).send().json();
            com.fasterxml.jackson.databind.node.ObjectNode document =
                    (com.fasterxml.jackson.databind.node.ObjectNode) current.get("rules").deepCopy();
            for (JsonNode rule : document.get("rules")) {
                if ("presale.confirmation".equals(rule.get("id").asText())) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) rule).put("description",
                            "PND 解释（测试）: " + formId);
                }
            }
            java.net.http.HttpResponse<String> changed = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                    + "/api/sla/rules"))
                            .header("Authorization", bearer(Department.PND)).header("Content-Type", "application/json")
                            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(document.toString(),
                                    java.nio.charset.StandardCharsets.UTF_8)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

            // computed again from the assessment (5 WD), not from the re-delivered receipt (2 WD): nothing moves
            assertThat(sla.types(clockId, Duration.ofSeconds(4))).containsExactly("SlaClockStarted",
                    "SlaClockDeadlineChanged");
            JsonNode view = clockOf(formId, c -> true);
            assertThat(view.get("limit").asText()).isEqualTo("5 WD");
            assertThat(view.get("deadline").asText()).isEqualTo("2026-10-13T16:00:00Z");
        }
    }
}
