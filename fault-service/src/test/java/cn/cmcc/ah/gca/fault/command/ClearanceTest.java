package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultReopened;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.*;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;

/**
 * Art. 27, 29, 31: once the holding level replied the repair, CSSC confirms with the customer that the fault is
 * cleared — the customer answers itself, or CSSC records its answer. Decision (workflow-en.md, Art. 24–31): the
 * customer may reject the repair; the ticket reopens at the level that replied it.
 */
@DisplayName("Art. 27, 29, 31 — the customer confirms the fault cleared, or the ticket reopens")
class ClearanceTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    // --- confirmation ---

    @Test
    @DisplayName("Art. 27 — the customer confirms the fault cleared itself; CSSC holds the ticket to reply")
    void art27_theCustomerConfirmsItself() {
        fixture.givenCommands(repairedAt(CSSC))
                .when(confirm(CUSTOMER))
                .expectEvents(new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_AA, CUSTOMER, CONFIRMATION_NOTE,
                        CSSC, AT));
    }

    @Test
    @DisplayName("Art. 31 — CSSC records the customer's confirmation, answered by CSSC")
    void art31_csscConfirmsForTheCustomer() {
        fixture.givenCommands(repairedAt(PND))
                .when(confirm(CSSC))
                .expectEvents(new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, CONFIRMATION_NOTE,
                        CSSC, AT));
    }

    @Test
    @DisplayName("Art. 27 — a confirmation without a note carries an empty one")
    void art27_aConfirmationWithoutANoteCarriesAnEmptyOne() {
        fixture.givenCommands(repairedAt(OMT))
                .when(new ConfirmClearance(TICKET, null, CUSTOMER, AT))
                .expectEvents(new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_AA, CUSTOMER, "", CSSC, AT));
    }

    @Test
    @DisplayName("Art. 27, 29, 31 — no confirmation before the repair is replied (409)")
    void art27_noConfirmationBeforeTheRepair() {
        fixture.givenCommands(heldAt(PND))
                .when(confirm(CUSTOMER))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_REPAIRED, CONFLICT, TICKET));
        fixture.givenCommands(dispatched())
                .when(confirm(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_REPAIRED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 27 — a ticket is confirmed cleared once (409)")
    void art27_aTicketIsConfirmedOnce() {
        fixture.givenCommands(cleared(CSSC))
                .when(confirm(CUSTOMER))
                .expectNoEvents()
                .expectException(refused(FAULT_CLEARANCE_ALREADY_ANSWERED, CONFLICT, TICKET));
    }

    @ParameterizedTest(name = "Art. 27, 29, 31 — {0} does not answer for the customer")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = {"CUSTOMER", "CSSC"})
    @DisplayName("Art. 27, 29, 31 — only the customer or CSSC answers whether the fault is cleared (403)")
    void art27_onlyTheCustomerOrCsscAnswers(Department department) {
        fixture.givenCommands(repairedAt(OMT))
                .when(confirm(department))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.ANSWER_CLEARANCE, department));
        fixture.givenCommands(repairedAt(OMT))
                .when(rejectClearance(department))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.ANSWER_CLEARANCE, department));
    }

    // --- rejection: the ticket reopens at the level that replied the repair ---

    @ParameterizedTest(name = "Decision — rejected, a repair by {0} reopens at {0}")
    @EnumSource(value = Department.class, names = {"CSSC", "OMT", "PND"})
    @DisplayName("Decision (Art. 24–31) — the customer's rejection reopens the ticket at the level that repaired it")
    void decision_aRejectionReopensAtTheLevelThatRepaired(Department level) {
        fixture.givenCommands(repairedAt(level))
                .when(rejectClearance(CUSTOMER))
                .expectEvents(new FaultReopened(TICKET, CIRCUIT, CUSTOMER_AA, CUSTOMER, REJECTION_REASON, level, AT));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — CSSC records the customer's rejection, answered by CSSC")
    void decision_csscRecordsTheRejection() {
        fixture.givenCommands(repairedAt(PND))
                .when(rejectClearance(CSSC))
                .expectEvents(new FaultReopened(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, REJECTION_REASON, PND, AT));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — a rejection needs its reason")
    void decision_aRejectionNeedsItsReason() {
        for (String reason : new String[]{null, "", " "}) {
            fixture.givenCommands(repairedAt(CSSC))
                    .when(new RejectClearance(TICKET, reason, CUSTOMER, AT))
                    .expectNoEvents()
                    .expectException(refused(FAULT_REASON_REQUIRED, INVALID));
        }
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — no rejection before the repair is replied (409)")
    void decision_noRejectionBeforeTheRepair() {
        fixture.givenCommands(heldAt(OMT))
                .when(rejectClearance(CUSTOMER))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_REPAIRED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — no rejection once the customer confirmed (409)")
    void decision_noRejectionOnceConfirmed() {
        fixture.givenCommands(cleared(OMT))
                .when(rejectClearance(CUSTOMER))
                .expectNoEvents()
                .expectException(refused(FAULT_CLEARANCE_ALREADY_ANSWERED, CONFLICT, TICKET));
    }

    // --- after a reopening ---

    @Test
    @DisplayName("Art. 31 — reopened at PND, PND repairs again")
    void art31_reopenedAtPndPndRepairsAgain() {
        fixture.givenCommands(steps(repairedAt(PND), rejectClearance(CUSTOMER)))
                .when(new RepairFault(TICKET, "省干光缆衰耗超标", "更换省干光缆跳纤", PND, AT))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, PND, "省干光缆衰耗超标", "更换省干光缆跳纤",
                        CSSC, AT));
    }

    @Test
    @DisplayName("Art. 31 — repaired again after the reopening, the customer confirms")
    void art31_repairedAgainTheCustomerConfirms() {
        fixture.givenCommands(steps(repairedAt(PND), rejectClearance(CUSTOMER), repair(PND)))
                .when(confirm(CUSTOMER))
                .expectEvents(new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_AA, CUSTOMER, CONFIRMATION_NOTE,
                        CSSC, AT));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — reopened at PND, the ticket is PND's: CSSC and OMT do not repair it (403)")
    void decision_reopenedAtPndOnlyPndRepairs() {
        fixture.givenCommands(steps(repairedAt(PND), rejectClearance(CUSTOMER)))
                .when(repair(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "PND"));
        fixture.givenCommands(steps(repairedAt(PND), rejectClearance(CUSTOMER)))
                .when(repair(OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "PND"));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — reopened and not answered, the ticket is not confirmed (409)")
    void decision_reopenedTheTicketIsNotConfirmedUntilRepairedAgain() {
        fixture.givenCommands(steps(repairedAt(OMT), rejectClearance(CUSTOMER)))
                .when(confirm(CUSTOMER))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_REPAIRED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — reopened at PND, PND may hand it back to OMT")
    void decision_reopenedAtPndPndHandsBackToOmt() {
        fixture.givenCommands(steps(repairedAt(PND), rejectClearance(CUSTOMER)))
                .when(handBack(PND, OMT))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, PND, OMT, EscalationDirection.DOWN,
                        HAND_BACK_REASON, OMT, AT));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — a second rejection reopens at the level that replied the last repair")
    void decision_aSecondRejectionReopensWhereTheLastRepairWasReplied() {
        fixture.givenCommands(steps(repairedAt(PND), rejectClearance(CUSTOMER), handBack(PND, OMT), repair(OMT)))
                .when(rejectClearance(CSSC))
                .expectEvents(new FaultReopened(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, REJECTION_REASON, OMT, AT));
    }

    @Test
    @DisplayName("Decision (Art. 24–31) — reopened at CSSC, CSSC may still pass it up to OMT (Art. 28)")
    void decision_reopenedAtCsscCsscMayEscalate() {
        fixture.givenCommands(steps(repairedAt(CSSC), rejectClearance(CUSTOMER)))
                .when(escalate(CSSC))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, OMT, EscalationDirection.UP,
                        ESCALATION_REASON, OMT, AT));
    }
}
