package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.sla.MovableClock;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Pause and resume end to end, with a test rule (rules/pausable-confirmation.yml) that pauses presale.confirmation
 * while a point is referred to ENG: real presale events in, the clock moved past the deadline while paused (no
 * warning, no breach), then a resume whose new deadline leaves the paused working time out, and a breach at it.
 * November 2026 on the shipped calendar has no holiday: Monday 11-02 … Friday 11-06, Monday 11-09.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,sla-monitor",
        "gca.sla.rules-file=classpath:rules/pausable-confirmation.yml",
        "gca.sla.tick-interval=PT0.2S"})
@ContextConfiguration(initializers = PauseResumeTest.Clocked.class)
class PauseResumeTest {

    static final MovableClock CLOCK = new MovableClock();

    static {
        moveTo("2026-11-02T09:00:00+08:00");
    }

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

    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.A);
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

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static void moveTo(String offsetDateTime) {
        CLOCK.advance(Duration.between(CLOCK.instant(), at(offsetDateTime)));
    }

    private JsonNode clockOf(String subjectId, java.util.function.Predicate<JsonNode> ready) {
        return Http.eventually(Duration.ofSeconds(20), () -> {
            Http.Response response = Http.localhost(port).get("/api/clocks?subjectId=" + subjectId)
                    .auth(bearer(Department.CSSC)).send();
            JsonNode items = response.status() == 200 ? response.json().get("items") : null;
            return items != null && items.size() == 1 && ready.test(items.get(0)) ? items.get(0) : null;
        });
    }

    @Test
    void aClockPausedWhileEngIsAskedNeitherWarnsNorBreaches_andResumesWithThePausedWorkingTimeNotCounted() {
        String formId = "CF-PAUSE-" + UUID.randomUUID().toString().substring(0, 8);
        String clockId = "presale.confirmation:" + formId;
        ResourceRequest request = new ResourceRequest(CUSTOMER, new ProductRef("DIA", "互联网专线", ""), 200,
                "2026-12-15", "李经理 13800000000", "王先生 13900000000", "", new AdjustmentLink(false, "", ""));
        try (SlaTopic sla = new SlaTopic(events)) {
            PRESALE.publish("ConfirmationForm", formId, new ConfirmationFormReceived(formId, CUSTOMER, 1,
                    at("2026-11-02T10:00:00+08:00")), Department.CSSC);
            JsonNode started = sla.await(clockId, "SlaClockStarted");
            // Tuesday 11-03 (1), Wednesday 11-04 (2) → 24:00; warning at 1.6 WD, Wednesday 14:24
            assertThat(started.get("deadline").asText()).isEqualTo("2026-11-04T16:00:00Z");
            assertThat(started.get("warnAt").asText()).isEqualTo("2026-11-04T06:24:00Z");

            // Tuesday noon, half a working day used: the core lacks capacity, the point goes to ENG
            PRESALE.publish("ConfirmationForm", formId, new PointReferredToEngineering(formId, request,
                    new AccessPoint("P1", "合肥市蜀山区长江西路 100 号", "蜀山区"),
                    List.of(new SegmentAssessment(Segment.CORE, AssessmentOutcome.CORE_INSUFFICIENT, "", "CR01 满载")),
                    at("2026-11-03T12:00:00+08:00")), Department.CSSC);
            JsonNode paused = sla.await(clockId, "SlaClockPaused");
            assertThat(paused.get("pausedAt").asText()).isEqualTo("2026-11-03T04:00:00Z");
            JsonNode pausedView = clockOf(formId, c -> "PAUSED".equals(c.get("state").asText()));
            assertThat(pausedView.get("pausedAt").asText()).isEqualTo("2026-11-03T04:00:00Z");

            // Thursday 10:00: past the warning and the deadline, but paused — nothing is reported
            moveTo("2026-11-05T10:00:00+08:00");
            assertThat(sla.types(clockId, Duration.ofSeconds(2))).containsExactly("SlaClockStarted",
                    "SlaClockPaused");
            assertThat(clockOf(formId, c -> true).hasNonNull("breachedAt")).isFalse();

            // ENG answers on Thursday at noon; no referral left open
            PRESALE.publish("ConfirmationForm", formId, new EngineeringReplied(formId, "P1",
                    new EngineeringAnswer(true, true, "2027-03-31", "立项扩容 CR01"), 0,
                    at("2026-11-05T12:00:00+08:00")), Department.ENG);
            JsonNode resumed = sla.await(clockId, "SlaClockDeadlineChanged");
            assertThat(resumed.get("reason").asText()).isEqualTo("RESUMED");
            assertThat(resumed.get("oldDeadline").asText()).isEqualTo("2026-11-04T16:00:00Z");
            assertThat(resumed.get("changedAt").asText()).isEqualTo("2026-11-05T04:00:00Z");
            // 1.5 WD were left at the pause; the paused working time (Tuesday noon to Thursday noon, 2 WD) does not
            // count: the rest of Thursday (0.5) and Friday 11-06 (1) → Friday 24:00
            assertThat(resumed.get("deadline").asText()).isEqualTo("2026-11-06T16:00:00Z");
            // warning at 1.6 WD used: 1.1 after the resume, Friday 14:24
            assertThat(resumed.get("warnAt").asText()).isEqualTo("2026-11-06T06:24:00Z");
            JsonNode running = clockOf(formId, c -> "RUNNING".equals(c.get("state").asText()));
            assertThat(running.get("deadline").asText()).isEqualTo("2026-11-06T16:00:00Z");
            assertThat(running.hasNonNull("pausedAt")).isFalse();

            // past the new deadline: breached once, against it
            moveTo("2026-11-07T09:00:00+08:00");
            JsonNode breached = sla.await(clockId, "SlaClockBreached");
            assertThat(breached.get("deadline").asText()).isEqualTo("2026-11-06T16:00:00Z");
            assertThat(breached.get("escalationDepartment").asText()).isEqualTo("GCD");
            List<String> types = sla.types(clockId, Duration.ofSeconds(1));
            assertThat(types.subList(0, 3)).containsExactly("SlaClockStarted", "SlaClockPaused",
                    "SlaClockDeadlineChanged");
            assertThat(types).doesNotHaveDuplicates().contains("SlaClockBreached");

            // replied on Saturday morning: from start to stop Tuesday to Friday count (4 WD), less the pause (2 WD)
            PRESALE.publish("ConfirmationForm", formId, new ResourceConfirmed(formId, request, List.of(),
                    new NetworkSolution("扩容后接入", List.of()), new OutcomeCounts(0, 0, 1, 0, 0),
                    new PointsPerOutcome(0, 0, 1, 0, 0), at("2026-11-02T10:00:00+08:00"),
                    at("2026-11-07T09:00:00+08:00")), Department.CSSC);
            sla.await(clockId, "SlaClockStopped");
            JsonNode stopped = clockOf(formId, c -> "STOPPED".equals(c.get("state").asText()));
            assertThat(stopped.get("used").decimalValue()).isEqualByComparingTo("2");
            assertThat(stopped.get("met").asBoolean()).isFalse();
        }
    }
}
