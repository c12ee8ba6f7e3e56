package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.AdjustmentStalled;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.ADJUSTMENT;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 35–36, 16, 8, 22: what the adjustment saga tells the form 5 from the other services — its form 1 and form 2
 * found, the new line in service, the form 1 declined or withdrawn or the form 2 cancelled (the adjustment ends and
 * lets the circuit go), a wait gone past its limit. The form decides: what it already knows, or no longer takes, it
 * ignores, so a redelivered or replayed event changes nothing.
 */
@DisplayName("Art. 16, 22, 35–36 — an adjustment told of its forms in other services")
class AdjustmentNewsTest {

    private final CircuitLineStore lines = new CircuitLineStore();
    private AggregateTestFixture<StopForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StopForm.class);
        fixture.registerInjectableResource(lines.lines());
    }

    @AfterEach
    void tearDown() {
        lines.close();
    }

    // --- links (Art. 35) ---

    @Test
    @DisplayName("Art. 35 — the form 1 is linked before CSSC accepted the adjustment")
    void art35_theFormOneIsLinkedBeforeAcceptance() {
        fixture.givenCommands(requestAdjustment())
                .when(link(AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM))
                .expectEvents(new AdjustmentLinked(ADJUSTMENT_FORM, AdjustmentLinkKind.CONFIRMATION_FORM,
                        CONFIRMATION_FORM, AT))
                .expectResultMessagePayload(standing(Status.DISPATCHED, CSSC,
                        AdjustmentWait.NEW_LINE_ACTIVATION));
    }

    @Test
    @DisplayName("Art. 35 — a link already recorded is not recorded again")
    void art35_aLinkIsRecordedOnce() {
        fixture.givenCommands(reAllocationLinked())
                .when(link(AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 16, 35 — a renegotiation's new form 1 replaces the earlier one")
    void art16_aRenegotiationsNewFormOneReplacesTheEarlierOne() {
        fixture.givenCommands(reAllocationLinked())
                .when(link(AdjustmentLinkKind.CONFIRMATION_FORM, "RC-2026-000124"))
                .expectEvents(new AdjustmentLinked(ADJUSTMENT_FORM, AdjustmentLinkKind.CONFIRMATION_FORM,
                        "RC-2026-000124", AT));
    }

    @Test
    @DisplayName("Art. 34–35 — a form 5 that is not an adjustment takes no link")
    void art35_aStopFormTakesNoLink() {
        fixture.givenCommands(accepted(PERMANENT_STOP, CIRCUIT))
                .when(new LinkAdjustment(FORM, AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM, AT))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 35 — a completed adjustment takes no link")
    void art35_aCompletedAdjustmentTakesNoLink() {
        fixture.givenCommands(steps(configurationChangeLinked(), completeConfigurationChange()))
                .when(link(AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM))
                .expectNoEvents();
    }

    // --- the new line (Art. 36) ---

    @Test
    @DisplayName("Art. 36 — the new line's activation is recorded once")
    void art36_theNewLineIsRecordedOnce() {
        fixture.givenCommands(newLineInService())
                .when(new RecordNewLineActivated(ADJUSTMENT_FORM, "AH-HF-ZX-000991", NEW_LINE_DEMAND, AT))
                .expectNoEvents()
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, null));
    }

    @Test
    @DisplayName("Art. 36 — a withdrawn adjustment ignores its new line")
    void art36_aWithdrawnAdjustmentIgnoresItsNewLine() {
        fixture.givenCommands(steps(requestAdjustment(), new WithdrawStopForm(ADJUSTMENT_FORM, WITHDRAWAL_REASON,
                        GCD, AT)))
                .when(newLineActivated())
                .expectNoEvents();
    }

    // --- the end without completion (Art. 16, 8, 22) ---

    @Test
    @DisplayName("Art. 16, 35 — the customer declined the form 1: the adjustment ends, the circuit let go untouched")
    void art16_aDeclinedFormOneEndsTheAdjustment() {
        fixture.givenCommands(reAllocationLinked())
                .when(endAdjustment(AdjustmentOutcome.CONFIRMATION_DECLINED, CONFIRMATION_FORM))
                .expectEvents(new AdjustmentEnded(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER,
                        AdjustmentOutcome.CONFIRMATION_DECLINED, CONFIRMATION_FORM, DECLINED_NOTE, AT))
                .expectResultMessagePayload(standing(Status.ENDED, null, null));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT),
                closed(CIRCUIT, ADJUSTMENT_FORM, AT));
    }

    @Test
    @DisplayName("Art. 8, 35 — the form 1 withdrawn before CSSC accepted the adjustment: it ends, with an empty reason")
    void art8_aWithdrawnFormOneEndsTheAdjustment() {
        fixture.givenCommands(requestAdjustment())
                .when(new EndAdjustment(ADJUSTMENT_FORM, AdjustmentOutcome.CONFIRMATION_WITHDRAWN, CONFIRMATION_FORM,
                        null, AT))
                .expectEvents(new AdjustmentEnded(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER,
                        AdjustmentOutcome.CONFIRMATION_WITHDRAWN, CONFIRMATION_FORM, "", AT));
    }

    @Test
    @DisplayName("Art. 22, 36 — the new line's form 2 cancelled: the adjustment ends")
    void art22_aCancelledFormTwoEndsTheAdjustment() {
        fixture.givenCommands(steps(reAllocationLinked(), link(AdjustmentLinkKind.NEW_LINE_DEMAND, NEW_LINE_DEMAND)))
                .when(endAdjustment(AdjustmentOutcome.DEMAND_CANCELLED, NEW_LINE_DEMAND))
                .expectEvents(new AdjustmentEnded(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER,
                        AdjustmentOutcome.DEMAND_CANCELLED, NEW_LINE_DEMAND, DECLINED_NOTE, AT));
    }

    @Test
    @DisplayName("Art. 4, 16 — a stop-first adjustment ends with its old circuit stopped, and lets it go")
    void art4_aStopFirstAdjustmentEndsWithItsCircuitStopped() {
        fixture.givenCommands(steps(stopFirstAccepted(), releaseOldEndToEnd()))
                .when(endAdjustment(AdjustmentOutcome.CONFIRMATION_DECLINED, CONFIRMATION_FORM))
                .expectEvents(new AdjustmentEnded(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER,
                        AdjustmentOutcome.CONFIRMATION_DECLINED, CONFIRMATION_FORM, DECLINED_NOTE, AT));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.STOPPED, ADJUSTMENT_FORM, ADJUSTMENT, AT),
                closed(CIRCUIT, ADJUSTMENT_FORM, AT));
    }

    @Test
    @DisplayName("Art. 36 — once the new line is in service the adjustment no longer ends: the old circuit is stopped")
    void art36_theNewLineInServiceNoLongerEnds() {
        fixture.givenCommands(newLineInService())
                .when(endAdjustment(AdjustmentOutcome.DEMAND_CANCELLED, NEW_LINE_DEMAND))
                .expectNoEvents()
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, null));
    }

    @Test
    @DisplayName("Art. 16 — an ended adjustment does not end again")
    void art16_anEndedAdjustmentDoesNotEndAgain() {
        fixture.givenCommands(steps(reAllocationLinked(),
                        endAdjustment(AdjustmentOutcome.CONFIRMATION_DECLINED, CONFIRMATION_FORM)))
                .when(endAdjustment(AdjustmentOutcome.CONFIRMATION_WITHDRAWN, CONFIRMATION_FORM))
                .expectNoEvents()
                .expectResultMessagePayload(standing(Status.ENDED, null, null));
    }

    static Stream<Object> stepsAfterTheEnd() {
        return Stream.of(classify(AdjustmentClassification.RE_ALLOCATION), releaseOld(Segment.CORE),
                requestOldStatusChange(), confirmOldStatusChange(CORE_UNIT),
                new WithdrawStopForm(ADJUSTMENT_FORM, WITHDRAWAL_REASON, GCD, AT));
    }

    @ParameterizedTest(name = "Art. 35–36 — {0}")
    @MethodSource("stepsAfterTheEnd")
    @DisplayName("Art. 35–36 — an ended adjustment takes no further step (409)")
    void art35_anEndedAdjustmentTakesNoFurtherStep(Object step) {
        fixture.givenCommands(steps(requestAdjustment(),
                        endAdjustment(AdjustmentOutcome.CONFIRMATION_WITHDRAWN, CONFIRMATION_FORM)))
                .when(step)
                .expectNoEvents()
                .expectException(refused(ADJUSTMENT_ENDED, CONFLICT, ADJUSTMENT_FORM));
    }

    // --- stalled waits (decision) ---

    @Test
    @DisplayName("Art. 35 — no form 1 within the limit: the adjustment is flagged stalled, waiting for it")
    void art35_noFormOneWithinTheLimitIsFlagged() {
        fixture.givenCommands(reAllocationAccepted())
                .when(flagStalled(AdjustmentWait.CONFIRMATION_FORM, DISPATCHED_AT))
                .expectEvents(new AdjustmentStalled(ADJUSTMENT_FORM, AdjustmentWait.CONFIRMATION_FORM, DISPATCHED_AT,
                        AT));
    }

    @Test
    @DisplayName("Art. 35 — a wait is flagged stalled once")
    void art35_aWaitIsFlaggedOnce() {
        fixture.givenCommands(steps(reAllocationAccepted(), flagStalled(AdjustmentWait.CONFIRMATION_FORM,
                        DISPATCHED_AT)))
                .when(flagStalled(AdjustmentWait.CONFIRMATION_FORM, DISPATCHED_AT))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 35 — a later wait for the same is flagged again")
    void art35_aLaterWaitIsFlaggedAgain() {
        Instant later = DISPATCHED_AT.plusSeconds(3600);
        fixture.givenCommands(steps(reAllocationAccepted(), flagStalled(AdjustmentWait.CONFIRMATION_FORM,
                        DISPATCHED_AT)))
                .when(flagStalled(AdjustmentWait.CONFIRMATION_FORM, later))
                .expectEvents(new AdjustmentStalled(ADJUSTMENT_FORM, AdjustmentWait.CONFIRMATION_FORM, later, AT));
    }

    @Test
    @DisplayName("Art. 35–36 — the form 1 linked, a stall of the wait for it is no longer flagged")
    void art36_theFormOneLinkedItsWaitIsNoLongerFlagged() {
        fixture.givenCommands(reAllocationLinked())
                .when(flagStalled(AdjustmentWait.CONFIRMATION_FORM, DISPATCHED_AT))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 36 — the form 1 linked, the adjustment is flagged stalled waiting for the new line")
    void art36_theFormOneLinkedTheNewLinesWaitIsFlagged() {
        fixture.givenCommands(reAllocationLinked())
                .when(flagStalled(AdjustmentWait.NEW_LINE_ACTIVATION, AT))
                .expectEvents(new AdjustmentStalled(ADJUSTMENT_FORM, AdjustmentWait.NEW_LINE_ACTIVATION, AT, AT));
    }

    @Test
    @DisplayName("Art. 37 — a configuration change is flagged stalled waiting for its acceptance")
    void art37_aConfigurationChangeIsFlaggedWaitingForItsAcceptance() {
        fixture.givenCommands(configurationChangeLinked())
                .when(flagStalled(AdjustmentWait.CHANGE_ACCEPTANCE, ACCEPTED_AT))
                .expectEvents(new AdjustmentStalled(ADJUSTMENT_FORM, AdjustmentWait.CHANGE_ACCEPTANCE, ACCEPTED_AT,
                        AT));
    }

    @Test
    @DisplayName("Art. 36 — the new line in service, nothing is waited for: no stall is flagged")
    void art36_nothingWaitedForNothingFlagged() {
        fixture.givenCommands(newLineInService())
                .when(flagStalled(AdjustmentWait.NEW_LINE_ACTIVATION, AT))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 34 — a form 5 that is not an adjustment is never flagged stalled")
    void art34_aStopFormIsNeverFlaggedStalled() {
        fixture.givenCommands(accepted(PERMANENT_STOP, CIRCUIT))
                .when(new FlagAdjustmentStalled(FORM, AdjustmentWait.CONFIRMATION_FORM, DISPATCHED_AT, AT))
                .expectNoEvents();
    }
}
