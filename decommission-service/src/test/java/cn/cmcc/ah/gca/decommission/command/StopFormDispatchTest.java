package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.ADJUSTMENT;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.RESUME;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.SUSPENSION;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 33: GCD dispatches a form 5 for a permanent stop or a suspension (a resume by decision) of circuits provisioning
 * activated, all of one customer, with a reason and a requested date; a circuit with an open fault ticket only with a
 * stated reason, and the tickets are told. Art. 32–34: a circuit is held by one open form 5 at a time, and only a
 * circuit where the request can apply: never a stopped one, no suspension of a suspended one, no resume of one in
 * service. A refused dispatch leaves every circuit as it was.
 */
@DisplayName("Art. 32–33 — dispatching a form 5, and where its circuits must stand")
class StopFormDispatchTest {

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

    // --- what the form carries ---

    @Test
    @DisplayName("Art. 33 — each circuit is named once, without surrounding blanks, in the caller's order")
    void art33_eachCircuitIsNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(new DispatchStopForm(FORM, PERMANENT_STOP,
                        Arrays.asList(" " + SECOND_CIRCUIT + " ", CIRCUIT, SECOND_CIRCUIT, " ", null),
                        known(CIRCUIT, SECOND_CIRCUIT), Map.of(), " " + REASON + " ", " " + REQUESTED_DATE + " ",
                        null, GCD, DISPATCHED_AT))
                .expectEvents(new StopFormDispatched(FORM, PERMANENT_STOP, CUSTOMER, List.of(SECOND_CIRCUIT, CIRCUIT),
                        REASON, REQUESTED_DATE, List.of(), null, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 33 — a form 5 names at least one circuit (400)")
    void art33_aFormNamesAtLeastOneCircuit() {
        fixture.givenNoPriorActivity()
                .when(dispatch(PERMANENT_STOP))
                .expectNoEvents()
                .expectException(refused(STOP_CIRCUITS_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 33 — blank circuit ids are no circuits (400)")
    void art33_blankCircuitIdsAreNoCircuits() {
        fixture.givenNoPriorActivity()
                .when(dispatch(SUSPENSION, " ", ""))
                .expectNoEvents()
                .expectException(refused(STOP_CIRCUITS_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 33 — only circuits provisioning activated are stopped (422)")
    void art33_onlyActivatedCircuitsAreStopped() {
        fixture.givenNoPriorActivity()
                .when(dispatch(PERMANENT_STOP, CIRCUIT, UNKNOWN_CIRCUIT))
                .expectNoEvents()
                .expectException(refused(STOP_CIRCUIT_UNKNOWN, RULE_VIOLATION, UNKNOWN_CIRCUIT));

        assertThat(lines.eventsOf(CIRCUIT)).as("the known circuit is not held by a refused form").isEmpty();
    }

    @Test
    @DisplayName("Art. 33 — a form 5 is for the circuits of one customer (422)")
    void art33_aFormIsForOneCustomer() {
        fixture.givenNoPriorActivity()
                .when(dispatch(SUSPENSION, CIRCUIT, OTHER_CUSTOMERS_CIRCUIT))
                .expectNoEvents()
                .expectException(refused(STOP_CIRCUITS_OF_SEVERAL_CUSTOMERS, RULE_VIOLATION,
                        CIRCUIT + ", " + OTHER_CUSTOMERS_CIRCUIT));
    }

    @Test
    @DisplayName("Art. 33 — a form 5 gives its reason (400)")
    void art33_aFormGivesItsReason() {
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).because("  ").dispatch())
                .expectNoEvents()
                .expectException(refused(STOP_REASON_REQUIRED, INVALID));
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).because(null).dispatch())
                .expectNoEvents()
                .expectException(refused(STOP_REASON_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 33 — the requested date is a date (400)")
    void art33_theRequestedDateIsADate() {
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).requestedFor("2026-13-01").dispatch())
                .expectNoEvents()
                .expectException(refused(STOP_REQUESTED_DATE_INVALID, INVALID, "2026-13-01"));
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).requestedFor("15/12/2026").dispatch())
                .expectNoEvents()
                .expectException(refused(STOP_REQUESTED_DATE_INVALID, INVALID, "15/12/2026"));
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).requestedFor(null).dispatch())
                .expectNoEvents()
                .expectException(refused(STOP_REQUESTED_DATE_INVALID, INVALID, "null"));
    }

    @Test
    @DisplayName("Art. 33, 35 — an adjustment is not dispatched as a stop: it is requested with its form 1 (400)")
    void art35_anAdjustmentIsNotDispatchedAsAStop() {
        fixture.givenNoPriorActivity()
                .when(dispatch(ADJUSTMENT, CIRCUIT))
                .expectNoEvents()
                .expectException(refused(STOP_REQUEST_TYPE_NOT_A_STOP, INVALID, "ADJUSTMENT"));
        fixture.givenNoPriorActivity()
                .when(dispatch(null, CIRCUIT))
                .expectNoEvents()
                .expectException(refused(STOP_REQUEST_TYPE_NOT_A_STOP, INVALID, "null"));
    }

    // --- open fault tickets (decision on Art. 33–34) ---

    @Test
    @DisplayName("Art. 33–34 — circuits with open fault tickets are not stopped without a reason (422)")
    void art33_openFaultTicketsNeedAReason() {
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT, SECOND_CIRCUIT)
                        .withOpenTickets(CIRCUIT, TICKET)
                        .withOpenTickets(SECOND_CIRCUIT, SECOND_TICKET)
                        .stoppedEvenSoBecause(" ")
                        .dispatch())
                .expectNoEvents()
                .expectException(refused(STOP_OPEN_FAULT_TICKETS, RULE_VIOLATION, CIRCUIT + ", " + SECOND_CIRCUIT,
                        TICKET + ", " + SECOND_TICKET));
    }

    @Test
    @DisplayName("Art. 33–34 — a suspension of a circuit with an open ticket needs the reason too (422)")
    void art34_aSuspensionWithAnOpenTicketNeedsTheReason() {
        fixture.givenNoPriorActivity()
                .when(aStopForm(SUSPENSION, CIRCUIT, SECOND_CIRCUIT).withOpenTickets(SECOND_CIRCUIT, TICKET).dispatch())
                .expectNoEvents()
                .expectException(refused(STOP_OPEN_FAULT_TICKETS, RULE_VIOLATION, SECOND_CIRCUIT, TICKET));
    }

    @Test
    @DisplayName("Art. 33–34 — with the reason stated, the form carries the open tickets, to be told")
    void art33_withTheReasonTheFormCarriesTheTickets() {
        fixture.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT, SECOND_CIRCUIT)
                        .withOpenTickets(CIRCUIT, TICKET, SECOND_TICKET)
                        .stoppedEvenSoBecause(" " + TICKET_REASON + " ")
                        .dispatch())
                .expectEvents(new StopFormDispatched(FORM, PERMANENT_STOP, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT),
                        REASON, REQUESTED_DATE, List.of(TICKET, SECOND_TICKET), TICKET_REASON, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 32–34 — a resume is not held up by open tickets: it brings the circuit back")
    void art34_aResumeIsNotHeldUpByOpenTickets() {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(aStopForm(RESUME, CIRCUIT).withOpenTickets(CIRCUIT, TICKET).dispatch())
                .expectEvents(new StopFormDispatched(FORM, RESUME, CUSTOMER, List.of(CIRCUIT), REASON,
                        REQUESTED_DATE, List.of(), null, DISPATCHED_AT));
    }

    // --- where each circuit stands (Art. 32–34) ---

    @Test
    @DisplayName("Art. 32, 34 — a stopped circuit is not stopped again (409)")
    void art32_aStoppedCircuitIsNotStoppedAgain() {
        lines.given(CIRCUIT, stoppedEarlier(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(dispatch(PERMANENT_STOP, CIRCUIT))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ALREADY_STOPPED, CONFLICT, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 32, 34 — a stopped circuit is neither suspended nor resumed (409)")
    void art32_aStoppedCircuitIsNeitherSuspendedNorResumed() {
        lines.given(CIRCUIT, stoppedEarlier(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(dispatch(SUSPENSION, CIRCUIT))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ALREADY_STOPPED, CONFLICT, CIRCUIT));
        fixture.givenNoPriorActivity()
                .when(dispatch(RESUME, CIRCUIT))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ALREADY_STOPPED, CONFLICT, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 32, 34 — a suspended circuit is not suspended again (409)")
    void art32_aSuspendedCircuitIsNotSuspendedAgain() {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(dispatch(SUSPENSION, CIRCUIT))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ALREADY_SUSPENDED, CONFLICT, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 32–34 — a circuit in service is not resumed (409)")
    void art32_aCircuitInServiceIsNotResumed() {
        fixture.givenNoPriorActivity()
                .when(dispatch(RESUME, CIRCUIT))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_NOT_SUSPENDED, CONFLICT, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 33 — a circuit held by another open form 5 is not named by a second one (409)")
    void art33_aCircuitOnAnotherOpenFormIsNotNamedAgain() {
        lines.given(SECOND_CIRCUIT, heldByAnotherForm(SECOND_CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(dispatch(PERMANENT_STOP, CIRCUIT, SECOND_CIRCUIT))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ON_OPEN_FORM, CONFLICT, SECOND_CIRCUIT, OTHER_FORM));

        assertThat(lines.eventsOf(CIRCUIT)).as("a refused dispatch holds none of its circuits").isEmpty();
        assertThat(lines.eventsOf(SECOND_CIRCUIT)).containsExactlyElementsOf(heldByAnotherForm(SECOND_CIRCUIT));
    }

    @Test
    @DisplayName("Art. 33 — once one form 5 holds a circuit, the next form naming it is refused (409)")
    void art33_theFormHoldingACircuitKeepsTheNextOneOff() {
        fixture.givenNoPriorActivity()
                .when(dispatch(SUSPENSION, CIRCUIT))
                .expectSuccessfulHandlerExecution();

        AggregateTestFixture<StopForm> next = new AggregateTestFixture<>(StopForm.class);
        next.registerInjectableResource(lines.lines());
        next.givenNoPriorActivity()
                .when(aStopForm(PERMANENT_STOP, CIRCUIT).numbered(OTHER_FORM).dispatch())
                .expectNoEvents()
                .expectException(refused(CIRCUIT_ON_OPEN_FORM, CONFLICT, CIRCUIT, FORM));
    }
}
