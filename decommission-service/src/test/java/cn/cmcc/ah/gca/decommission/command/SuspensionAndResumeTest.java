package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.decommission.LastMileRestored;
import cn.cmcc.ah.gca.events.decommission.LastMileSuspended;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.RESUME;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.SUSPENSION;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 34: for a suspension (暂停) CSSC stops only the last mile of each circuit; the form completes with the last one
 * and lets its suspended circuits go. Decision (Art. 32–34): a suspended circuit is resumed (复机) by a form 5 GCD
 * dispatches, on which CSSC restores the last mile only.
 */
@DisplayName("Art. 32–34 — suspension (暂停) and resume (复机)")
class SuspensionAndResumeTest {

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

    // --- suspension ---

    @Test
    @DisplayName("Art. 33 — GCD dispatches a suspension of two circuits; each is held by it")
    void art33_gcdDispatchesASuspension() {
        fixture.givenNoPriorActivity()
                .when(dispatch(SUSPENSION, CIRCUIT, SECOND_CIRCUIT))
                .expectEvents(new StopFormDispatched(FORM, SUSPENSION, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT),
                        REASON, REQUESTED_DATE, List.of(), null, DISPATCHED_AT));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(opened(CIRCUIT, FORM, SUSPENSION, DISPATCHED_AT));
        assertThat(lines.eventsOf(SECOND_CIRCUIT))
                .containsExactly(opened(SECOND_CIRCUIT, FORM, SUSPENSION, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 34 — CSSC accepts the suspension; its move to stop the last miles")
    void art34_csscAcceptsTheSuspension() {
        fixture.givenCommands(dispatched(SUSPENSION, CIRCUIT, SECOND_CIRCUIT))
                .when(accept())
                .expectEvents(new StopFormAccepted(FORM, SUSPENSION, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT), NOTE,
                        ACCEPTED_AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, null));
    }

    @Test
    @DisplayName("Art. 34 — CSSC stops a circuit's last mile: the circuit is suspended in the same step")
    void art34_stoppingTheLastMileSuspendsTheCircuit() {
        fixture.givenCommands(accepted(SUSPENSION, CIRCUIT, SECOND_CIRCUIT))
                .when(suspend(CIRCUIT))
                .expectEvents(new LastMileSuspended(FORM, CIRCUIT, NOTE, AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, null));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, FORM, SUSPENSION, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.SUSPENDED, FORM, SUSPENSION, AT));
        assertThat(lines.eventsOf(SECOND_CIRCUIT))
                .containsExactly(opened(SECOND_CIRCUIT, FORM, SUSPENSION, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 34 — with the last circuit's last mile stopped the form completes and lets its circuits go")
    void art34_theLastLastMileCompletesTheSuspension() {
        fixture.givenCommands(steps(accepted(SUSPENSION, CIRCUIT, SECOND_CIRCUIT), suspend(CIRCUIT)))
                .when(suspend(SECOND_CIRCUIT))
                .expectEvents(new LastMileSuspended(FORM, SECOND_CIRCUIT, NOTE, AT),
                        new StopFormCompleted(FORM, SUSPENSION, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT), "", "",
                                AT))
                .expectResultMessagePayload(standing(Status.COMPLETED, null, null));

        for (String circuit : List.of(CIRCUIT, SECOND_CIRCUIT)) {
            assertThat(lines.eventsOf(circuit)).as(circuit).containsExactly(
                    opened(circuit, FORM, SUSPENSION, DISPATCHED_AT),
                    changed(circuit, CircuitStatus.SUSPENDED, FORM, SUSPENSION, AT),
                    closed(circuit, FORM, AT));
        }
    }

    @Test
    @DisplayName("Art. 34 — a circuit's last mile is stopped once (409)")
    void art34_aLastMileIsStoppedOnce() {
        fixture.givenCommands(steps(accepted(SUSPENSION, CIRCUIT, SECOND_CIRCUIT), suspend(CIRCUIT)))
                .when(suspend(CIRCUIT))
                .expectNoEvents()
                .expectException(refused(LAST_MILE_ALREADY_DONE, CONFLICT, FORM, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 34 — no last mile is stopped before CSSC accepted (409)")
    void art34_noSuspensionBeforeAcceptance() {
        fixture.givenCommands(dispatched(SUSPENSION, CIRCUIT))
                .when(suspend(CIRCUIT))
                .expectNoEvents()
                .expectException(refused(FORM_NOT_ACCEPTED, CONFLICT, FORM));
    }

    @Test
    @DisplayName("Art. 34 — only the form's circuits are suspended (422)")
    void art34_onlyTheFormsCircuitsAreSuspended() {
        fixture.givenCommands(accepted(SUSPENSION, CIRCUIT))
                .when(suspend(SECOND_CIRCUIT))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_NOT_ON_FORM, RULE_VIOLATION, FORM, SECOND_CIRCUIT));
    }

    @Test
    @DisplayName("Art. 34 — a permanent stop releases end to end: its last mile alone is not stopped (422)")
    void art34_aPermanentStopDoesNotSuspend() {
        fixture.givenCommands(accepted(PERMANENT_STOP, CIRCUIT))
                .when(suspend(CIRCUIT))
                .expectNoEvents()
                .expectException(refused(STEP_NOT_FOR_REQUEST_TYPE, RULE_VIOLATION, FORM, "永久停闭",
                        "PERMANENT_STOP"));
    }

    @Test
    @DisplayName("Art. 34 — a suspension has no status change in the resource management system (422)")
    void art34_aSuspensionHasNoStatusChange() {
        fixture.givenCommands(steps(accepted(SUSPENSION, CIRCUIT, SECOND_CIRCUIT), suspend(CIRCUIT)))
                .when(requestStatusChange(CORE_UNIT))
                .expectNoEvents()
                .expectException(refused(STEP_NOT_FOR_REQUEST_TYPE, RULE_VIOLATION, FORM, "暂停", "SUSPENSION"));
    }

    @Test
    @DisplayName("Art. 34 — a suspension restores nothing (422)")
    void art34_aSuspensionRestoresNothing() {
        fixture.givenCommands(accepted(SUSPENSION, CIRCUIT))
                .when(restore(CIRCUIT))
                .expectNoEvents()
                .expectException(refused(STEP_NOT_FOR_REQUEST_TYPE, RULE_VIOLATION, FORM, "暂停", "SUSPENSION"));
    }

    @Test
    @DisplayName("Art. 34 — a completed suspension takes no further step (409)")
    void art34_aCompletedSuspensionTakesNoFurtherStep() {
        fixture.givenCommands(steps(accepted(SUSPENSION, CIRCUIT), suspend(CIRCUIT)))
                .when(suspend(CIRCUIT))
                .expectNoEvents()
                .expectException(refused(FORM_COMPLETED, CONFLICT, FORM));
    }

    // --- resume (decision) ---

    @Test
    @DisplayName("Art. 32–34 — GCD dispatches the resume of a suspended circuit")
    void art32_gcdDispatchesTheResumeOfASuspendedCircuit() {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenNoPriorActivity()
                .when(dispatch(RESUME, CIRCUIT))
                .expectEvents(new StopFormDispatched(FORM, RESUME, CUSTOMER, List.of(CIRCUIT), REASON,
                        REQUESTED_DATE, List.of(), null, DISPATCHED_AT));

        assertThat(lines.eventsOf(CIRCUIT)).endsWith(opened(CIRCUIT, FORM, RESUME, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 32–34 — CSSC restores the last mile: the circuit is in service again and the resume completes")
    void art32_restoringTheLastMileCompletesTheResume() {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenCommands(accepted(RESUME, CIRCUIT))
                .when(restore(CIRCUIT))
                .expectEvents(new LastMileRestored(FORM, CIRCUIT, NOTE, AT),
                        new StopFormCompleted(FORM, RESUME, CUSTOMER, List.of(CIRCUIT), "", "", AT))
                .expectResultMessagePayload(standing(Status.COMPLETED, null, null));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, EARLIER_FORM, SUSPENSION, EARLIER),
                changed(CIRCUIT, CircuitStatus.SUSPENDED, EARLIER_FORM, SUSPENSION, EARLIER),
                closed(CIRCUIT, EARLIER_FORM, EARLIER),
                opened(CIRCUIT, FORM, RESUME, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.IN_SERVICE, FORM, RESUME, AT),
                closed(CIRCUIT, FORM, AT));
    }

    @Test
    @DisplayName("Art. 32–34 — a resume stops nothing (422)")
    void art32_aResumeStopsNothing() {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenCommands(accepted(RESUME, CIRCUIT))
                .when(suspend(CIRCUIT))
                .expectNoEvents()
                .expectException(refused(STEP_NOT_FOR_REQUEST_TYPE, RULE_VIOLATION, FORM, "复机", "RESUME"));
    }

    @Test
    @DisplayName("Art. 32–34 — a circuit suspended by one form 5 is resumed by the next")
    void art32_aCircuitSuspendedByOneFormIsResumedByTheNext() {
        fixture.givenCommands(accepted(SUSPENSION, CIRCUIT))
                .when(suspend(CIRCUIT))
                .expectSuccessfulHandlerExecution();

        AggregateTestFixture<StopForm> resume = new AggregateTestFixture<>(StopForm.class);
        resume.registerInjectableResource(lines.lines());
        resume.givenCommands(aStopForm(RESUME, CIRCUIT).numbered(OTHER_FORM).dispatch(),
                        new AcceptStopForm(OTHER_FORM, null, NOTE, CSSC, ACCEPTED_AT))
                .when(new RestoreLastMile(OTHER_FORM, CIRCUIT, NOTE, CSSC, AT))
                .expectEvents(new LastMileRestored(OTHER_FORM, CIRCUIT, NOTE, AT),
                        new StopFormCompleted(OTHER_FORM, RESUME, CUSTOMER, List.of(CIRCUIT), "", "", AT));

        assertThat(lines.eventsOf(CIRCUIT)).endsWith(
                changed(CIRCUIT, CircuitStatus.SUSPENDED, FORM, SUSPENSION, AT),
                closed(CIRCUIT, FORM, AT),
                opened(CIRCUIT, OTHER_FORM, RESUME, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.IN_SERVICE, OTHER_FORM, RESUME, AT),
                closed(CIRCUIT, OTHER_FORM, AT));
    }
}
