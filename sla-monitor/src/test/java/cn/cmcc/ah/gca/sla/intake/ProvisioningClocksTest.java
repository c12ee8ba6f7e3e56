package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildWithdrawn;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
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
import java.util.function.Predicate;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-sale rules (Art. 17–23) end to end with the shipped rules document: provisioning events put on
 * gca.provisioning.events exactly as provisioning-service publishes them (catalog CloudEvent converter, record key =
 * the form 2), the clocks read back through /api/clocks and from gca.sla.events. sla-monitor's clock stands at
 * Monday 2026-11-02 09:00 Beijing time; only the late ENG build (November) moves it, to 2026-11-05; every other
 * scenario happens in December 2026, ahead of it, so no warning or breach interferes. November and December 2026 have
 * no holiday on the shipped calendar.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,sla-monitor", "gca.sla.tick-interval=PT0.2S"})
@ContextConfiguration(initializers = ProvisioningClocksTest.Clocked.class)
class ProvisioningClocksTest {

    static final MovableClock CLOCK = new MovableClock();

    static {
        moveTo("2026-11-02T09:00:00+08:00");
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
    private static final DomainEvents PROVISIONING = new DomainEvents("provisioning-service", Topics.PROVISIONING);
    private static final String ACTIVATION = "provisioning.activation";
    private static final String ENGINEERING = "provisioning.engineering";
    private static final String STATUS_INFO = "provisioning.status-info";
    private static final String STATUS_CHANGE = "provisioning.status-change";
    private static final String ACCEPTANCE = "provisioning.acceptance";
    private static final String CHANGE_ACCEPTANCE = "adjustment.acceptance";

    @LocalServerPort
    int port;

    /** This instance's event store: which events on gca.sla.events are its own. */
    @Autowired
    EventStore events;

    @AfterAll
    static void closeProducer() {
        PROVISIONING.close();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static void moveTo(String offsetDateTime) {
        CLOCK.advance(Duration.between(CLOCK.instant(), at(offsetDateTime)));
    }

    private static String newForm() {
        return "RD-2026-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- provisioning-service's events (aggregate: the form 2) ------------------------------------------------------

    private static DomainEventMessage<?> publish(String formId, Object event, Department acting) {
        return PROVISIONING.publish("DemandForm", formId, event, acting);
    }

    private static DomainEventMessage<?> accepted(String formId, String plannedActivationDate, Instant acceptedAt) {
        return publish(formId, new DemandAccepted(formId, DemandKind.ACTIVATION, CUSTOMER, plannedActivationDate, "CR01 核心端口、接入主干 10G",
                "末端光缆 12 月上旬施工", acceptedAt), Department.CSSC);
    }

    private static void activated(String formId, Instant completedAt) {
        publish(formId, new ActivationCompleted(formId, DemandKind.ACTIVATION, CUSTOMER,
                List.of(new CircuitAssignment("P1", "CL-" + formId.substring(3))), completedAt), Department.CSSC);
    }

    /** The form 2 of a configuration-only adjustment (Art. 37): {@code RD-} + its form 5. */
    private static String newChange() {
        return "RD-SD-2026-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** CSSC's change-completion feedback on a configuration change (Art. 37): the circuit keeps its id. */
    private static void changed(String formId, Instant completedAt) {
        publish(formId, new ActivationCompleted(formId, DemandKind.CONFIGURATION_CHANGE, CUSTOMER,
                List.of(new CircuitAssignment("P1", "CL-2026-000001")), completedAt), Department.CSSC);
    }

    private static BlockRecordCoSigned coSigned(String formId, BlockDecision decision, Instant blockedAt,
                                                Instant coSignedAt) {
        return new BlockRecordCoSigned(formId, formId + "-B1", "业主协调进场后继续施工", "P1 核心及主干已开通，末端未开通",
                decision, "cssc-user", "gcd-user", blockedAt, coSignedAt);
    }

    // --- reading the clocks -----------------------------------------------------------------------------------------

    private JsonNode clocksOf(String subjectId, String ruleId) {
        Http.Response response = Http.localhost(port).get("/api/clocks?subjectId=" + subjectId + "&ruleId=" + ruleId)
                .auth(bearer(Department.CSSC)).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    /** The subject's one clock of the rule once {@code ready} holds for it (the view follows within a moment). */
    private JsonNode clockOf(String subjectId, String ruleId, Predicate<JsonNode> ready) {
        return Http.eventually(Duration.ofSeconds(20), () -> {
            JsonNode items = clocksOf(subjectId, ruleId);
            return items.size() == 1 && ready.test(items.get(0)) ? items.get(0) : null;
        });
    }

    private static Predicate<JsonNode> state(String state) {
        return clock -> state.equals(clock.get("state").asText());
    }

    // --- provisioning.activation (decision, Art. 22; Art. 17–21) -----------------------------------------------------

    @Test
    void theAcceptedForm2IsDueAtTheCloseOfThePlannedActivationDateInShanghai_andTheCompletedActivationStopsItMet() {
        String formId = newForm();
        String clockId = ACTIVATION + ":" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            accepted(formId, "2026-12-18", at("2026-12-01T10:00:00+08:00"));

            JsonNode started = sla.await(clockId, "SlaClockStarted");
            // 2026-12-18 24:00 Beijing time
            assertThat(started.get("deadline").asText()).isEqualTo("2026-12-18T16:00:00Z");
            // 80 % of the 17 days 14 hours from the start: 14 days 1 h 36 min later
            assertThat(started.get("warnAt").asText()).isEqualTo("2026-12-15T03:36:00Z");
            assertThat(started.get("limit").asText()).isEqualTo("until 2026-12-18");
            assertThat(started.get("startedAt").asText()).isEqualTo("2026-12-01T02:00:00Z");
            assertThat(started.get("responsibleDepartment").asText()).isEqualTo("CSSC");
            assertThat(started.get("escalationDepartment").asText()).isEqualTo("GCD");
            assertThat(started.get("customerGroupId").asText()).isEqualTo("5510001234");
            assertThat(started.get("serviceLevel").asText()).isEqualTo("AA");
            assertThat(started.get("article").asText())
                    .isEqualTo("decision: workflow-en.md Art. 22 (Art. 17–21 set no activation limit)");
            JsonNode running = clockOf(formId, ACTIVATION, state("RUNNING"));
            assertThat(running.get("deadline").asText()).isEqualTo("2026-12-18T16:00:00Z");

            activated(formId, at("2026-12-18T17:30:00+08:00"));

            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            assertThat(stopped.get("stoppedAt").asText()).isEqualTo("2026-12-18T09:30:00Z");
            JsonNode view = clockOf(formId, ACTIVATION, state("STOPPED"));
            assertThat(view.get("met").asBoolean()).isTrue();
            assertThat(view.get("overrunSeconds").asLong()).isZero();
            // seconds used, as a date limit counts: 17 days 7 h 30 min
            assertThat(view.get("used").asLong()).isEqualTo(17 * 86_400 + 7 * 3_600 + 1_800);
            assertThat(sla.types(clockId, Duration.ofSeconds(1))).containsExactly("SlaClockStarted",
                    "SlaClockStopped");
        }
    }

    @Test
    void aBlockRecordCoSignedToContinuePausesFromWhenConstructionStopped_andTheResumeMovesTheDeadlineByThePause() {
        String formId = newForm();
        String clockId = ACTIVATION + ":" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            accepted(formId, "2026-12-18", at("2026-12-01T10:00:00+08:00"));
            sla.await(clockId, "SlaClockStarted");

            // construction stops on Thursday 12-03 10:00; CSSC's record alone pauses nothing
            publish(formId, new ConstructionBlocked(formId, formId + "-B1", "P1", "业主不允许进场施工",
                    at("2026-12-03T10:00:00+08:00")), Department.CSSC);
            publish(formId, new BlockRecordWritten(formId, formId + "-B1", "业主协调进场后继续施工", "P1 末端未开通",
                    BlockDecision.CONTINUE, "cssc-user", at("2026-12-03T16:00:00+08:00")), Department.CSSC);
            assertThat(sla.types(clockId, Duration.ofSeconds(2))).containsExactly("SlaClockStarted");

            // GCD co-signs on Friday 12-04 15:00: paused from when construction stopped, not from the signature
            publish(formId, coSigned(formId, BlockDecision.CONTINUE, at("2026-12-03T10:00:00+08:00"),
                    at("2026-12-04T15:00:00+08:00")), Department.GCD);
            JsonNode paused = sla.await(clockId, "SlaClockPaused");
            assertThat(paused.get("pausedAt").asText()).isEqualTo("2026-12-03T02:00:00Z");
            JsonNode pausedView = clockOf(formId, ACTIVATION, state("PAUSED"));
            assertThat(pausedView.get("pausedAt").asText()).isEqualTo("2026-12-03T02:00:00Z");

            // construction resumes on Tuesday 12-08 12:00: 5 days 2 hours paused
            publish(formId, new ConstructionResumed(formId, formId + "-B1", "业主已同意进场",
                    at("2026-12-08T12:00:00+08:00")), Department.CSSC);
            JsonNode resumed = sla.await(clockId, "SlaClockDeadlineChanged");
            assertThat(resumed.get("reason").asText()).isEqualTo("RESUMED");
            assertThat(resumed.get("oldDeadline").asText()).isEqualTo("2026-12-18T16:00:00Z");
            assertThat(resumed.get("deadline").asText()).isEqualTo("2026-12-23T18:00:00Z");
            assertThat(resumed.get("warnAt").asText()).isEqualTo("2026-12-20T05:36:00Z");
            assertThat(resumed.get("changedAt").asText()).isEqualTo("2026-12-08T04:00:00Z");
            JsonNode running = clockOf(formId, ACTIVATION, state("RUNNING"));
            assertThat(running.get("deadline").asText()).isEqualTo("2026-12-23T18:00:00Z");
            assertThat(running.hasNonNull("pausedAt")).isFalse();

            // activated on 12-22, after the planned date but within it once the pause is left out
            activated(formId, at("2026-12-22T10:00:00+08:00"));
            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            assertThat(stopped.get("deadline").asText()).isEqualTo("2026-12-23T18:00:00Z");
            JsonNode view = clockOf(formId, ACTIVATION, state("STOPPED"));
            // 21 days from start to stop, less the 5 days 2 hours paused
            assertThat(view.get("used").asLong()).isEqualTo(21 * 86_400 - (5 * 86_400 + 2 * 3_600));
            assertThat(sla.types(clockId, Duration.ofSeconds(1))).containsExactly("SlaClockStarted",
                    "SlaClockPaused", "SlaClockDeadlineChanged", "SlaClockStopped");
        }
    }

    @Test
    void aBlockRecordCoSignedToCancelPausesNothing_andTheCancelledForm2EndsTheActivationClockWithoutAVerdict() {
        String formId = newForm();
        String clockId = ACTIVATION + ":" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            accepted(formId, "2026-12-18", at("2026-12-01T10:00:00+08:00"));
            sla.await(clockId, "SlaClockStarted");

            publish(formId, coSigned(formId, BlockDecision.CANCEL, at("2026-12-03T10:00:00+08:00"),
                    at("2026-12-04T15:00:00+08:00")), Department.GCD);
            assertThat(sla.types(clockId, Duration.ofSeconds(2))).containsExactly("SlaClockStarted");
            assertThat(clockOf(formId, ACTIVATION, c -> true).get("state").asText()).isEqualTo("RUNNING");

            publish(formId, new DemandCancelled(formId, formId + "-B1", "客户取消", at("2026-12-04T15:00:00+08:00")),
                    Department.GCD);
            JsonNode cancelled = sla.await(clockId, "SlaClockCancelled");
            assertThat(cancelled.get("reason").asText()).isEqualTo("gca.provisioning.DemandCancelled.v1");
            assertThat(cancelled.get("cancelledAt").asText()).isEqualTo("2026-12-04T07:00:00Z");
            JsonNode view = clockOf(formId, ACTIVATION, state("CANCELLED"));
            assertThat(view.hasNonNull("met")).isFalse();
            assertThat(view.get("cancelReason").asText()).isEqualTo("gca.provisioning.DemandCancelled.v1");
            assertThat(sla.types(clockId, Duration.ofSeconds(1))).containsExactly("SlaClockStarted",
                    "SlaClockCancelled");
        }
    }

    @Test
    void anAcceptanceRepublishedAndRedeliveredStartsTheActivationClockOnce() {
        String formId = newForm();
        String clockId = ACTIVATION + ":" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            DomainEventMessage<?> first = accepted(formId, "2026-12-18", at("2026-12-01T10:00:00+08:00"));
            PROVISIONING.redeliver(first);
            sla.await(clockId, "SlaClockStarted");
            // published again (a re-sent command, a replay), with a later planned date: still the first clock
            accepted(formId, "2026-12-31", at("2026-12-02T10:00:00+08:00"));
            PROVISIONING.redeliver(first);
            // the stop comes after them on the form's partition: once it is seen, they have been consumed
            activated(formId, at("2026-12-10T10:00:00+08:00"));
            JsonNode stopped = sla.await(clockId, "SlaClockStopped");

            assertThat(sla.types(clockId, Duration.ofSeconds(2))).containsExactly("SlaClockStarted",
                    "SlaClockStopped");
            assertThat(stopped.get("deadline").asText()).isEqualTo("2026-12-18T16:00:00Z");
            assertThat(clocksOf(formId, ACTIVATION)).hasSize(1);
            assertThat(clockOf(formId, ACTIVATION, state("STOPPED")).get("startedAt").asText())
                    .isEqualTo("2026-12-01T02:00:00Z");
        }
    }

    // --- provisioning.engineering (Art. 19) ---------------------------------------------------------------------------

    @Test
    void anEngBuildIsDueAtTheCloseOfThePlannedInServiceDate_stoppedInService_andAWithdrawnBuildIsCancelled() {
        String formId = newForm();
        String build = formId + ".P1";
        String withdrawn = formId + ".P2";
        try (SlaTopic sla = new SlaTopic(events)) {
            publish(formId, new EngineeringBuildRequested(formId, "P1", build, CUSTOMER, "2026-12-20",
                    at("2026-12-01T10:00:00+08:00")), Department.CSSC);
            publish(formId, new EngineeringBuildRequested(formId, "P2", withdrawn, CUSTOMER, "2026-12-25",
                    at("2026-12-01T10:00:00+08:00")), Department.CSSC);

            JsonNode started = sla.await(ENGINEERING + ":" + build, "SlaClockStarted");
            assertThat(started.get("deadline").asText()).isEqualTo("2026-12-20T16:00:00Z");
            assertThat(started.get("limit").asText()).isEqualTo("until 2026-12-20");
            assertThat(started.get("responsibleDepartment").asText()).isEqualTo("ENG");
            assertThat(started.get("escalationDepartment").asText()).isEqualTo("CSSC");
            assertThat(started.get("article").asText()).isEqualTo("Art. 19");
            assertThat(sla.await(ENGINEERING + ":" + withdrawn, "SlaClockStarted").get("deadline").asText())
                    .isEqualTo("2026-12-25T16:00:00Z");

            // ENG reports a later completion date: the deadline stays the planned in-service date (Art. 19)
            publish(formId, new EngineeringCompletionDateReported(formId, "P1", build, "2026-12-22", false, "设备到货延迟",
                    at("2026-12-02T10:00:00+08:00")), Department.ENG);
            publish(formId, new EngineeringBuildInService(formId, "P1", build, "2026-12-19", "",
                    at("2026-12-19T16:00:00+08:00")), Department.ENG);
            JsonNode stopped = sla.await(ENGINEERING + ":" + build, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            assertThat(stopped.get("deadline").asText()).isEqualTo("2026-12-20T16:00:00Z");
            assertThat(clockOf(build, ENGINEERING, state("STOPPED")).get("met").asBoolean()).isTrue();
            assertThat(sla.types(ENGINEERING + ":" + build, Duration.ofSeconds(1))).containsExactly("SlaClockStarted",
                    "SlaClockStopped");

            publish(formId, new EngineeringBuildWithdrawn(formId, "P2", withdrawn, "撤销开通",
                    at("2026-12-04T15:00:00+08:00")), Department.CSSC);
            JsonNode cancelled = sla.await(ENGINEERING + ":" + withdrawn, "SlaClockCancelled");
            assertThat(cancelled.get("reason").asText()).isEqualTo("gca.provisioning.EngineeringBuildWithdrawn.v1");
            JsonNode view = clockOf(withdrawn, ENGINEERING, state("CANCELLED"));
            assertThat(view.hasNonNull("met")).isFalse();
        }
    }

    @Test
    void anEngBuildPastThePlannedInServiceDateBreachesEscalatedToCssc_andStopsLate() {
        String formId = newForm();
        String build = formId + ".P1";
        String clockId = ENGINEERING + ":" + build;
        try (SlaTopic sla = new SlaTopic(events)) {
            publish(formId, new EngineeringBuildRequested(formId, "P1", build, CUSTOMER, "2026-11-04",
                    at("2026-11-02T10:00:00+08:00")), Department.CSSC);
            JsonNode started = sla.await(clockId, "SlaClockStarted");
            assertThat(started.get("deadline").asText()).isEqualTo("2026-11-04T16:00:00Z");

            // Thursday 11-05 09:00: the planned in-service date has passed
            moveTo("2026-11-05T09:00:00+08:00");
            JsonNode breached = sla.await(clockId, "SlaClockBreached");
            assertThat(breached.get("deadline").asText()).isEqualTo("2026-11-04T16:00:00Z");
            assertThat(breached.get("responsibleDepartment").asText()).isEqualTo("ENG");
            assertThat(breached.get("escalationDepartment").asText()).isEqualTo("CSSC");
            assertThat(clockOf(build, ENGINEERING, c -> c.hasNonNull("breachedAt")).get("state").asText())
                    .isEqualTo("RUNNING");

            publish(formId, new EngineeringBuildInService(formId, "P1", build, "2026-11-05", "",
                    at("2026-11-05T10:00:00+08:00")), Department.ENG);
            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isFalse();
            // 10 hours after 24:00 of 11-04
            assertThat(stopped.get("overrunSeconds").asLong()).isEqualTo(36_000);
            JsonNode view = clockOf(build, ENGINEERING, state("STOPPED"));
            assertThat(view.get("met").asBoolean()).isFalse();
            assertThat(view.hasNonNull("breachedAt")).isTrue();
        }
    }

    // --- provisioning.status-info and provisioning.status-change (Art. 21) ----------------------------------------

    @Test
    void theCompletedActivationGivesCsscTwoWorkingDaysToPassTheStatusChangeInformation() {
        String formId = newForm();
        String clockId = STATUS_INFO + ":" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            // Friday 12-04 16:00: Monday 12-07 (1), Tuesday 12-08 (2) → 24:00
            activated(formId, at("2026-12-04T16:00:00+08:00"));

            JsonNode started = sla.await(clockId, "SlaClockStarted");
            assertThat(started.get("deadline").asText()).isEqualTo("2026-12-08T16:00:00Z");
            assertThat(started.get("warnAt").asText()).isEqualTo("2026-12-08T06:24:00Z");
            assertThat(started.get("limit").asText()).isEqualTo("2 WD");
            assertThat(started.get("responsibleDepartment").asText()).isEqualTo("CSSC");
            assertThat(started.get("escalationDepartment").asText()).isEqualTo("GCD");
            assertThat(started.get("customerGroupId").asText()).isEqualTo("5510001234");

            publish(formId, new StatusChangeInfoPassed(formId, List.of("RMU-ACCESS", "RMU-CORE"), "P1 端口置为在用",
                    at("2026-12-07T18:00:00+08:00")), Department.CSSC);
            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            JsonNode view = clockOf(formId, STATUS_INFO, state("STOPPED"));
            // Monday 18:00: three quarters of a working day
            assertThat(view.get("used").decimalValue()).isEqualByComparingTo("0.75");
        }
    }

    @Test
    void eachRmuHasAOneWorkingDayClockOfItsOwn_stoppedByItsOwnConfirmation() {
        String formId = newForm();
        String access = formId + ".RMU-ACCESS";
        String core = formId + ".RMU-CORE";
        try (SlaTopic sla = new SlaTopic(events)) {
            // Monday 12-07 11:00: due at 24:00 of Tuesday 12-08
            publish(formId, new StatusChangeRequested(formId, "RMU-ACCESS", access, CUSTOMER,
                    at("2026-12-07T11:00:00+08:00")), Department.CSSC);
            publish(formId, new StatusChangeRequested(formId, "RMU-CORE", core, CUSTOMER,
                    at("2026-12-07T11:00:00+08:00")), Department.CSSC);
            for (String change : List.of(access, core)) {
                JsonNode started = sla.await(STATUS_CHANGE + ":" + change, "SlaClockStarted");
                assertThat(started.get("deadline").asText()).isEqualTo("2026-12-08T16:00:00Z");
                assertThat(started.get("limit").asText()).isEqualTo("1 WD");
                assertThat(started.get("responsibleDepartment").asText()).isEqualTo("RMU");
                assertThat(started.get("escalationDepartment").asText()).isEqualTo("CSSC");
            }

            publish(formId, new StatusChangeConfirmed(formId, "RMU-ACCESS", access, "",
                    at("2026-12-08T10:00:00+08:00")), Department.RMU);
            assertThat(sla.await(STATUS_CHANGE + ":" + access, "SlaClockStopped").get("met").asBoolean()).isTrue();
            assertThat(clockOf(access, STATUS_CHANGE, state("STOPPED")).get("met").asBoolean()).isTrue();
            assertThat(clockOf(core, STATUS_CHANGE, c -> true).get("state").asText()).isEqualTo("RUNNING");

            // the core unit changes the status on Wednesday 09:00: 9 hours late
            publish(formId, new StatusChangeConfirmed(formId, "RMU-CORE", core, "",
                    at("2026-12-09T09:00:00+08:00")), Department.RMU);
            JsonNode late = sla.await(STATUS_CHANGE + ":" + core, "SlaClockStopped");
            assertThat(late.get("met").asBoolean()).isFalse();
            assertThat(late.get("overrunSeconds").asLong()).isEqualTo(9 * 3_600);
            assertThat(clockOf(core, STATUS_CHANGE, state("STOPPED")).get("met").asBoolean()).isFalse();
            assertThat(clockOf(access, STATUS_CHANGE, c -> true).get("met").asBoolean()).isTrue();
        }
    }

    // --- provisioning.acceptance (Art. 23) -----------------------------------------------------------------------------

    @Test
    void theAcceptanceClockOfFiveWorkingDaysStopsOnlyWhenForm4CarriesBothSignatures() {
        String formId = newForm();
        String clockId = ACCEPTANCE + ":" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            // Friday 12-04 16:00: Monday 12-07 … Friday 12-11 → 24:00
            activated(formId, at("2026-12-04T16:00:00+08:00"));

            JsonNode started = sla.await(clockId, "SlaClockStarted");
            assertThat(started.get("deadline").asText()).isEqualTo("2026-12-11T16:00:00Z");
            assertThat(started.get("limit").asText()).isEqualTo("5 WD");
            assertThat(started.get("responsibleDepartment").asText()).isEqualTo("GCD");
            assertThat(started.get("escalationDepartment").asText()).isEqualTo("PND");
            assertThat(started.get("article").asText()).isEqualTo("Art. 23");

            publish(formId, new AcceptanceSignatureAdded(formId, Signatory.CUSTOMER, "王先生", false,
                    at("2026-12-08T10:00:00+08:00")), Department.CUSTOMER);
            assertThat(sla.types(clockId, Duration.ofSeconds(2))).containsExactly("SlaClockStarted");
            assertThat(clockOf(formId, ACCEPTANCE, c -> true).get("state").asText()).isEqualTo("RUNNING");

            publish(formId, new AcceptanceSignatureAdded(formId, Signatory.ACCOUNT_MANAGER, "李经理", true,
                    at("2026-12-09T10:00:00+08:00")), Department.GCD);
            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            assertThat(stopped.get("stoppedAt").asText()).isEqualTo("2026-12-09T02:00:00Z");
            assertThat(clockOf(formId, ACCEPTANCE, state("STOPPED")).get("met").asBoolean()).isTrue();
            // the same completed activation started the status-info clock of the form too
            assertThat(clocksOf(formId, STATUS_INFO)).hasSize(1);
        }
    }

    // --- adjustment.acceptance (Art. 37) ----------------------------------------------------------------------------

    @Test
    void aCompletedConfigurationChangeGivesGcdFiveWorkingDaysForTheChangeAcceptance_stoppedByTheSecondSignature() {
        String formId = newChange();
        String clockId = CHANGE_ACCEPTANCE + ":" + formId;
        try (SlaTopic sla = new SlaTopic(events)) {
            // Friday 12-04 16:00: Monday 12-07 … Friday 12-11 → 24:00
            changed(formId, at("2026-12-04T16:00:00+08:00"));

            JsonNode started = sla.await(clockId, "SlaClockStarted");
            assertThat(started.get("deadline").asText()).isEqualTo("2026-12-11T16:00:00Z");
            assertThat(started.get("limit").asText()).isEqualTo("5 WD");
            assertThat(started.get("startedAt").asText()).isEqualTo("2026-12-04T08:00:00Z");
            assertThat(started.get("responsibleDepartment").asText()).isEqualTo("GCD");
            assertThat(started.get("escalationDepartment").asText()).isEqualTo("PND");
            assertThat(started.get("customerGroupId").asText()).isEqualTo("5510001234");
            assertThat(started.get("serviceLevel").asText()).isEqualTo("AA");
            assertThat(started.get("article").asText()).isEqualTo("Art. 37");
            assertThat(clockOf(formId, CHANGE_ACCEPTANCE, state("RUNNING")).get("deadline").asText())
                    .isEqualTo("2026-12-11T16:00:00Z");

            publish(formId, new AcceptanceSignatureAdded(formId, Signatory.CUSTOMER, "王先生", false,
                    at("2026-12-08T10:00:00+08:00")), Department.CUSTOMER);
            assertThat(sla.types(clockId, Duration.ofSeconds(2))).as("one signature does not stop it")
                    .containsExactly("SlaClockStarted");
            assertThat(clockOf(formId, CHANGE_ACCEPTANCE, c -> true).get("state").asText()).isEqualTo("RUNNING");

            publish(formId, new AcceptanceSignatureAdded(formId, Signatory.ACCOUNT_MANAGER, "李经理", true,
                    at("2026-12-10T10:00:00+08:00")), Department.GCD);
            JsonNode stopped = sla.await(clockId, "SlaClockStopped");
            assertThat(stopped.get("met").asBoolean()).isTrue();
            assertThat(stopped.get("stoppedAt").asText()).isEqualTo("2026-12-10T02:00:00Z");
            assertThat(clockOf(formId, CHANGE_ACCEPTANCE, state("STOPPED")).get("met").asBoolean()).isTrue();
            assertThat(sla.types(clockId, Duration.ofSeconds(1))).containsExactly("SlaClockStarted",
                    "SlaClockStopped");
            // a configuration change has none of a new line's clocks after the completion (Art. 21, 23)
            assertThat(clocksOf(formId, ACCEPTANCE)).isEmpty();
            assertThat(clocksOf(formId, STATUS_INFO)).isEmpty();
        }
    }

    @Test
    void aNewLinesCompletedActivationStartsNoChangeAcceptance() {
        String formId = newForm();
        try (SlaTopic sla = new SlaTopic(events)) {
            activated(formId, at("2026-12-04T16:00:00+08:00"));

            sla.await(ACCEPTANCE + ":" + formId, "SlaClockStarted");
            assertThat(sla.types(CHANGE_ACCEPTANCE + ":" + formId, Duration.ofSeconds(1))).isEmpty();
            assertThat(clocksOf(formId, ACCEPTANCE)).hasSize(1);
            assertThat(clocksOf(formId, CHANGE_ACCEPTANCE)).isEmpty();
        }
    }
}
