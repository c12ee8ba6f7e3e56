package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.support.domain.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.*;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.MatcherAssert.assertThat;

/**
 * Art. 30–31: a provincial core-network fault OMT passes up to the provincial network dept, which repairs it and
 * replies to CSSC, who confirms with the customer. PND may hand a ticket back down to OMT or CSSC, with the reason
 * (decision); there is no level above PND.
 */
@DisplayName("Art. 30–31 — PND repairs a provincial core-network fault")
class ProvincialCorePathTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    // --- the path ---

    @Test
    @DisplayName("Art. 30 — OMT passes a provincial core fault up to PND")
    void art30_omtEscalatesToPnd() {
        fixture.givenCommands(heldAt(OMT))
                .when(escalate(OMT))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, OMT, PND, EscalationDirection.UP,
                        PROVINCIAL_REASON, PND, AT));
    }

    @Test
    @DisplayName("Art. 28, 30 — passed up by CSSC and then by OMT, the ticket reaches PND")
    void art30_csscThenOmtEscalateToPnd() {
        fixture.givenCommands(steps(heldAt(CSSC), escalate(CSSC)))
                .when(escalate(OMT))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, OMT, PND, EscalationDirection.UP,
                        PROVINCIAL_REASON, PND, AT));
    }

    @Test
    @DisplayName("Art. 31 — PND repairs and replies the repair to CSSC")
    void art31_pndRepairsAndRepliesToCssc() {
        fixture.givenCommands(heldAt(PND))
                .when(repair(PND))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, PND, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 24, 30–31 — a provincial core ticket runs from the report to MON's archive")
    void art31_aProvincialCoreTicketRunsFromReportToArchive() {
        fixture.givenCommands(checked(PND))
                .when(archive())
                .expectEvents(new FaultArchived(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, AT));
    }

    // --- handed back (decision, Art. 28–31) ---

    @Test
    @DisplayName("Art. 30 — PND hands a ticket that is not provincial back to OMT")
    void art30_pndHandsBackToOmt() {
        fixture.givenCommands(heldAt(PND))
                .when(handBack(PND, OMT))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, PND, OMT, EscalationDirection.DOWN,
                        HAND_BACK_REASON, OMT, AT));
    }

    @Test
    @DisplayName("Art. 29, 30 — handed back to OMT, OMT repairs it")
    void art30_handedBackToOmtOmtRepairs() {
        fixture.givenCommands(steps(heldAt(PND), handBack(PND, OMT)))
                .when(repair(OMT))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, OMT, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 30 — PND hands a ticket that is no core fault straight back to CSSC")
    void art30_pndHandsBackToCssc() {
        fixture.givenCommands(heldAt(PND))
                .when(handBack(PND, CSSC))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, PND, CSSC, EscalationDirection.DOWN,
                        HAND_BACK_REASON, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 30 — handed back to OMT, OMT may pass it up to PND again")
    void art30_handedBackOmtMayEscalateAgain() {
        fixture.givenCommands(steps(heldAt(PND), handBack(PND, OMT)))
                .when(escalate(OMT))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, OMT, PND, EscalationDirection.UP,
                        PROVINCIAL_REASON, PND, AT));
    }

    @Test
    @DisplayName("Art. 28–31 — PND hands back only to a lower level: not to itself, MON or no one (422)")
    void art30_pndHandsBackOnlyToALowerLevel() {
        fixture.givenCommands(heldAt(PND))
                .when(handBack(PND, PND))
                .expectNoEvents()
                .expectException(refused(FAULT_HAND_BACK_NOT_LOWER, RULE_VIOLATION, TICKET, "PND", "PND"));
        fixture.givenCommands(heldAt(PND))
                .when(handBack(PND, MON))
                .expectNoEvents()
                .expectException(refused(FAULT_HAND_BACK_NOT_LOWER, RULE_VIOLATION, TICKET, "MON", "PND"));
        fixture.givenCommands(heldAt(PND))
                .when(handBack(PND, null))
                .expectNoEvents()
                .expectException(refused(FAULT_HAND_BACK_NOT_LOWER, RULE_VIOLATION, TICKET, "", "PND"));
    }

    @Test
    @DisplayName("Art. 28–31 — PND's hand-back needs its reason")
    void art30_pndsHandBackNeedsItsReason() {
        fixture.givenCommands(heldAt(PND))
                .when(new HandBackFault(TICKET, OMT, " ", PND, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_REASON_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 30 — OMT's escalation needs its reason")
    void art30_omtsEscalationNeedsItsReason() {
        fixture.givenCommands(heldAt(OMT))
                .when(new EscalateFault(TICKET, null, OMT, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_REASON_REQUIRED, INVALID));
    }

    // --- no level above PND ---

    @Test
    @DisplayName("Art. 30 — PND passes nothing up: the step is not PND's (403)")
    void art30_pndDoesNotEscalate() {
        fixture.givenCommands(heldAt(PND))
                .when(escalate(PND))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.ESCALATE_FAULT, PND));
    }

    @Test
    @DisplayName("Art. 28, 30 — the levels run CSSC → OMT → PND, and nothing is above PND (422)")
    void art30_nothingIsAbovePnd() {
        assertThat(Levels.above(TICKET, CSSC)).isEqualTo(OMT);
        assertThat(Levels.above(TICKET, OMT)).isEqualTo(PND);

        DomainException abovePnd = catchThrowableOfType(() -> Levels.above(TICKET, PND), DomainException.class);
        assertThat(abovePnd, refused(FAULT_NO_HIGHER_LEVEL, RULE_VIOLATION, TICKET, "PND"));
        DomainException aboveMon = catchThrowableOfType(() -> Levels.above(TICKET, MON), DomainException.class);
        assertThat(aboveMon, refused(FAULT_NO_HIGHER_LEVEL, RULE_VIOLATION, TICKET, "MON"));
    }

    // --- holder checks ---

    @Test
    @DisplayName("Art. 31 — OMT does not repair a ticket PND holds (403)")
    void art31_omtDoesNotRepairATicketPndHolds() {
        fixture.givenCommands(heldAt(PND))
                .when(repair(OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "PND"));
    }

    @Test
    @DisplayName("Art. 30 — OMT does not pass up again a ticket PND holds (403)")
    void art30_omtDoesNotEscalateATicketPndHolds() {
        fixture.givenCommands(heldAt(PND))
                .when(escalate(OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "PND"));
    }

    @Test
    @DisplayName("Art. 30 — OMT does not hand back a ticket PND holds (403)")
    void art30_omtDoesNotHandBackATicketPndHolds() {
        fixture.givenCommands(heldAt(PND))
                .when(handBack(OMT, CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "PND"));
    }

    @Test
    @DisplayName("Art. 31 — CSSC does not repair a ticket PND holds (403)")
    void art31_csscDoesNotRepairATicketPndHolds() {
        fixture.givenCommands(heldAt(PND))
                .when(repair(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "PND"));
    }

    @Test
    @DisplayName("Art. 30 — handed back to OMT, PND no longer repairs it (403)")
    void art30_handedBackPndNoLongerRepairs() {
        fixture.givenCommands(steps(heldAt(PND), handBack(PND, OMT)))
                .when(repair(PND))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "OMT"));
    }

    @Test
    @DisplayName("Art. 31 — PND's repair needs the cause and the action")
    void art31_pndsRepairNeedsCauseAndAction() {
        fixture.givenCommands(heldAt(PND))
                .when(new RepairFault(TICKET, "", ACTION, PND, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_CAUSE_REQUIRED, INVALID));
        fixture.givenCommands(heldAt(PND))
                .when(new RepairFault(TICKET, CAUSE, " ", PND, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_ACTION_REQUIRED, INVALID));
    }
}
