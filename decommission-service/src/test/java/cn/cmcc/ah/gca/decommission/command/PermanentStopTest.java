package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeConfirmed;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeRequested;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.RMU;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.SUSPENSION;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Art. 34: CSSC accepts a permanent stop, organises the end-to-end release of every circuit's resources (core, access
 * backbone, last mile), then the status change in the resource management system, which each unit named confirms;
 * the form completes with the last confirmation and lets its circuits go, stopped.
 */
@DisplayName("Art. 32–34 — permanent stop (永久停闭)")
class PermanentStopTest {

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

    // --- acceptance ---

    @Test
    @DisplayName("Art. 33 — GCD dispatches a permanent stop of several circuits of one customer; each is held by it")
    void art33_gcdDispatchesAPermanentStopOfSeveralCircuits() {
        fixture.givenNoPriorActivity()
                .when(dispatch(PERMANENT_STOP, CIRCUIT, SECOND_CIRCUIT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StopFormDispatched(FORM, PERMANENT_STOP, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT),
                        REASON, REQUESTED_DATE, List.of(), null, DISPATCHED_AT));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(opened(CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT));
        assertThat(lines.eventsOf(SECOND_CIRCUIT))
                .containsExactly(opened(SECOND_CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 34 — CSSC accepts the permanent stop; its move to release")
    void art34_csscAcceptsThePermanentStop() {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT, SECOND_CIRCUIT))
                .when(accept())
                .expectEvents(new StopFormAccepted(FORM, PERMANENT_STOP, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT),
                        NOTE, ACCEPTED_AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, null));
    }

    @Test
    @DisplayName("Art. 34 — an acceptance without a note carries an empty one")
    void art34_anAcceptanceWithoutANoteCarriesAnEmptyOne() {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT))
                .when(new AcceptStopForm(FORM, null, null, CSSC, ACCEPTED_AT))
                .expectEvents(new StopFormAccepted(FORM, PERMANENT_STOP, CUSTOMER, List.of(CIRCUIT), "",
                        ACCEPTED_AT));
    }

    @Test
    @DisplayName("Art. 34 — a form 5 is accepted once (409)")
    void art34_aFormIsAcceptedOnce() {
        fixture.givenCommands(permanentStopAccepted())
                .when(accept())
                .expectNoEvents()
                .expectException(refused(FORM_ALREADY_ACCEPTED, CONFLICT, FORM));
    }

    @Test
    @DisplayName("Art. 36–37 — a stop form is accepted without an adjustment's classification (400)")
    void art36_aStopFormIsAcceptedWithoutAClassification() {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT))
                .when(new AcceptStopForm(FORM, AdjustmentClassification.RE_ALLOCATION,
                        NOTE, CSSC, ACCEPTED_AT))
                .expectNoEvents()
                .expectException(refused(CLASSIFICATION_ONLY_FOR_ADJUSTMENTS, INVALID, FORM));
    }

    // --- release, segment by segment ---

    @Test
    @DisplayName("Art. 34 — CSSC releases a circuit's core; the circuit is not stopped yet")
    void art34_csscReleasesTheCore() {
        fixture.givenCommands(permanentStopAccepted())
                .when(release(CIRCUIT, Segment.CORE))
                .expectEvents(new ResourceReleased(FORM, CIRCUIT, Segment.CORE, RELEASE_NOTE, AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, null));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(opened(CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 34 — with its third segment released the circuit is stopped, in the same step")
    void art34_theThirdSegmentStopsTheCircuit() {
        fixture.givenCommands(steps(permanentStopAccepted(), release(CIRCUIT, Segment.CORE),
                        release(CIRCUIT, Segment.LAST_MILE)))
                .when(release(CIRCUIT, Segment.ACCESS_BACKBONE))
                .expectEvents(new ResourceReleased(FORM, CIRCUIT, Segment.ACCESS_BACKBONE, RELEASE_NOTE, AT));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.STOPPED, FORM, PERMANENT_STOP, AT));
        assertThat(lines.eventsOf(SECOND_CIRCUIT))
                .containsExactly(opened(SECOND_CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 34 — a circuit's events are its own aggregate's, numbered in its own sequence")
    void art34_aCircuitsEventsCarryItsOwnSequence() {
        fixture.givenCommands(steps(permanentStopAccepted(), releaseEndToEnd(CIRCUIT)))
                .when(release(SECOND_CIRCUIT, Segment.CORE))
                .expectSuccessfulHandlerExecution();

        assertThat(lines.messagesOf(CIRCUIT))
                .extracting(DomainEventMessage::getType, DomainEventMessage::getAggregateIdentifier,
                        DomainEventMessage::getSequenceNumber)
                .containsExactly(tuple("CircuitLine", CIRCUIT, 0L),
                        tuple("CircuitLine", CIRCUIT, 1L));
    }

    @Test
    @DisplayName("Art. 34 — a suspended circuit may be stopped for good")
    void art34_aSuspendedCircuitMayBeStoppedForGood() {
        lines.given(CIRCUIT, suspendedEarlier(CIRCUIT));

        fixture.givenCommands(steps(accepted(PERMANENT_STOP, CIRCUIT), release(CIRCUIT, Segment.CORE),
                        release(CIRCUIT, Segment.ACCESS_BACKBONE)))
                .when(release(CIRCUIT, Segment.LAST_MILE))
                .expectEvents(new ResourceReleased(FORM, CIRCUIT, Segment.LAST_MILE, RELEASE_NOTE, AT));

        assertThat(lines.eventsOf(CIRCUIT)).containsSequence(
                opened(CIRCUIT, FORM, PERMANENT_STOP, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.STOPPED, FORM, PERMANENT_STOP, AT));
    }

    @Test
    @DisplayName("Art. 34 — a release without a note carries an empty one")
    void art34_aReleaseWithoutANoteCarriesAnEmptyOne() {
        fixture.givenCommands(permanentStopAccepted())
                .when(new ReleaseResource(FORM, CIRCUIT, Segment.CORE, null, CSSC, AT))
                .expectEvents(new ResourceReleased(FORM, CIRCUIT, Segment.CORE, "", AT));
    }

    @Test
    @DisplayName("Art. 34 — no release before CSSC accepted (409)")
    void art34_noReleaseBeforeAcceptance() {
        fixture.givenCommands(dispatched(PERMANENT_STOP, CIRCUIT))
                .when(release(CIRCUIT, Segment.CORE))
                .expectNoEvents()
                .expectException(refused(FORM_NOT_ACCEPTED, CONFLICT, FORM));
    }

    @Test
    @DisplayName("Art. 34 — a segment is released once: the last mile twice is refused (409)")
    void art34_theLastMileIsReleasedOnce() {
        fixture.givenCommands(steps(permanentStopAccepted(), release(CIRCUIT, Segment.LAST_MILE)))
                .when(release(CIRCUIT, Segment.LAST_MILE))
                .expectNoEvents()
                .expectException(refused(SEGMENT_ALREADY_RELEASED, CONFLICT, FORM, CIRCUIT, "LAST_MILE",
                        "接入末端"));
    }

    @Test
    @DisplayName("Art. 34 — a release names its segment (400)")
    void art34_aReleaseNamesItsSegment() {
        fixture.givenCommands(permanentStopAccepted())
                .when(release(CIRCUIT, null))
                .expectNoEvents()
                .expectException(refused(SEGMENT_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 34 — only the form's circuits are released (422)")
    void art34_onlyTheFormsCircuitsAreReleased() {
        fixture.givenCommands(accepted(PERMANENT_STOP, CIRCUIT))
                .when(release(SECOND_CIRCUIT, Segment.CORE))
                .expectNoEvents()
                .expectException(refused(CIRCUIT_NOT_ON_FORM, RULE_VIOLATION, FORM, SECOND_CIRCUIT));
    }

    @Test
    @DisplayName("Art. 34 — a suspension releases nothing: it stops the last mile only (422)")
    void art34_aSuspensionReleasesNothing() {
        fixture.givenCommands(accepted(SUSPENSION, CIRCUIT))
                .when(release(CIRCUIT, Segment.CORE))
                .expectNoEvents()
                .expectException(refused(STEP_NOT_FOR_REQUEST_TYPE, RULE_VIOLATION, FORM, "暂停", "SUSPENSION"));
    }

    // --- the status change in the resource management system ---

    @Test
    @DisplayName("Art. 34 — every circuit released, CSSC tells the units named; theirs the move")
    void art34_csscTellsTheUnitsOnceAllIsReleased() {
        fixture.givenCommands(allReleased())
                .when(requestStatusChange(CORE_UNIT, ACCESS_UNIT))
                .expectEvents(new StopStatusChangeRequested(FORM, List.of(CORE_UNIT, ACCESS_UNIT), AT))
                .expectResultMessagePayload(standing(Status.STATUS_CHANGE, RMU, null));
    }

    @Test
    @DisplayName("Art. 34 — each unit is told once, however often named or padded")
    void art34_eachUnitIsToldOnce() {
        fixture.givenCommands(allReleased())
                .when(requestStatusChange(CORE_UNIT, " " + CORE_UNIT + " ", ACCESS_UNIT, " "))
                .expectEvents(new StopStatusChangeRequested(FORM, List.of(CORE_UNIT, ACCESS_UNIT), AT));
    }

    @Test
    @DisplayName("Art. 34 — no status change before every circuit is released end to end (409)")
    void art34_noStatusChangeBeforeAllIsReleased() {
        fixture.givenCommands(steps(permanentStopAccepted(), releaseEndToEnd(CIRCUIT),
                        release(SECOND_CIRCUIT, Segment.CORE)))
                .when(requestStatusChange(CORE_UNIT))
                .expectNoEvents()
                .expectException(refused(RELEASE_NOT_COMPLETE, CONFLICT, FORM, SECOND_CIRCUIT));
    }

    @Test
    @DisplayName("Art. 34 — the units are told once (409)")
    void art34_theUnitsAreToldOnce() {
        fixture.givenCommands(statusChangeRequested())
                .when(requestStatusChange(TRANSPORT_UNIT))
                .expectNoEvents()
                .expectException(refused(STATUS_CHANGE_ALREADY_REQUESTED, CONFLICT, FORM));
    }

    @Test
    @DisplayName("Art. 34 — the status change names at least one unit (400)")
    void art34_theStatusChangeNamesAUnit() {
        fixture.givenCommands(allReleased())
                .when(requestStatusChange(" "))
                .expectNoEvents()
                .expectException(refused(STATUS_UNITS_REQUIRED, INVALID));
    }

    @Test
    @DisplayName("Art. 34 — only configured units are told (422)")
    void art34_onlyConfiguredUnitsAreTold() {
        fixture.givenCommands(allReleased())
                .when(requestStatusChange(CORE_UNIT, "RMU-WIRELESS"))
                .expectNoEvents()
                .expectException(refused(STATUS_UNIT_UNKNOWN, RULE_VIOLATION, FORM, "RMU-WIRELESS"));
    }

    @Test
    @DisplayName("Art. 34 — a unit confirms its status change; the others still to confirm")
    void art34_aUnitConfirmsItsStatusChange() {
        fixture.givenCommands(statusChangeRequested())
                .when(confirmStatusChange(CORE_UNIT))
                .expectEvents(new StopStatusChangeConfirmed(FORM, CORE_UNIT, NOTE, AT))
                .expectResultMessagePayload(standing(Status.STATUS_CHANGE, RMU, null));
    }

    @Test
    @DisplayName("Art. 34 — with the last unit's confirmation the form completes and lets its stopped circuits go")
    void art34_theLastConfirmationCompletesTheForm() {
        fixture.givenCommands(steps(statusChangeRequested(), confirmStatusChange(CORE_UNIT)))
                .when(confirmStatusChange(ACCESS_UNIT))
                .expectEvents(new StopStatusChangeConfirmed(FORM, ACCESS_UNIT, NOTE, AT),
                        new StopFormCompleted(FORM, PERMANENT_STOP, CUSTOMER, List.of(CIRCUIT, SECOND_CIRCUIT), "",
                                "", AT))
                .expectResultMessagePayload(standing(Status.COMPLETED, null, null));

        for (String circuit : List.of(CIRCUIT, SECOND_CIRCUIT)) {
            assertThat(lines.eventsOf(circuit)).as(circuit).containsExactly(
                    opened(circuit, FORM, PERMANENT_STOP, DISPATCHED_AT),
                    changed(circuit, CircuitStatus.STOPPED, FORM, PERMANENT_STOP, AT),
                    closed(circuit, FORM, AT));
        }
    }

    @Test
    @DisplayName("Art. 34 — an RMU token that names no unit confirms for the unit it gives")
    void art34_aTokenWithoutAUnitConfirmsForTheUnitGiven() {
        fixture.givenCommands(statusChangeRequested())
                .when(new ConfirmStatusChange(FORM, ACCESS_UNIT, null, Optional.empty(), RMU, AT))
                .expectEvents(new StopStatusChangeConfirmed(FORM, ACCESS_UNIT, "", AT));
    }

    @Test
    @DisplayName("Art. 34 — no confirmation before CSSC told the units (409)")
    void art34_noConfirmationBeforeTheUnitsAreTold() {
        fixture.givenCommands(allReleased())
                .when(confirmStatusChange(CORE_UNIT))
                .expectNoEvents()
                .expectException(refused(STATUS_CHANGE_NOT_REQUESTED, CONFLICT, FORM));
    }

    @Test
    @DisplayName("Art. 34 — a unit not named does not confirm (422)")
    void art34_aUnitNotNamedDoesNotConfirm() {
        fixture.givenCommands(statusChangeRequested())
                .when(confirmStatusChange(TRANSPORT_UNIT))
                .expectNoEvents()
                .expectException(refused(STATUS_UNIT_NOT_NAMED, RULE_VIOLATION, FORM, TRANSPORT_UNIT));
    }

    @Test
    @DisplayName("Art. 34 — a unit confirms once (409)")
    void art34_aUnitConfirmsOnce() {
        fixture.givenCommands(steps(statusChangeRequested(), confirmStatusChange(CORE_UNIT)))
                .when(confirmStatusChange(CORE_UNIT))
                .expectNoEvents()
                .expectException(refused(STATUS_CHANGE_ALREADY_CONFIRMED, CONFLICT, FORM, CORE_UNIT));
    }

    @Test
    @DisplayName("Art. 34 — a unit's token confirms for that unit only, not for another (403)")
    void art34_aUnitsTokenConfirmsForItselfOnly() {
        fixture.givenCommands(statusChangeRequested())
                .when(new ConfirmStatusChange(FORM, CORE_UNIT, NOTE, Optional.of(ACCESS_UNIT), RMU, AT))
                .expectNoEvents()
                .expectException(refused(NOT_OWN_RESOURCE_UNIT, FORBIDDEN, FORM, CORE_UNIT, ACCESS_UNIT));
    }

    // --- nothing after completion ---

    static Stream<Object> stepsAfterCompletion() {
        return Stream.of(accept(), release(CIRCUIT, Segment.CORE), requestStatusChange(TRANSPORT_UNIT),
                confirmStatusChange(CORE_UNIT));
    }

    @ParameterizedTest(name = "Art. 34 — {0}")
    @MethodSource("stepsAfterCompletion")
    @DisplayName("Art. 34 — a completed form takes no further step (409)")
    void art34_aCompletedFormTakesNoFurtherStep(Object step) {
        fixture.givenCommands(permanentStopCompleted())
                .when(step)
                .expectNoEvents()
                .expectException(refused(FORM_COMPLETED, CONFLICT, FORM));
    }
}
