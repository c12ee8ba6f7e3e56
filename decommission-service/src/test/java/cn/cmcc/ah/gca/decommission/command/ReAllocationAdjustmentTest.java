package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeConfirmed;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeRequested;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.RMU;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.ADJUSTMENT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 36 (and 32): an adjustment that needs resources re-allocated or re-built runs pre-sale and in-sale as a new
 * line, and the new line is activated first; only then is the old circuit permanently stopped (released end to end,
 * its status changed), and the adjustment completes with the new line's circuit. Art. 4 (decision): when GCD asked
 * for it with a reason, the old circuit is stopped first, and the adjustment completes once the new line is in service.
 */
@DisplayName("Art. 4, 32, 36 — an adjustment by re-allocation: the new line first, then the old circuit's stop")
class ReAllocationAdjustmentTest {

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

    // --- new first (Art. 32, 36) ---

    @Test
    @DisplayName("Art. 32, 36 — the old circuit is not released while the new line waits for its form 1 (409)")
    void art36_noReleaseBeforeTheFormOne() {
        fixture.givenCommands(reAllocationAccepted())
                .when(releaseOld(Segment.CORE))
                .expectNoEvents()
                .expectException(refused(ADJUSTMENT_NEW_LINE_NOT_ACTIVATED, CONFLICT, ADJUSTMENT_FORM, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 32, 36 — the old circuit is not released before the new line is in service (409)")
    void art36_noReleaseBeforeTheNewLine() {
        fixture.givenCommands(steps(reAllocationLinked(), link(AdjustmentLinkKind.NEW_LINE_DEMAND, NEW_LINE_DEMAND)))
                .when(releaseOld(Segment.LAST_MILE))
                .expectNoEvents()
                .expectException(refused(ADJUSTMENT_NEW_LINE_NOT_ACTIVATED, CONFLICT, ADJUSTMENT_FORM, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 32, 36 — nor is its status change passed before the new line is in service (409)")
    void art36_noStatusChangeBeforeTheNewLine() {
        fixture.givenCommands(reAllocationLinked())
                .when(requestOldStatusChange())
                .expectNoEvents()
                .expectException(refused(ADJUSTMENT_NEW_LINE_NOT_ACTIVATED, CONFLICT, ADJUSTMENT_FORM, CIRCUIT));
    }

    @Test
    @DisplayName("Art. 35 — the adjustment's form 1 is linked: it now waits for the new line")
    void art35_theFormOneIsLinked() {
        fixture.givenCommands(reAllocationAccepted())
                .when(link(AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM))
                .expectEvents(new AdjustmentLinked(ADJUSTMENT_FORM, AdjustmentLinkKind.CONFIRMATION_FORM,
                        CONFIRMATION_FORM, AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, null, AdjustmentWait.NEW_LINE_ACTIVATION));
    }

    @Test
    @DisplayName("Art. 36 — the new line is in service: the old circuit's stop is CSSC's to start")
    void art36_theNewLineInServiceStartsTheOldCircuitsStop() {
        fixture.givenCommands(steps(reAllocationLinked(), link(AdjustmentLinkKind.NEW_LINE_DEMAND, NEW_LINE_DEMAND)))
                .when(newLineActivated())
                .expectEvents(new AdjustmentNewLineActivated(ADJUSTMENT_FORM, CIRCUIT, NEW_CIRCUIT, NEW_LINE_DEMAND,
                        AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, null));

        assertThat(lines.eventsOf(CIRCUIT)).as("the old circuit is untouched until released")
                .containsExactly(opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 36 — with the new line in service CSSC releases the old circuit; the third segment stops it")
    void art36_csscReleasesTheOldCircuit() {
        fixture.givenCommands(steps(newLineInService(), releaseOld(Segment.CORE), releaseOld(Segment.ACCESS_BACKBONE)))
                .when(releaseOld(Segment.LAST_MILE))
                .expectEvents(new ResourceReleased(ADJUSTMENT_FORM, CIRCUIT, Segment.LAST_MILE, RELEASE_NOTE, AT));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.STOPPED, ADJUSTMENT_FORM, ADJUSTMENT, AT));
    }

    @Test
    @DisplayName("Art. 34, 36 — the old circuit released, CSSC passes its status change to the units")
    void art36_theOldCircuitsStatusChangeIsPassed() {
        fixture.givenCommands(steps(newLineInService(), releaseOldEndToEnd()))
                .when(requestOldStatusChange())
                .expectEvents(new StopStatusChangeRequested(ADJUSTMENT_FORM, List.of(CORE_UNIT, ACCESS_UNIT), AT))
                .expectResultMessagePayload(standing(Status.STATUS_CHANGE, RMU, null));
    }

    @Test
    @DisplayName("Art. 36 — the last unit's confirmation completes the adjustment, with the new line's circuit")
    void art36_theLastConfirmationCompletesTheAdjustment() {
        fixture.givenCommands(steps(newLineInService(), releaseOldEndToEnd(), requestOldStatusChange(),
                        confirmOldStatusChange(CORE_UNIT)))
                .when(confirmOldStatusChange(ACCESS_UNIT))
                .expectEvents(new StopStatusChangeConfirmed(ADJUSTMENT_FORM, ACCESS_UNIT, NOTE, AT),
                        new StopFormCompleted(ADJUSTMENT_FORM, ADJUSTMENT, CUSTOMER, List.of(CIRCUIT), NEW_CIRCUIT,
                                "", AT))
                .expectResultMessagePayload(standing(Status.COMPLETED, null, null));

        assertThat(lines.eventsOf(CIRCUIT)).containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.STOPPED, ADJUSTMENT_FORM, ADJUSTMENT, AT),
                closed(CIRCUIT, ADJUSTMENT_FORM, AT));
    }

    // --- stop first (Art. 4) ---

    @Test
    @DisplayName("Art. 4 — stop first: CSSC releases the old circuit at once, before any form 1")
    void art4_stopFirstReleasesAtOnce() {
        fixture.givenCommands(steps(stopFirstAccepted(), releaseOld(Segment.CORE), releaseOld(Segment.LAST_MILE)))
                .when(releaseOld(Segment.ACCESS_BACKBONE))
                .expectEvents(new ResourceReleased(ADJUSTMENT_FORM, CIRCUIT, Segment.ACCESS_BACKBONE, RELEASE_NOTE,
                        AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, CSSC, AdjustmentWait.CONFIRMATION_FORM));

        assertThat(lines.eventsOf(CIRCUIT)).endsWith(
                changed(CIRCUIT, CircuitStatus.STOPPED, ADJUSTMENT_FORM, ADJUSTMENT, AT));
    }

    @Test
    @DisplayName("Art. 4 — stop first: the old circuit stopped and confirmed, the adjustment waits for the new line")
    void art4_stopFirstWaitsForTheNewLine() {
        fixture.givenCommands(steps(stopFirstAccepted(), releaseOldEndToEnd(), requestOldStatusChange(),
                        confirmOldStatusChange(CORE_UNIT)))
                .when(confirmOldStatusChange(ACCESS_UNIT))
                .expectEvents(new StopStatusChangeConfirmed(ADJUSTMENT_FORM, ACCESS_UNIT, NOTE, AT))
                .expectResultMessagePayload(standing(Status.ACCEPTED, null, AdjustmentWait.CONFIRMATION_FORM));

        assertThat(lines.eventsOf(CIRCUIT)).as("still held by the adjustment").containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT),
                changed(CIRCUIT, CircuitStatus.STOPPED, ADJUSTMENT_FORM, ADJUSTMENT, AT));
    }

    @Test
    @DisplayName("Art. 4, 36 — stop first: the new line in service completes the adjustment, the old circuit let go")
    void art4_stopFirstCompletesWithTheNewLine() {
        fixture.givenCommands(steps(stopFirstAccepted(), oldCircuitStopped(),
                        link(AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM),
                        link(AdjustmentLinkKind.NEW_LINE_DEMAND, NEW_LINE_DEMAND)))
                .when(newLineActivated())
                .expectEvents(new AdjustmentNewLineActivated(ADJUSTMENT_FORM, CIRCUIT, NEW_CIRCUIT, NEW_LINE_DEMAND,
                                AT),
                        new StopFormCompleted(ADJUSTMENT_FORM, ADJUSTMENT, CUSTOMER, List.of(CIRCUIT), NEW_CIRCUIT,
                                "", AT))
                .expectResultMessagePayload(standing(Status.COMPLETED, null, null));

        assertThat(lines.eventsOf(CIRCUIT)).endsWith(closed(CIRCUIT, ADJUSTMENT_FORM, AT));
    }

    @Test
    @DisplayName("Art. 4, 34 — stop first: the old circuit's status change is passed once (409)")
    void art4_theStatusChangeIsPassedOnce() {
        fixture.givenCommands(steps(stopFirstAccepted(), oldCircuitStopped()))
                .when(requestOldStatusChange())
                .expectNoEvents()
                .expectException(refused(STATUS_CHANGE_ALREADY_REQUESTED, CONFLICT, ADJUSTMENT_FORM));
    }

    @Test
    @DisplayName("Art. 4, 34 — stop first: nothing is released before CSSC accepted (409)")
    void art4_nothingIsReleasedBeforeAcceptance() {
        fixture.givenCommands(requestStopFirstAdjustment())
                .when(releaseOld(Segment.CORE))
                .expectNoEvents()
                .expectException(refused(FORM_NOT_ACCEPTED, CONFLICT, ADJUSTMENT_FORM));
    }
}
