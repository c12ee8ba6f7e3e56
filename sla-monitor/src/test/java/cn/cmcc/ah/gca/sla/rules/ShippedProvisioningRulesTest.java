package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.ServiceLevel;
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
import cn.cmcc.ah.gca.sla.rules.Limit.UntilDate;
import cn.cmcc.ah.gca.sla.rules.Limit.WorkingDays;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.cmcc.ah.gca.sla.rules.Events.CUSTOMER;
import static cn.cmcc.ah.gca.sla.rules.Events.T0;
import static cn.cmcc.ah.gca.sla.rules.Events.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped in-sale rules (Art. 17–23) and the change acceptance of a configuration change (Art. 37), matched against
 * provisioning-service's event records.
 */
class ShippedProvisioningRulesTest {

    private static final String FORM = "RD-2026-000123";
    private static final String BUILD = FORM + ".P1";
    /** A configuration change's form 2 (Art. 37): {@code RD-} + its form 5. */
    private static final String CHANGE = "RD-SD-2026-000002";
    private static final Instant T1 = T0.plus(Duration.ofDays(3));

    private final RuleSet rules = Rules.shipped();

    private List<RuleMatch> match(Object event) {
        return rules.match(EventCatalog.byClassName(event.getClass().getName()).orElseThrow().cloudEventType(),
                tree(event));
    }

    private static BlockRecordCoSigned coSigned(BlockDecision decision) {
        return new BlockRecordCoSigned(FORM, FORM + "-B1", "待业主协调后继续施工", "P1 未开通", decision, "cssc-user",
                "gcd-user", T0.plus(Duration.ofHours(5)), T1);
    }

    @Test
    void theAcceptedForm2StartsTheActivationClockUntilThePlannedActivationDateHeldByCsscEscalatedToGcd() {
        DemandAccepted accepted = new DemandAccepted(FORM, DemandKind.ACTIVATION, CUSTOMER, "2026-03-20", "CR01 端口",
                "末端施工 3 月中旬", T0);
        JsonNode data = tree(accepted);

        assertThat(match(accepted)).singleElement().satisfies(match -> {
            assertThat(match.clockId()).isEqualTo("provisioning.activation:" + FORM);
            assertThat(match.action()).isEqualTo(ClockAction.START);
            assertThat(match.at()).isEqualTo(T0);
            assertThat(match.rule().limit(data, ServiceLevel.AA)).isEqualTo(new UntilDate(LocalDate.of(2026, 3, 20)));
            assertThat(match.rule().heldBy(data)).isEqualTo(Department.CSSC);
            assertThat(match.rule().escalateTo()).isEqualTo(Department.GCD);
            assertThat(match.rule().customerGroupId(data)).contains("5510001234");
            assertThat(match.rule().serviceLevel(data)).contains(ServiceLevel.AA);
            assertThat(match.rule().pausable()).isTrue();
        });
    }

    @Test
    void onlyARecordCoSignedToContinuePausesTheActivationClock_fromWhenConstructionStopped() {
        assertThat(match(coSigned(BlockDecision.CONTINUE))).singleElement().satisfies(match -> {
            assertThat(match.clockId()).isEqualTo("provisioning.activation:" + FORM);
            assertThat(match.action()).isEqualTo(ClockAction.PAUSE);
            assertThat(match.at()).isEqualTo(T0.plus(Duration.ofHours(5)));
        });
        assertThat(match(coSigned(BlockDecision.CANCEL))).isEmpty();
        // neither the block nor CSSC's record alone pauses anything (Art. 22 decision: GCD co-signs)
        assertThat(match(new ConstructionBlocked(FORM, FORM + "-B1", "P1", "业主不允许进场", T0))).isEmpty();
        assertThat(match(new BlockRecordWritten(FORM, FORM + "-B1", "继续", "P1 未开通", BlockDecision.CONTINUE,
                "cssc-user", T0))).isEmpty();
    }

    @Test
    void resumedConstructionResumesAndTheCancelledForm2CancelsTheActivationClock() {
        assertThat(match(new ConstructionResumed(FORM, FORM + "-B1", "", T1))).singleElement()
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at)
                .containsExactly("provisioning.activation:" + FORM, ClockAction.RESUME, T1);
        assertThat(match(new DemandCancelled(FORM, FORM + "-B1", "撤销开通", T1))).singleElement()
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at)
                .containsExactly("provisioning.activation:" + FORM, ClockAction.CANCEL, T1);
    }

    @Test
    void theCompletedActivationStopsTheActivationClockAndStartsTheStatusInfoAndTheAcceptanceClocks() {
        ActivationCompleted completed = new ActivationCompleted(FORM, DemandKind.ACTIVATION, CUSTOMER,
                List.of(new CircuitAssignment("P1", "CL-2026-000001")), T1);
        JsonNode data = tree(completed);

        assertThat(match(completed)).extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at).containsExactly(
                tuple("provisioning.activation:" + FORM, ClockAction.STOP, T1),
                tuple("provisioning.status-info:" + FORM, ClockAction.START, T1),
                tuple("provisioning.acceptance:" + FORM, ClockAction.START, T1));
        SlaRule info = rules.rule("provisioning.status-info").orElseThrow();
        assertThat(info.limit(data, ServiceLevel.AA)).isEqualTo(new WorkingDays(BigDecimal.valueOf(2)));
        assertThat(info.heldBy(data)).isEqualTo(Department.CSSC);
        assertThat(info.escalateTo()).isEqualTo(Department.GCD);
        SlaRule acceptance = rules.rule("provisioning.acceptance").orElseThrow();
        assertThat(acceptance.limit(data, ServiceLevel.AA)).isEqualTo(new WorkingDays(BigDecimal.valueOf(5)));
        assertThat(acceptance.heldBy(data)).isEqualTo(Department.GCD);
        assertThat(acceptance.escalateTo()).isEqualTo(Department.PND);
    }

    /**
     * A configuration change (Art. 37, opened on decommission-service's classification) is a form 2 too, but the
     * in-sale clocks of a new line do not run for it: its completion starts its own change acceptance,
     * adjustment.acceptance (5 WD, GCD). It still stops an activation clock, were one running.
     */
    @Test
    void aConfigurationChangeStartsNoneOfTheNewLinesClocks_itsCompletionStartsTheChangeAcceptance() {
        ActivationCompleted changed = new ActivationCompleted(CHANGE, DemandKind.CONFIGURATION_CHANGE, CUSTOMER,
                List.of(new CircuitAssignment("P1", "CL-2026-000001")), T1);
        JsonNode data = tree(changed);

        assertThat(match(new DemandAccepted(CHANGE, DemandKind.CONFIGURATION_CHANGE, CUSTOMER, "2026-03-20", "",
                "", T0))).isEmpty();
        assertThat(match(changed)).extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at).containsExactly(
                tuple("provisioning.activation:" + CHANGE, ClockAction.STOP, T1),
                tuple("adjustment.acceptance:" + CHANGE, ClockAction.START, T1));
        SlaRule acceptance = rules.rule("adjustment.acceptance").orElseThrow();
        assertThat(acceptance.article()).isEqualTo("Art. 37");
        assertThat(acceptance.limit(data, ServiceLevel.AA)).isEqualTo(new WorkingDays(BigDecimal.valueOf(5)));
        assertThat(acceptance.heldBy(data)).isEqualTo(Department.GCD);
        assertThat(acceptance.escalateTo()).isEqualTo(Department.PND);
        assertThat(acceptance.customerGroupId(data)).contains("5510001234");
        assertThat(acceptance.serviceLevel(data)).contains(ServiceLevel.AA);
    }

    @Test
    void anEngineeringBuildIsClockedPerBuildUntilThePlannedInServiceDate() {
        EngineeringBuildRequested requested = new EngineeringBuildRequested(FORM, "P1", BUILD, CUSTOMER, "2026-06-30",
                T0);
        JsonNode data = tree(requested);

        assertThat(match(requested)).singleElement().satisfies(match -> {
            assertThat(match.clockId()).isEqualTo("provisioning.engineering:" + BUILD);
            assertThat(match.action()).isEqualTo(ClockAction.START);
            assertThat(match.rule().limit(data, null)).isEqualTo(new UntilDate(LocalDate.of(2026, 6, 30)));
            assertThat(match.rule().heldBy(data)).isEqualTo(Department.ENG);
            assertThat(match.rule().escalateTo()).isEqualTo(Department.CSSC);
        });
        assertThat(match(new EngineeringBuildInService(FORM, "P1", BUILD, "2026-06-28", "", T1))).singleElement()
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at)
                .containsExactly("provisioning.engineering:" + BUILD, ClockAction.STOP, T1);
        assertThat(match(new EngineeringBuildWithdrawn(FORM, "P1", BUILD, "撤销开通", T1))).singleElement()
                .extracting(RuleMatch::clockId, RuleMatch::action)
                .containsExactly("provisioning.engineering:" + BUILD, ClockAction.CANCEL);
        // a completion date reported later does not move the deadline (Art. 19: it stays the planned date)
        assertThat(match(new EngineeringCompletionDateReported(FORM, "P1", BUILD, "2026-07-15", false, "", T1)))
                .isEmpty();
    }

    @Test
    void theInformationPassedStopsTheStatusInfoClockAndEachRmuHasAOneWorkingDayClockOfItsOwn() {
        assertThat(match(new StatusChangeInfoPassed(FORM, List.of("RMU-ACCESS", "RMU-CORE"), "", T1)))
                .singleElement().extracting(RuleMatch::clockId, RuleMatch::action)
                .containsExactly("provisioning.status-info:" + FORM, ClockAction.STOP);

        StatusChangeRequested requested = new StatusChangeRequested(FORM, "RMU-ACCESS", FORM + ".RMU-ACCESS",
                CUSTOMER, T1);
        JsonNode data = tree(requested);
        assertThat(match(requested)).singleElement().satisfies(match -> {
            assertThat(match.clockId()).isEqualTo("provisioning.status-change:" + FORM + ".RMU-ACCESS");
            assertThat(match.action()).isEqualTo(ClockAction.START);
            assertThat(match.rule().limit(data, null)).isEqualTo(new WorkingDays(BigDecimal.ONE));
            assertThat(match.rule().heldBy(data)).isEqualTo(Department.RMU);
            assertThat(match.rule().escalateTo()).isEqualTo(Department.CSSC);
        });
        assertThat(match(new StatusChangeConfirmed(FORM, "RMU-ACCESS", FORM + ".RMU-ACCESS", "", T1)))
                .singleElement().extracting(RuleMatch::clockId, RuleMatch::action)
                .containsExactly("provisioning.status-change:" + FORM + ".RMU-ACCESS", ClockAction.STOP);
    }

    /**
     * The signature carries no kind: the second one stops the acceptance clock of the form 2, either a new line's
     * (Art. 23) or a configuration change's (Art. 37), whichever is running; the other stop finds no clock.
     */
    @Test
    void onlyTheSecondSignatureOfForm4StopsTheAcceptanceClock_ofANewLineOrOfAChange() {
        assertThat(match(new AcceptanceSignatureAdded(FORM, Signatory.CUSTOMER, "王先生", false, T1))).isEmpty();
        assertThat(match(new AcceptanceSignatureAdded(FORM, Signatory.ACCOUNT_MANAGER, "李经理", true, T1)))
                .extracting(RuleMatch::clockId, RuleMatch::action, RuleMatch::at)
                .containsExactly(tuple("provisioning.acceptance:" + FORM, ClockAction.STOP, T1),
                        tuple("adjustment.acceptance:" + FORM, ClockAction.STOP, T1));
    }
}
