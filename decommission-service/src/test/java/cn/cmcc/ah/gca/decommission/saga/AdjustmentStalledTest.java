package cn.cmcc.ah.gca.decommission.saga;

import cn.cmcc.ah.gca.decommission.command.FlagAdjustmentStalled;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.ADJUSTMENT_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CHANGE_DEMAND;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CONFIRMATION_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.NEW_CIRCUIT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.NEW_LINE_DEMAND;
import static cn.cmcc.ah.gca.decommission.saga.AdjustmentSagaTestData.*;

/**
 * Decision (the source sets no limit): while an adjustment waits for another service — its form 1 on presale
 * (Art. 35), the new line's activation (Art. 36), the configuration change's archived acceptance (Art. 37) — a
 * deadline is set at that wait's configured limit from when the wait began; when it passes, the form 5 is flagged
 * stalled, once. A wait that moves on takes its own limit from its own start; one that ends, or a saga that ends,
 * leaves no deadline behind. Time here is the fixture's virtual time.
 */
@DisplayName("Art. 35–37 — an adjustment waiting past its limit is flagged stalled (decision)")
class AdjustmentStalledTest {

    private SagaTestFixture<AdjustmentSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AdjustmentSaga.class);
        fixture.registerResource(properties());
        fixture.registerResource(clockOf(fixture));
    }

    private ContinuedGivenState requestedAdjustment() {
        return fixture.givenCurrentTime(REQUESTED_AT).andThenAPublished(requested());
    }

    /** The form 1 dispatched a day after the request, and linked. */
    private ContinuedGivenState formOneLinked() throws Exception {
        return requestedAdjustment().andThenTimeAdvancesTo(FORM_ONE_AT).andThenAPublished(formOneDispatched());
    }

    // --- waiting for the form 1 (Art. 35) ---

    @Test
    @DisplayName("Art. 35 — the request sets the wait for its form 1 at the configured limit")
    void art35_theRequestWaitsForItsFormOne() {
        fixture.givenCurrentTime(REQUESTED_AT)
                .whenPublishingA(requested())
                .expectScheduledDeadline(REQUESTED_AT.plus(CONFIRMATION_FORM_LIMIT), AdjustmentWait.CONFIRMATION_FORM)
                .expectScheduledDeadlineWithName(REQUESTED_AT.plus(CONFIRMATION_FORM_LIMIT), AdjustmentSaga.STALLED);
    }

    @Test
    @DisplayName("Art. 35 — no form 1 within the limit: the form 5 is flagged stalled for it, since the request")
    void art35_noFormOneWithinTheLimitIsFlagged() {
        requestedAdjustment()
                .whenTimeElapses(CONFIRMATION_FORM_LIMIT)
                .expectTriggeredDeadlinesWithName(AdjustmentSaga.STALLED)
                .expectDispatchedCommands(new FlagAdjustmentStalled(ADJUSTMENT_FORM, AdjustmentWait.CONFIRMATION_FORM,
                        REQUESTED_AT, REQUESTED_AT.plus(CONFIRMATION_FORM_LIMIT)));
    }

    @Test
    @DisplayName("Art. 35 — not before the limit")
    void art35_notBeforeTheLimit() {
        requestedAdjustment()
                .whenTimeElapses(CONFIRMATION_FORM_LIMIT.minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadline(REQUESTED_AT.plus(CONFIRMATION_FORM_LIMIT), AdjustmentWait.CONFIRMATION_FORM);
    }

    @Test
    @DisplayName("Art. 35 — a stalled wait is flagged once, however long it goes on")
    void art35_aStalledWaitIsFlaggedOnce() throws Exception {
        requestedAdjustment()
                .andThenTimeElapses(CONFIRMATION_FORM_LIMIT)
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    // --- waiting for the new line (Art. 36) ---

    @Test
    @DisplayName("Art. 35–36 — the form 1 linked, the wait moves to the new line, with its own limit from the form 1")
    void art36_theWaitMovesToTheNewLine() throws Exception {
        requestedAdjustment()
                .andThenTimeAdvancesTo(FORM_ONE_AT)
                .whenPublishingA(formOneDispatched())
                .expectScheduledDeadline(FORM_ONE_AT.plus(NEW_LINE_LIMIT), AdjustmentWait.NEW_LINE_ACTIVATION)
                .expectNoScheduledDeadline(REQUESTED_AT.plus(CONFIRMATION_FORM_LIMIT),
                        AdjustmentWait.CONFIRMATION_FORM);
    }

    @Test
    @DisplayName("Art. 35 — the form 1 linked in time, its wait is not flagged when its limit passes")
    void art35_theFormOneInTimeIsNotFlagged() throws Exception {
        formOneLinked()
                .whenTimeAdvancesTo(REQUESTED_AT.plus(CONFIRMATION_FORM_LIMIT))
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 36 — the new line not in service within its limit: flagged stalled waiting for it")
    void art36_noNewLineWithinTheLimitIsFlagged() throws Exception {
        Instant limit = FORM_ONE_AT.plus(NEW_LINE_LIMIT);
        formOneLinked()
                .andThenAPublished(demandDispatched(NEW_LINE_DEMAND, DemandKind.ACTIVATION, thisAdjustment(),
                        FORM_ONE_AT.plus(Duration.ofDays(5))))
                .whenTimeAdvancesTo(limit)
                .expectDispatchedCommands(new FlagAdjustmentStalled(ADJUSTMENT_FORM,
                        AdjustmentWait.NEW_LINE_ACTIVATION, FORM_ONE_AT, limit));
    }

    @Test
    @DisplayName("Art. 36 — the new line in service, nothing is waited for: no deadline is left")
    void art36_theNewLineInServiceLeavesNoDeadline() throws Exception {
        formOneLinked()
                .andThenAPublished(circuitActivated(NEW_CIRCUIT, CONFIRMATION_FORM, LATER))
                .whenPublishingA(newLineActivated(LATER))
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("Art. 36 — the new line in service in time: nothing is flagged when its limit passes")
    void art36_theNewLineInTimeIsNotFlagged() throws Exception {
        formOneLinked()
                .andThenAPublished(newLineActivated(LATER))
                .whenTimeAdvancesTo(FORM_ONE_AT.plus(NEW_LINE_LIMIT))
                .expectNoDispatchedCommands();
    }

    // --- waiting for the change acceptance (Art. 37) ---

    @Test
    @DisplayName("Art. 37 — a configuration change waits for its acceptance, its own limit from the classification")
    void art37_aConfigurationChangeWaitsForItsAcceptance() throws Exception {
        Instant classifiedAt = REQUESTED_AT.plus(Duration.ofHours(2));
        requestedAdjustment()
                .andThenTimeAdvancesTo(classifiedAt)
                .whenPublishingA(classified(AdjustmentClassification.CONFIGURATION_ONLY, classifiedAt))
                .expectScheduledDeadline(classifiedAt.plus(CHANGE_ACCEPTANCE_LIMIT), AdjustmentWait.CHANGE_ACCEPTANCE)
                .expectNoScheduledDeadline(REQUESTED_AT.plus(CONFIRMATION_FORM_LIMIT),
                        AdjustmentWait.CONFIRMATION_FORM);
    }

    @Test
    @DisplayName("Art. 37 — the change not accepted within its limit: flagged stalled waiting for the acceptance")
    void art37_noAcceptanceWithinTheLimitIsFlagged() throws Exception {
        Instant classifiedAt = REQUESTED_AT.plus(Duration.ofHours(2));
        requestedAdjustment()
                .andThenTimeAdvancesTo(classifiedAt)
                .andThenAPublished(classified(AdjustmentClassification.CONFIGURATION_ONLY, classifiedAt))
                .andThenAPublished(demandDispatched(CHANGE_DEMAND, DemandKind.CONFIGURATION_CHANGE, thisAdjustment(),
                        classifiedAt.plus(Duration.ofDays(1))))
                .whenTimeElapses(CHANGE_ACCEPTANCE_LIMIT)
                .expectDispatchedCommands(new FlagAdjustmentStalled(ADJUSTMENT_FORM, AdjustmentWait.CHANGE_ACCEPTANCE,
                        classifiedAt, classifiedAt.plus(CHANGE_ACCEPTANCE_LIMIT)));
    }

    @Test
    @DisplayName("Art. 35, 37 — a configuration change's form 1 dispatched later does not move its wait")
    void art37_aLaterFormOneDoesNotMoveTheChangesWait() throws Exception {
        Instant classifiedAt = REQUESTED_AT.plus(Duration.ofHours(2));
        requestedAdjustment()
                .andThenTimeAdvancesTo(classifiedAt)
                .andThenAPublished(classified(AdjustmentClassification.CONFIGURATION_ONLY, classifiedAt))
                .andThenTimeAdvancesTo(FORM_ONE_AT)
                .whenPublishingA(formOneDispatched())
                .expectScheduledDeadline(classifiedAt.plus(CHANGE_ACCEPTANCE_LIMIT), AdjustmentWait.CHANGE_ACCEPTANCE)
                .expectNoScheduledDeadline(FORM_ONE_AT.plus(NEW_LINE_LIMIT), AdjustmentWait.NEW_LINE_ACTIVATION);
    }

    // --- no flag once the saga ended ---

    @Test
    @DisplayName("Art. 33, 35 — withdrawn before its form 1 came: no deadline left, nothing flagged")
    void art35_aWithdrawnAdjustmentIsNotFlagged() {
        requestedAdjustment()
                .andThenAPublished(withdrawn(REQUESTED_AT))
                .whenTimeElapses(CONFIRMATION_FORM_LIMIT)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    @DisplayName("Art. 16 — an adjustment that ended is not flagged waiting for its new line")
    void art16_anEndedAdjustmentIsNotFlagged() throws Exception {
        formOneLinked()
                .andThenAPublished(ended(LATER))
                .whenTimeAdvancesTo(FORM_ONE_AT.plus(NEW_LINE_LIMIT))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("Art. 37 — a completed configuration change leaves no deadline")
    void art37_aCompletedChangeLeavesNoDeadline() throws Exception {
        requestedAdjustment()
                .andThenAPublished(classified(AdjustmentClassification.CONFIGURATION_ONLY, REQUESTED_AT))
                .whenPublishingA(completed(LATER))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }
}
