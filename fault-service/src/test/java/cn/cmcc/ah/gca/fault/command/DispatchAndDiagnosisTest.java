package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultDiagnosed;
import cn.cmcc.ah.gca.events.fault.FaultDispatched;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.*;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;

/**
 * Art. 25: MON dispatches the ticket it accepted to CSSC. Art. 26: CSSC pre-diagnoses from the symptoms whether it is
 * a core-network fault; not core it stays with CSSC to repair (Art. 27), core it goes to the O&amp;M specialist teams
 * at once (Art. 28).
 */
@DisplayName("Art. 25–26 — dispatch to CSSC and pre-diagnosis")
class DispatchAndDiagnosisTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    // --- dispatch (Art. 25) ---

    @Test
    @DisplayName("Art. 25 — MON dispatches the accepted ticket to CSSC, with its note")
    void art25_monDispatchesTheAcceptedTicketToCssc() {
        fixture.givenCommands(accepted())
                .when(dispatch())
                .expectEvents(new FaultDispatched(TICKET, CIRCUIT, CUSTOMER_AA, MON, NOTE, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 25 — a dispatch without a note carries an empty one")
    void art25_aDispatchWithoutANoteCarriesAnEmptyOne() {
        fixture.givenCommands(accepted())
                .when(new DispatchFault(TICKET, null, MON, AT))
                .expectEvents(new FaultDispatched(TICKET, CIRCUIT, CUSTOMER_AA, MON, "", CSSC, AT));
    }

    @Test
    @DisplayName("Art. 25 — no dispatch before MON accepted (409)")
    void art25_noDispatchBeforeAcceptance() {
        fixture.givenCommands(report())
                .when(dispatch())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_ACCEPTED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 25 — a ticket is dispatched once (409)")
    void art25_aTicketIsDispatchedOnce() {
        fixture.givenCommands(dispatched())
                .when(dispatch())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_WAITING_FOR_DISPATCH, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 24, 25 — a direct report CSSC accepted is not dispatched (409)")
    void art25_aDirectReportIsNotDispatched() {
        fixture.givenCommands(directReportAccepted())
                .when(dispatch())
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_WAITING_FOR_DISPATCH, CONFLICT, TICKET));
    }

    @ParameterizedTest(name = "Art. 25 — {0} does not dispatch")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "MON")
    @DisplayName("Art. 25 — only MON dispatches (403)")
    void art25_onlyMonDispatches(Department department) {
        fixture.givenCommands(accepted())
                .when(new DispatchFault(TICKET, NOTE, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.DISPATCH_FAULT, department));
    }

    // --- pre-diagnosis (Art. 26) ---

    @Test
    @DisplayName("Art. 26, 27 — not a core-network fault: CSSC keeps it to repair")
    void art26_notACoreNetworkFaultStaysWithCssc() {
        fixture.givenCommands(dispatched())
                .when(diagnose(false))
                .expectEvents(new FaultDiagnosed(TICKET, CIRCUIT, CUSTOMER_AA, false, LOCAL_REASONING, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 26, 28 — a core-network fault goes up to OMT at once, with CSSC's reasoning")
    void art26_aCoreNetworkFaultGoesToOmtAtOnce() {
        fixture.givenCommands(dispatched())
                .when(diagnose(true))
                .expectEvents(new FaultDiagnosed(TICKET, CIRCUIT, CUSTOMER_AA, true, CORE_REASONING, CSSC, AT),
                        new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, CSSC, OMT, EscalationDirection.UP,
                                CORE_REASONING, OMT, AT));
    }

    @Test
    @DisplayName("Art. 24, 26 — CSSC diagnoses a direct report it accepted, without a dispatch")
    void art26_csscDiagnosesADirectReportItAccepted() {
        fixture.givenCommands(directReportAccepted())
                .when(diagnose(false))
                .expectEvents(new FaultDiagnosed(TICKET, CIRCUIT, CUSTOMER_AA, false, LOCAL_REASONING, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 26 — the reasoning is kept without surrounding blanks")
    void art26_theReasoningIsStripped() {
        fixture.givenCommands(dispatched())
                .when(new DiagnoseFault(TICKET, false, " " + LOCAL_REASONING + " ", CSSC, AT))
                .expectEvents(new FaultDiagnosed(TICKET, CIRCUIT, CUSTOMER_AA, false, LOCAL_REASONING, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 26 — no diagnosis of a ticket not accepted (409)")
    void art26_noDiagnosisBeforeAcceptance() {
        fixture.givenCommands(directReport())
                .when(diagnose(false))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_ACCEPTED, CONFLICT, TICKET));
        fixture.givenCommands(report())
                .when(diagnose(true))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_ACCEPTED, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 25, 26 — no diagnosis before MON dispatched (409)")
    void art26_noDiagnosisBeforeDispatch() {
        fixture.givenCommands(accepted())
                .when(diagnose(false))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_WAITING_FOR_DIAGNOSIS, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 26 — a ticket is diagnosed once (409)")
    void art26_aTicketIsDiagnosedOnce() {
        fixture.givenCommands(heldAt(CSSC))
                .when(diagnose(true))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_WAITING_FOR_DIAGNOSIS, CONFLICT, TICKET));
        fixture.givenCommands(heldAt(OMT))
                .when(diagnose(false))
                .expectNoEvents()
                .expectException(refused(FAULT_NOT_WAITING_FOR_DIAGNOSIS, CONFLICT, TICKET));
    }

    @Test
    @DisplayName("Art. 26 — the reasoning is required")
    void art26_theReasoningIsRequired() {
        for (String reasoning : new String[]{null, "", " "}) {
            fixture.givenCommands(dispatched())
                    .when(new DiagnoseFault(TICKET, true, reasoning, CSSC, AT))
                    .expectNoEvents()
                    .expectException(refused(FAULT_REASONING_REQUIRED, INVALID));
        }
    }

    @ParameterizedTest(name = "Art. 26 — {0} does not diagnose")
    @EnumSource(value = Department.class, mode = EnumSource.Mode.EXCLUDE, names = "CSSC")
    @DisplayName("Art. 26 — only CSSC diagnoses (403)")
    void art26_onlyCsscDiagnoses(Department department) {
        fixture.givenCommands(dispatched())
                .when(new DiagnoseFault(TICKET, false, LOCAL_REASONING, department, AT))
                .expectNoEvents()
                .expectException(notAllowed(FaultStep.DIAGNOSE_FAULT, department));
    }
}
