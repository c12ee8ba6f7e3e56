package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

/**
 * Art. 27: a fault CSSC judged not core, CSSC repairs it, confirms with the customer and replies; MON checks the
 * reply and archives the ticket. CSSC may still find it a core-network fault and pass it up to OMT (Art. 28).
 */
@DisplayName("Art. 27 — CSSC repairs a fault that is not core network")
class CsscRepairPathTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    // --- the path, step by step ---

    @Test
    @DisplayName("Art. 27 — CSSC repairs and replies the repair to itself, to confirm with the customer")
    void art27_csscRepairsANonCoreFault() {
        fixture.givenCommands(heldAt(CSSC))
                .when(repair(CSSC))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 27 — the cause and the action are kept without surrounding blanks")
    void art27_causeAndActionAreStripped() {
        fixture.givenCommands(heldAt(CSSC))
                .when(new RepairFault(TICKET, " " + CAUSE, ACTION + "\n", CSSC, AT))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 27 — the customer confirms the fault cleared")
    void art27_theCustomerConfirms() {
        fixture.givenCommands(repairedAt(CSSC))
                .when(confirm(CUSTOMER))
                .expectEvents(new FaultClearanceConfirmed(TICKET, CIRCUIT, CUSTOMER_AA, CUSTOMER, CONFIRMATION_NOTE,
                        CSSC, AT));
    }

    @Test
    @DisplayName("Art. 27 — CSSC replies the ticket to MON")
    void art27_csscReplies() {
        fixture.givenCommands(cleared(CSSC))
                .when(reply())
                .expectEvents(new FaultReplied(TICKET, CIRCUIT, CUSTOMER_AA, SUMMARY, MON, AT));
    }

    @Test
    @DisplayName("Art. 25 — MON passes CSSC's reply")
    void art25_monPassesTheReply() {
        fixture.givenCommands(replied(CSSC))
                .when(passCheck())
                .expectEvents(new FaultQualityChecked(TICKET, CIRCUIT, CUSTOMER_AA, true, "", MON, AT));
    }

    @Test
    @DisplayName("Art. 24, 27 — a non-core ticket runs from the report to MON's archive")
    void art27_aNonCoreTicketRunsFromReportToArchive() {
        fixture.givenCommands(checked(CSSC))
                .when(archive())
                .expectEvents(new FaultArchived(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, AT));
    }

    @Test
    @DisplayName("Art. 24, 26, 27 — a direct report runs to archive without MON's dispatch")
    void art27_aDirectReportRunsToArchiveWithoutDispatch() {
        fixture.givenCommands(steps(directReportAccepted(), diagnose(false), repair(CSSC), confirm(CUSTOMER),
                        reply(), passCheck()))
                .when(archive())
                .expectEvents(new FaultArchived(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, AT));
    }

    // --- CSSC finds it core after all (Art. 28) ---

    @Test
    @DisplayName("Art. 28 — CSSC passes a ticket it holds up to OMT")
    void art28_csscEscalatesATicketItHoldsToOmt() {
        fixture.givenCommands(heldAt(CSSC))
                .when(escalate(CSSC))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, OMT, EscalationDirection.UP,
                        ESCALATION_REASON, OMT, AT));
    }

    @Test
    @DisplayName("Art. 28, 29 — passed up by CSSC, OMT repairs it")
    void art28_passedUpByCsscOmtRepairs() {
        fixture.givenCommands(steps(heldAt(CSSC), escalate(CSSC)))
                .when(repair(OMT))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, OMT, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 28 — an escalation needs its reason")
    void art28_anEscalationNeedsItsReason() {
        for (String reason : new String[]{null, " "}) {
            fixture.givenCommands(heldAt(CSSC))
                    .when(new EscalateFault(TICKET, reason, CSSC, AT))
                    .expectNoEvents()
                    .expectException(refused(FAULT_REASON_REQUIRED, INVALID));
        }
    }

    @Test
    @DisplayName("Art. 26, 28 — no escalation before the diagnosis (409)")
    void art28_noEscalationBeforeTheDiagnosis() {
        fixture.givenCommands(dispatched())
                .when(escalate(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_BEING_REPAIRED, CONFLICT, TICKET));
    }

    // --- refusals on CSSC's repair ---

    @Test
    @DisplayName("Art. 27 — the cause is required")
    void art27_theCauseIsRequired() {
        fixture.givenCommands(heldAt(CSSC))
                .when(new RepairFault(TICKET, " ", ACTION, CSSC, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_CAUSE_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 27 — the action is required")
    void art27_theActionIsRequired() {
        fixture.givenCommands(heldAt(CSSC))
                .when(new RepairFault(TICKET, CAUSE, null, CSSC, AT))
                .expectNoEvents()
                .expectException(refused(FAULT_ACTION_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 26, 27 — no repair before the diagnosis (409)")
    void art27_noRepairBeforeTheDiagnosis() {
        fixture.givenCommands(dispatched())
                .when(repair(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_BEING_REPAIRED, CONFLICT, TICKET));
        fixture.givenCommands(accepted())
                .when(repair(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_BEING_REPAIRED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 27 — a repair is replied once (409)")
    void art27_aRepairIsRepliedOnce() {
        fixture.givenCommands(repairedAt(CSSC))
                .when(repair(CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_BEING_REPAIRED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 27 — OMT does not repair a ticket CSSC holds (403)")
    void art27_omtDoesNotRepairATicketCsscHolds() {
        fixture.givenCommands(heldAt(CSSC))
                .when(repair(OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "CSSC"));
    }

    @Test
    @DisplayName("Art. 27 — OMT and PND do not hand back a ticket CSSC holds (403)")
    void art27_noHandBackOfATicketCsscHolds() {
        fixture.givenCommands(heldAt(CSSC))
                .when(handBack(PND, OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "CSSC"));
        fixture.givenCommands(heldAt(CSSC))
                .when(handBack(OMT, CSSC))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "CSSC"));
    }

    @Test
    @DisplayName("Art. 28 — OMT does not pass up a ticket CSSC holds (403)")
    void art28_omtDoesNotEscalateATicketCsscHolds() {
        fixture.givenCommands(heldAt(CSSC))
                .when(escalate(OMT))
                .expectNoEvents()
                .expectException(refused(FAULT_HELD_BY_OTHER_DEPARTMENT, FORBIDDEN, TICKET, "CSSC"));
    }

    @Test
    @DisplayName("Art. 28–31 — CSSC hands nothing back: it is the lowest level (403)")
    void art28_csscHandsNothingBack() {
        fixture.givenCommands(heldAt(CSSC))
                .when(handBack(CSSC, CSSC))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.HAND_BACK_FAULT, CSSC));
    }

    @ParameterizedTest(name = "Art. 27, 29, 31 — {0} does not repair")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = {"CSSC", "OMT", "PND"})
    @DisplayName("Art. 27, 29, 31 — only the levels CSSC, OMT and PND repair (403)")
    void art27_onlyTheLevelsRepair(Department department) {
        fixture.givenCommands(heldAt(CSSC))
                .when(repair(department))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.REPAIR_FAULT, department));
    }

    @ParameterizedTest(name = "Art. 28, 30 — {0} does not escalate")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = {"CSSC", "OMT"})
    @DisplayName("Art. 28, 30 — only CSSC and OMT pass a ticket up (403)")
    void art28_onlyCsscAndOmtEscalate(Department department) {
        fixture.givenCommands(heldAt(CSSC))
                .when(new EscalateFault(TICKET, ESCALATION_REASON, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.ESCALATE_FAULT, department));
    }
}
