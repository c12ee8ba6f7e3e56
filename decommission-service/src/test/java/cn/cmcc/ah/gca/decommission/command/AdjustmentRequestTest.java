package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.ADJUSTMENT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 35: GCD dispatches a form 5 marked as an adjustment of one circuit provisioning activated, with a form 1 to
 * presale that quotes its number. Decision on Art. 4 vs Art. 32, 36: new first by default; stop first only when GCD
 * asks for it, with the reason recorded. Art. 36–37: CSSC classifies the adjustment as it accepts it.
 */
@DisplayName("Art. 4, 35–37 — requesting an adjustment, and its classification")
class AdjustmentRequestTest {

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

    private static RequestAdjustment requestWith(String circuitId, String reason, String date, boolean stopFirst,
                                                 String stopFirstReason) {
        return new RequestAdjustment(ADJUSTMENT_FORM, circuitId, knownCircuit(CIRCUIT).orElseThrow(), reason, date,
                stopFirst, stopFirstReason, GCD, DISPATCHED_AT);
    }

    // --- the request (Art. 35, 4) ---

    @Test
    @DisplayName("Art. 35 — GCD requests an adjustment of a circuit, new line first; the circuit is held by it")
    void art35_gcdRequestsAnAdjustmentNewFirst() {
        fixture.givenNoPriorActivity()
                .when(requestAdjustment())
                .expectEvents(new AdjustmentRequested(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER, ADJUSTMENT_REASON,
                        REQUESTED_DATE, false, null, DISPATCHED_AT));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT,
                DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 4 — GCD asks to stop the old circuit first, with its reason recorded")
    void art4_gcdAsksToStopFirstWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(requestWith(" " + CIRCUIT + " ", ADJUSTMENT_REASON, REQUESTED_DATE, true,
                        " " + STOP_FIRST_REASON + " "))
                .expectEvents(new AdjustmentRequested(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER, ADJUSTMENT_REASON,
                        REQUESTED_DATE, true, STOP_FIRST_REASON, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 4, 32, 36 — new first keeps no stop-first reason, whatever was typed")
    void art36_newFirstKeepsNoStopFirstReason() {
        fixture.givenNoPriorActivity()
                .when(requestWith(CIRCUIT, ADJUSTMENT_REASON, REQUESTED_DATE, false, STOP_FIRST_REASON))
                .expectEvents(new AdjustmentRequested(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER, ADJUSTMENT_REASON,
                        REQUESTED_DATE, false, null, DISPATCHED_AT));
    }

    @ParameterizedTest(name = "Art. 4 — stop-first reason [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = " ")
    @DisplayName("Art. 4 — stop first only with a reason (400)")
    void art4_stopFirstOnlyWithAReason(String stopFirstReason) {
        fixture.givenNoPriorActivity()
                .when(requestWith(CIRCUIT, ADJUSTMENT_REASON, REQUESTED_DATE, true, stopFirstReason))
                .expectNoEvents()
                .expectException(refused(STOP_FIRST_REASON_REQUIRED, INVALID));

        assertThat(lines.eventsOf(CIRCUIT)).isEmpty();
    }

    @ParameterizedTest(name = "Art. 35 — circuit [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = " ")
    @DisplayName("Art. 35 — an adjustment names its circuit (400)")
    void art35_anAdjustmentNamesItsCircuit(String circuitId) {
        fixture.givenNoPriorActivity()
                .when(requestWith(circuitId, ADJUSTMENT_REASON, REQUESTED_DATE, false, null))
                .expectNoEvents()
                .expectException(refused(STOP_CIRCUITS_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 35 — only a circuit provisioning activated is adjusted (422)")
    void art35_onlyAnActivatedCircuitIsAdjusted() {
        fixture.givenNoPriorActivity()
                .when(new RequestAdjustment(ADJUSTMENT_FORM, UNKNOWN_CIRCUIT, null, ADJUSTMENT_REASON,
                        REQUESTED_DATE, false, null, GCD, DISPATCHED_AT))
                .expectNoEvents()
                .expectException(refused(STOP_CIRCUIT_UNKNOWN, RULE_VIOLATION, UNKNOWN_CIRCUIT));
    }

    @Test
    @DisplayName("Art. 35 — an adjustment gives its reason (400)")
    void art35_anAdjustmentGivesItsReason() {
        fixture.givenNoPriorActivity()
                .when(requestWith(CIRCUIT, " ", REQUESTED_DATE, false, null))
                .expectNoEvents()
                .expectException(refused(STOP_REASON_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 35 — an adjustment's requested date is a date (400)")
    void art35_anAdjustmentsDateIsADate() {
        fixture.givenNoPriorActivity()
                .when(requestWith(CIRCUIT, ADJUSTMENT_REASON, "next week", false, null))
                .expectNoEvents()
                .expectException(refused(STOP_REQUESTED_DATE_INVALID, INVALID, "next week"));
    }

    // --- where the circuit stands (Art. 32–35) ---

    @Test
    @DisplayName("Art. 35 — a suspended circuit is not adjusted: it is resumed first (409)")
    void art35_aSuspendedCircuitIsNotAdjusted() {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(requestAdjustment())
                .expectNoEvents()
                .expectException(refused(CIRCUIT_SUSPENDED, CONFLICT, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 32, 35 — a stopped circuit is not adjusted (409)")
    void art35_aStoppedCircuitIsNotAdjusted() {
        lines.given(CIRCUIT, stoppedEarlier(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(requestAdjustment())
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ALREADY_STOPPED, CONFLICT, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 33, 35 — a circuit held by another open form 5 is not adjusted (409)")
    void art35_aCircuitOnAnotherOpenFormIsNotAdjusted() {
        lines.given(CIRCUIT, heldByAnotherForm(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(requestAdjustment())
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ON_OPEN_FORM, CONFLICT, CIRCUIT, OTHER_FORM));
    }

    // --- acceptance and classification (Art. 36–37) ---

    @Test
    @DisplayName("Art. 36 — CSSC accepts a re-allocation, new first: it waits for the form 1, no one's move here")
    void art36_csscAcceptsAReAllocation() {
        fixture.givenCommands(requestAdjustment())
                .when(classify(AdjustmentClassification.RE_ALLOCATION))
                .expectEvents(new AdjustmentClassified(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER,
                        AdjustmentClassification.RE_ALLOCATION, false, NOTE, ACCEPTED_AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, null, AdjustmentWait.CONFIRMATION_FORM));
    }

    @Test
    @DisplayName("Art. 4, 36 — a stop-first re-allocation is CSSC's to release at once")
    void art4_aStopFirstReAllocationIsCsscsToRelease() {
        fixture.givenCommands(requestStopFirstAdjustment())
                .when(classify(AdjustmentClassification.RE_ALLOCATION))
                .expectEvents(new AdjustmentClassified(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER,
                        AdjustmentClassification.RE_ALLOCATION, true, NOTE, ACCEPTED_AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, AdjustmentWait.CONFIRMATION_FORM));
    }

    @Test
    @DisplayName("Art. 37 — CSSC accepts a configuration change: it waits for its acceptance on provisioning")
    void art37_csscAcceptsAConfigurationChange() {
        fixture.givenCommands(requestAdjustment())
                .when(classify(AdjustmentClassification.CONFIGURATION_ONLY))
                .expectEvents(new AdjustmentClassified(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER,
                        AdjustmentClassification.CONFIGURATION_ONLY, false, NOTE, ACCEPTED_AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, null, AdjustmentWait.CHANGE_ACCEPTANCE));
    }

    @Test
    @DisplayName("Art. 36–37 — an adjustment is accepted with its classification (400)")
    void art36_anAdjustmentIsAcceptedWithItsClassification() {
        fixture.givenCommands(requestAdjustment())
                .when(classify(null))
                .expectNoEvents()
                .expectException(refused(CLASSIFICATION_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 36–37 — an adjustment is classified once (409)")
    void art36_anAdjustmentIsClassifiedOnce() {
        fixture.givenCommands(reAllocationAccepted())
                .when(classify(AdjustmentClassification.CONFIGURATION_ONLY))
                .expectNoEvents()
                .expectException(refused(FORM_ALREADY_ACCEPTED, CONFLICT, ADJUSTMENT_FORM));
    }

    // --- withdrawal (decision) ---

    @Test
    @DisplayName("Art. 33, 35 — GCD withdraws an adjustment CSSC has not accepted; the circuit is let go")
    void art35_gcdWithdrawsAnAdjustmentNotAccepted() {
        fixture.givenCommands(requestAdjustment())
                .when(new WithdrawStopForm(ADJUSTMENT_FORM, WITHDRAWAL_REASON, GCD, AT))
                .expectEvents(new StopFormWithdrawn(ADJUSTMENT_FORM, ADJUSTMENT, CUSTOMER, List.of(CIRCUIT),
                        WITHDRAWAL_REASON, AT))
                .expectResultMessagePayload(standing(Status.WITHDRAWN, null, null));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT),
                closed(CIRCUIT, ADJUSTMENT_FORM, AT));
    }
}
