package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.*;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;

/**
 * Art. 28–29: a core-network fault goes to the O&amp;M specialist teams; a local core fault OMT repairs and replies
 * to CSSC, who confirms with the customer. OMT may hand a ticket that is not a core fault back to CSSC, with the
 * reason (decision).
 */
@DisplayName("Art. 28–29 — OMT repairs a local core-network fault")
class LocalCorePathTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    // --- the path ---

    @Test
    @DisplayName("Art. 29 — OMT repairs and replies the repair to CSSC")
    void art29_omtRepairsAndRepliesToCssc() {
        fixture.givenCommands(heldAt(OMT))
                .when(repair(OMT))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, OMT, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 29 — CSSC confirms with the customer after OMT's repair")
    void art29_csscConfirmsWithTheCustomer() {
        fixture.givenCommands(repairedAt(OMT))
                .when(confirm(CSSC))
                .expectEvents(new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, CONFIRMATION_NOTE,
                        CSSC, AT));
    }

    @Test
    @DisplayName("Art. 24, 28–29 — a local core ticket runs from the report to MON's archive")
    void art29_aLocalCoreTicketRunsFromReportToArchive() {
        fixture.givenCommands(checked(OMT))
                .when(archive())
                .expectEvents(new FaultArchived(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, AT));
    }

    // --- handed back (decision, Art. 28–31) ---

    @Test
    @DisplayName("Art. 28 — OMT hands a ticket that is not a core fault back to CSSC, with the reason")
    void art28_omtHandsBackToCssc() {
        fixture.givenCommands(heldAt(OMT))
                .when(handBack(OMT, CSSC))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, OMT, CSSC, EscalationDirection.DOWN,
                        HAND_BACK_REASON, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 27, 28 — handed back to CSSC, CSSC repairs it and is the level that replied")
    void art28_handedBackCsscRepairs() {
        fixture.givenCommands(steps(heldAt(OMT), handBack(OMT, CSSC)))
                .when(repair(CSSC))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 28 — handed back to CSSC, OMT no longer repairs it (403)")
    void art28_handedBackOmtNoLongerRepairs() {
        fixture.givenCommands(steps(heldAt(OMT), handBack(OMT, CSSC)))
                .when(repair(OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "CSSC"));
    }

    @Test
    @DisplayName("Art. 28–31 — OMT does not hand back up to PND (422)")
    void art28_omtDoesNotHandBackUpToPnd() {
        fixture.givenCommands(heldAt(OMT))
                .when(handBack(OMT, PND))
                .expectNoEvents()
                .expectException(refused(FAULT_HAND_BACK_NOT_LOWER, RULE_VIOLATION, TICKET, "PND", "OMT"));
    }

    @Test
    @DisplayName("Art. 28–31 — OMT does not hand back to MON, which is no level of repair (422)")
    void art28_omtDoesNotHandBackToMon() {
        fixture.givenCommands(heldAt(OMT))
                .when(handBack(OMT, MON))
                .expectNoEvents()
                .expectException(refused(FAULT_HAND_BACK_NOT_LOWER, RULE_VIOLATION, TICKET, "MON", "OMT"));
    }

    @Test
    @DisplayName("Art. 28–31 — OMT does not hand back to itself, nor to no one (422)")
    void art28_omtDoesNotHandBackToItselfOrNoOne() {
        fixture.givenCommands(heldAt(OMT))
                .when(handBack(OMT, OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HAND_BACK_NOT_LOWER, RULE_VIOLATION, TICKET, "OMT", "OMT"));
        fixture.givenCommands(heldAt(OMT))
                .when(handBack(OMT, null))
                .expectNoEvents()
                .expectException(refused(FAULT_HAND_BACK_NOT_LOWER, RULE_VIOLATION, TICKET, "", "OMT"));
    }

    @Test
    @DisplayName("Art. 28–31 — a hand-back needs its reason")
    void art28_aHandBackNeedsItsReason() {
        for (String reason : new String[]{null, "", "  "}) {
            fixture.givenCommands(heldAt(OMT))
                    .when(new HandBackFault(TICKET, CSSC, reason, OMT, AT))
                    .expectNoEvents()
                    .expectException(refused(FAULT_REASON_REQUIRED, INVALID));
        }
    }

    // --- holder checks ---

    @Test
    @DisplayName("Art. 28 — CSSC does not escalate a ticket OMT holds (403)")
    void art28_csscDoesNotEscalateATicketOmtHolds() {
        fixture.givenCommands(heldAt(OMT))
                .when(escalate(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "OMT"));
    }

    @Test
    @DisplayName("Art. 28–29 — CSSC does not repair a ticket OMT holds (403)")
    void art29_csscDoesNotRepairATicketOmtHolds() {
        fixture.givenCommands(heldAt(OMT))
                .when(repair(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "OMT"));
    }

    @Test
    @DisplayName("Art. 28–31 — PND does not hand back a ticket OMT holds (403)")
    void art28_pndDoesNotHandBackATicketOmtHolds() {
        fixture.givenCommands(heldAt(OMT))
                .when(handBack(PND, CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "OMT"));
    }

    @Test
    @DisplayName("Art. 29 — OMT's repair needs the cause and the action")
    void art29_omtsRepairNeedsCauseAndAction() {
        fixture.givenCommands(heldAt(OMT))
                .when(new RepairFault(TICKET, null, ACTION, OMT, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_CAUSE_REQUIRED, INVALID));
        fixture.givenCommands(heldAt(OMT))
                .when(new RepairFault(TICKET, CAUSE, "", OMT, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_ACTION_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 28–31 — no hand-back once the repair is replied (409)")
    void art28_noHandBackOnceRepaired() {
        fixture.givenCommands(repairedAt(OMT))
                .when(handBack(OMT, CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_BEING_REPAIRED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 28, 30 — no escalation once the repair is replied (409)")
    void art30_noEscalationOnceRepaired() {
        fixture.givenCommands(repairedAt(OMT))
                .when(escalate(OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_BEING_REPAIRED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 28–29 — the customer's confirmation after OMT's repair")
    void art29_theCustomerConfirmsAfterOmtsRepair() {
        fixture.givenCommands(repairedAt(OMT))
                .when(confirm(CUSTOMER))
                .expectEvents(new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_AA, CUSTOMER, CONFIRMATION_NOTE,
                        CSSC, AT));
    }
}
