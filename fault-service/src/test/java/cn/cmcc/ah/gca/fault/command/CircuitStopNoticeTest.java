package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultCircuitStopRequested;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.SUSPENSION;
import static cn.cmcc.ah.gca.fault.command.FaultTestData.*;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.REPAIRING;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.REPORTED;

/**
 * Art. 33–34: a circuit with an open fault ticket is stopped or suspended only with a stated reason, and the ticket is
 * told — once per form 5, so that a redelivered or replayed form changes nothing. The ticket goes on as before, with
 * its status and holder; an archived ticket is closed and told nothing.
 */
@DisplayName("Art. 33–34 — an open ticket is told when a form 5 stops its circuit")
class CircuitStopNoticeTest {

    private AggregateTestFixture<FaultTicket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FaultTicket.class);
    }

    private static FaultCircuitStopRequested told(String formId, StopRequestType type, Department holder) {
        return new FaultCircuitStopRequested(TICKET, CIRCUIT, CUSTOMER_AA, formId, type, STOP_REASON, holder, AT);
    }

    @Test
    @DisplayName("Art. 33 — a permanent stop is told to the ticket being repaired, with GCD's reason and its holder")
    void art33_aPermanentStopIsToldToTheTicketWithTheReasonAndItsHolder() {
        fixture.givenCommands(heldAt(OMT))
                .when(circuitStop(PERMANENT_STOP))
                .expectEvents(told(STOP_FORM, PERMANENT_STOP, OMT))
                .expectResultMessagePayload(new TicketState(REPAIRING, OMT));
    }

    @Test
    @DisplayName("Art. 34 — a suspension is told too, to a ticket not yet accepted")
    void art34_aSuspensionIsToldToo() {
        fixture.givenCommands(report())
                .when(circuitStop(SUSPENSION))
                .expectEvents(told(STOP_FORM, SUSPENSION, MON))
                .expectResultMessagePayload(new TicketState(REPORTED, MON));
    }

    @Test
    @DisplayName("Art. 33 — the same form is told once: a redelivered or replayed form changes nothing")
    void art33_theSameFormIsToldOnce() {
        fixture.givenCommands(steps(heldAt(CSSC), circuitStop(SUSPENSION)))
                .when(circuitStop(SUSPENSION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new TicketState(REPAIRING, CSSC));
    }

    @Test
    @DisplayName("Art. 33–34 — another form on the same circuit is told again (a suspension, then the permanent stop)")
    void art33_34_anotherFormIsToldAgain() {
        fixture.givenCommands(steps(heldAt(CSSC), circuitStop(SUSPENSION)))
                .when(circuitStop("SD-2026-000002", PERMANENT_STOP))
                .expectEvents(told("SD-2026-000002", PERMANENT_STOP, CSSC));
    }

    @Test
    @DisplayName("Art. 24 — an archived ticket is closed: told nothing, and nothing is refused")
    void art24_anArchivedTicketIsToldNothing() {
        fixture.givenCommands(archived(CSSC))
                .when(circuitStop(PERMANENT_STOP))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "Art. 32–34 — a form 5 asking for {0} does not stop the circuit: nothing to tell")
    @EnumSource(value = StopRequestType.class, names = {"RESUME", "ADJUSTMENT"})
    @DisplayName("Art. 32–34 — only a permanent stop or a suspension is told")
    void art32_34_aFormThatDoesNotStopTheCircuitIsNotTold(StopRequestType type) {
        fixture.givenCommands(heldAt(CSSC))
                .when(circuitStop(type))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 33 — a form naming other circuits only is not this ticket's: nothing to tell")
    void art33_aFormNamingOtherCircuitsOnlyIsNotTold() {
        fixture.givenCommands(heldAt(CSSC))
                .when(new NoteCircuitStop(TICKET, STOP_FORM, PERMANENT_STOP, List.of("AH-HF-ZX-000882"), STOP_REASON,
                        AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 33 — a form without a reason is still told, the reason empty")
    void art33_aFormWithoutAReasonIsStillTold() {
        fixture.givenCommands(heldAt(CSSC))
                .when(new NoteCircuitStop(TICKET, STOP_FORM, PERMANENT_STOP, List.of(CIRCUIT), null, AT))
                .expectEvents(new FaultCircuitStopRequested(TICKET, CIRCUIT, CUSTOMER_AA, STOP_FORM, PERMANENT_STOP,
                        "", CSSC, AT));
    }

    // --- the ticket goes on as before

    @Test
    @DisplayName("Art. 24, 33 — told before its acceptance, the ticket is still MON's to accept")
    void art24_33_toldBeforeAcceptance_monStillAccepts() {
        fixture.givenCommands(steps(report(), circuitStop(SUSPENSION)))
                .when(accept(MON))
                .expectEvents(new FaultAccepted(TICKET, CIRCUIT, CUSTOMER_AA, MON, MON, ACCEPTED_AT));
    }

    @Test
    @DisplayName("Art. 29, 33 — told while OMT repairs, OMT still holds it and replies its repair")
    void art29_33_toldWhileOmtRepairs_omtStillRepairs() {
        fixture.givenCommands(steps(heldAt(OMT), circuitStop(PERMANENT_STOP)))
                .when(repair(OMT))
                .expectEvents(new FaultRepaired(TICKET, CIRCUIT, CUSTOMER_AA, OMT, CAUSE, ACTION, CSSC, AT));
    }

    @Test
    @DisplayName("Art. 30, 33 — told while OMT repairs, OMT still escalates it to PND")
    void art30_33_toldWhileOmtRepairs_omtStillEscalates() {
        fixture.givenCommands(steps(heldAt(OMT), circuitStop(PERMANENT_STOP)))
                .when(escalate(OMT))
                .expectEvents(new FaultEscalated(TICKET, CIRCUIT, CUSTOMER_AA, OMT, PND, EscalationDirection.UP,
                        PROVINCIAL_REASON, PND, AT));
    }
}
