package cn.cmcc.ah.gca.decommission.saga;

import cn.cmcc.ah.gca.decommission.command.CompleteConfigurationChange;
import cn.cmcc.ah.gca.decommission.command.EndAdjustment;
import cn.cmcc.ah.gca.decommission.command.LinkAdjustment;
import cn.cmcc.ah.gca.decommission.command.RecordNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.ADJUSTMENT_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CHANGE_DEMAND;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CIRCUIT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CONFIRMATION_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CUSTOMER;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.DECLINED_NOTE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.NEW_CIRCUIT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.NEW_LINE_DEMAND;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.REASON;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.REQUESTED_DATE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.WITHDRAWAL_REASON;
import static cn.cmcc.ah.gca.decommission.saga.AdjustmentSagaTestData.*;

/**
 * Art. 35–37: the saga follows one adjustment through the other services by the adjustment id its form 1 and form 2
 * carry, and tells the form 5 what happened there: its form 1 found (and, Art. 16, replaced by a renegotiation's),
 * declined or withdrawn; the new line's form 2 found, cancelled (Art. 22), its circuit activated (Art. 36); for a
 * configuration change, provisioning's form 2 found and its acceptance archived (Art. 37). It ends with the form 5.
 */
@DisplayName("Art. 35–37 — the adjustment saga tells the form 5 what its forms in other services did")
class AdjustmentSagaTest {

    private SagaTestFixture<AdjustmentSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(AdjustmentSaga.class);
        fixture.registerResource(properties());
        fixture.registerResource(clockOf(fixture));
    }

    /** The adjustment requested, the saga following it. */
    private ContinuedGivenState requestedAdjustment() {
        return fixture.givenCurrentTime(REQUESTED_AT).andThenAPublished(requested());
    }

    /** ... its form 1 dispatched on presale and linked. */
    private ContinuedGivenState formOneLinked() {
        return requestedAdjustment().andThenAPublished(formOneDispatched());
    }

    /** ... the new line's form 2 dispatched on provisioning and linked. */
    private ContinuedGivenState newLineDemandLinked() {
        return formOneLinked().andThenAPublished(demandDispatched(NEW_LINE_DEMAND, DemandKind.ACTIVATION,
                thisAdjustment(), FORM_ONE_AT.plus(Duration.ofDays(5))));
    }

    // --- the start (Art. 35) ---

    @Test
    @DisplayName("Art. 35 — an adjustment requested starts the saga, known by the adjustment id")
    void art35_anAdjustmentRequestedStartsTheSaga() {
        fixture.givenCurrentTime(REQUESTED_AT)
                .whenPublishingA(requested())
                .expectActiveSagas(1)
                .expectAssociationWith("adjustmentId", ADJUSTMENT_FORM)
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 33 — a stop form starts no saga: there is nothing in other services to follow")
    void art33_aStopFormStartsNoSaga() {
        fixture.givenCurrentTime(REQUESTED_AT)
                .whenPublishingA(new StopFormDispatched(FORM, StopRequestType.PERMANENT_STOP, CUSTOMER,
                        List.of(CIRCUIT), REASON, REQUESTED_DATE, List.of(), null, REQUESTED_AT))
                .expectActiveSagas(0);
    }

    // --- its form 1 on presale (Art. 35, 16, 8) ---

    @Test
    @DisplayName("Art. 35 — a form 1 flagged with this adjustment is linked to the form 5")
    void art35_aFormOneFlaggedWithThisAdjustmentIsLinked() {
        requestedAdjustment()
                .whenPublishingA(formOneDispatched())
                .expectDispatchedCommands(new LinkAdjustment(ADJUSTMENT_FORM, AdjustmentLinkKind.CONFIRMATION_FORM,
                        CONFIRMATION_FORM, FORM_ONE_AT))
                .expectAssociationWith("confirmationFormId", CONFIRMATION_FORM);
    }

    @Test
    @DisplayName("Art. 8, 35 — a form 1 for a new line, not an adjustment, is not this adjustment's")
    void art35_aFormOneWithoutTheLinkIsNotLinked() {
        requestedAdjustment()
                .whenPublishingA(formOneDispatched(UNLINKED_FORM, AdjustmentLink.none(), FORM_ONE_AT))
                .expectNoDispatchedCommands()
                .expectNoAssociationWith("confirmationFormId", UNLINKED_FORM);
    }

    @Test
    @DisplayName("Art. 35 — a form 1 without any adjustment part is not linked")
    void art35_aFormOneWithoutAnAdjustmentPartIsNotLinked() {
        requestedAdjustment()
                .whenPublishingA(formOneDispatched(UNLINKED_FORM, null, FORM_ONE_AT))
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 35 — a form 1 not marked as an adjustment is not linked, whatever id it carries")
    void art35_aFormOneNotMarkedIsNotLinked() {
        requestedAdjustment()
                .whenPublishingA(formOneDispatched(UNLINKED_FORM, new AdjustmentLink(false, CIRCUIT, ADJUSTMENT_FORM),
                        FORM_ONE_AT))
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 35 — a form 1 of another adjustment is not this adjustment's: it is the other one's")
    void art35_aFormOneOfAnotherAdjustmentIsNotLinked() {
        requestedAdjustment()
                .whenPublishingA(formOneDispatched(UNLINKED_FORM, AdjustmentLink.of(CIRCUIT, OTHER_ADJUSTMENT),
                        FORM_ONE_AT))
                .expectDispatchedCommands(new LinkAdjustment(OTHER_ADJUSTMENT, AdjustmentLinkKind.CONFIRMATION_FORM,
                        UNLINKED_FORM, FORM_ONE_AT))
                .expectActiveSagas(2);
    }

    @Test
    @DisplayName("Art. 16, 35 — a form 1 whose dispatch was not seen is linked by its negotiation, and its decline ends")
    void art16_aFormOneWhoseDispatchWasNotSeenIsLinkedByItsNegotiation() {
        requestedAdjustment()
                .whenPublishingA(negotiated(CONFIRMATION_FORM, NegotiationOutcome.DECLINED, LATER))
                .expectDispatchedCommands(
                        new LinkAdjustment(ADJUSTMENT_FORM, AdjustmentLinkKind.CONFIRMATION_FORM, CONFIRMATION_FORM,
                                LATER),
                        new EndAdjustment(ADJUSTMENT_FORM, AdjustmentOutcome.CONFIRMATION_DECLINED, CONFIRMATION_FORM,
                                DECLINED_NOTE, LATER))
                .expectAssociationWith("confirmationFormId", CONFIRMATION_FORM);
    }

    @Test
    @DisplayName("Art. 16, 35 — the customer declined the form 1: the adjustment ends")
    void art16_theCustomerDeclinedTheFormOne() {
        formOneLinked()
                .whenPublishingA(negotiated(CONFIRMATION_FORM, NegotiationOutcome.DECLINED, LATER))
                .expectDispatchedCommands(new EndAdjustment(ADJUSTMENT_FORM, AdjustmentOutcome.CONFIRMATION_DECLINED,
                        CONFIRMATION_FORM, DECLINED_NOTE, LATER));
    }

    @Test
    @DisplayName("Art. 16 — the customer accepted the form 1: nothing to tell yet")
    void art16_theCustomerAcceptedTheFormOne() {
        formOneLinked()
                .whenPublishingA(negotiated(CONFIRMATION_FORM, NegotiationOutcome.ACCEPTED, LATER))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    @DisplayName("Art. 8, 35 — GCD withdrew the form 1: the adjustment ends")
    void art8_theFormOneWithdrawnEndsTheAdjustment() {
        formOneLinked()
                .whenPublishingA(formOneWithdrawn(CONFIRMATION_FORM, LATER))
                .expectDispatchedCommands(new EndAdjustment(ADJUSTMENT_FORM,
                        AdjustmentOutcome.CONFIRMATION_WITHDRAWN, CONFIRMATION_FORM, WITHDRAWAL_REASON, LATER));
    }

    @Test
    @DisplayName("Art. 16, 35 — a renegotiation's new form 1 replaces the earlier one, which ends nothing any more")
    void art16_aRenegotiationsNewFormOneReplacesTheEarlierOne() {
        formOneLinked()
                .andThenAPublished(negotiated(CONFIRMATION_FORM, NegotiationOutcome.RENEGOTIATE, LATER))
                .andThenAPublished(formOneDispatched(RENEGOTIATED_FORM, thisAdjustment(), LATER))
                .whenPublishingA(formOneWithdrawn(CONFIRMATION_FORM, LATER))
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 16, 35 — a renegotiation's new form 1 is linked in place of the earlier one")
    void art16_theNewFormOneIsLinked() {
        formOneLinked()
                .andThenAPublished(negotiated(CONFIRMATION_FORM, NegotiationOutcome.RENEGOTIATE, LATER))
                .whenPublishingA(formOneDispatched(RENEGOTIATED_FORM, thisAdjustment(), LATER))
                .expectDispatchedCommands(new LinkAdjustment(ADJUSTMENT_FORM, AdjustmentLinkKind.CONFIRMATION_FORM,
                        RENEGOTIATED_FORM, LATER))
                .expectAssociationWith("confirmationFormId", RENEGOTIATED_FORM);
    }

    @Test
    @DisplayName("Art. 16, 35 — the customer declined the renegotiation's new form 1: the adjustment ends")
    void art16_theNewFormOneDeclinedEndsTheAdjustment() {
        formOneLinked()
                .andThenAPublished(negotiated(CONFIRMATION_FORM, NegotiationOutcome.RENEGOTIATE, LATER))
                .andThenAPublished(formOneDispatched(RENEGOTIATED_FORM, thisAdjustment(), LATER))
                .whenPublishingA(negotiated(RENEGOTIATED_FORM, NegotiationOutcome.DECLINED, LATER))
                .expectDispatchedCommands(new EndAdjustment(ADJUSTMENT_FORM, AdjustmentOutcome.CONFIRMATION_DECLINED,
                        RENEGOTIATED_FORM, DECLINED_NOTE, LATER));
    }

    // --- the new line's form 2 on provisioning (Art. 36, 22) ---

    @Test
    @DisplayName("Art. 36 — the new line's form 2 carrying this adjustment is linked")
    void art36_theNewLinesFormTwoIsLinked() {
        formOneLinked()
                .whenPublishingA(demandDispatched(NEW_LINE_DEMAND, DemandKind.ACTIVATION, thisAdjustment(), LATER))
                .expectDispatchedCommands(new LinkAdjustment(ADJUSTMENT_FORM, AdjustmentLinkKind.NEW_LINE_DEMAND,
                        NEW_LINE_DEMAND, LATER))
                .expectAssociationWith("demandFormId", NEW_LINE_DEMAND);
    }

    @Test
    @DisplayName("Art. 17, 36 — a form 2 without this adjustment's link is not linked")
    void art36_aFormTwoWithoutTheLinkIsNotLinked() {
        formOneLinked()
                .whenPublishingA(demandDispatched("RD-2026-000200", DemandKind.ACTIVATION, AdjustmentLink.none(),
                        LATER))
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 36 — the new line in service on the form 1: the form 5 records it; the old stop starts")
    void art36_theNewLineInServiceIsRecorded() {
        newLineDemandLinked()
                .whenPublishingA(circuitActivated(NEW_CIRCUIT, CONFIRMATION_FORM, LATER))
                .expectDispatchedCommands(new RecordNewLineActivated(ADJUSTMENT_FORM, NEW_CIRCUIT, NEW_LINE_DEMAND,
                        LATER));
    }

    @Test
    @DisplayName("Art. 21, 36 — a circuit activated on another form 1 is not this adjustment's new line")
    void art36_aCircuitOfAnotherFormOneIsNotTheNewLine() {
        newLineDemandLinked()
                .whenPublishingA(circuitActivated("AH-HF-ZX-000777", "RC-2026-000999", LATER))
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 36 — once the form 5 recorded its new line, a further circuit of the form 1 is not told")
    void art36_theNewLineIsToldOnce() {
        newLineDemandLinked()
                .andThenAPublished(circuitActivated(NEW_CIRCUIT, CONFIRMATION_FORM, LATER))
                .andThenAPublished(newLineActivated(LATER))
                .whenPublishingA(circuitActivated("AH-HF-ZX-000991", CONFIRMATION_FORM, LATER))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    @DisplayName("Art. 22, 36 — the new line's form 2 cancelled: the adjustment ends")
    void art22_theNewLinesFormTwoCancelledEndsTheAdjustment() {
        newLineDemandLinked()
                .whenPublishingA(demandCancelled(NEW_LINE_DEMAND, LATER))
                .expectDispatchedCommands(new EndAdjustment(ADJUSTMENT_FORM, AdjustmentOutcome.DEMAND_CANCELLED,
                        NEW_LINE_DEMAND, CANCEL_REASON, LATER));
    }

    // --- a configuration change on provisioning (Art. 37) ---

    @Test
    @DisplayName("Art. 37 — provisioning's configuration-change form 2 is linked")
    void art37_theChangeFormTwoIsLinked() {
        requestedAdjustment()
                .andThenAPublished(classified(AdjustmentClassification.CONFIGURATION_ONLY, REQUESTED_AT))
                .whenPublishingA(demandDispatched(CHANGE_DEMAND, DemandKind.CONFIGURATION_CHANGE, thisAdjustment(),
                        LATER))
                .expectDispatchedCommands(new LinkAdjustment(ADJUSTMENT_FORM, AdjustmentLinkKind.CHANGE_DEMAND,
                        CHANGE_DEMAND, LATER));
    }

    @Test
    @DisplayName("Art. 37 — the change acceptance archived: the configuration change completes")
    void art37_theArchivedAcceptanceCompletesTheChange() {
        requestedAdjustment()
                .andThenAPublished(classified(AdjustmentClassification.CONFIGURATION_ONLY, REQUESTED_AT))
                .andThenAPublished(demandDispatched(CHANGE_DEMAND, DemandKind.CONFIGURATION_CHANGE, thisAdjustment(),
                        FORM_ONE_AT))
                .whenPublishingA(acceptanceArchived(CHANGE_DEMAND, LATER))
                .expectDispatchedCommands(new CompleteConfigurationChange(ADJUSTMENT_FORM, CHANGE_DEMAND, LATER));
    }

    @Test
    @DisplayName("Art. 22, 37 — the configuration change's form 2 cancelled: the adjustment ends")
    void art37_theChangesFormTwoCancelledEndsTheAdjustment() {
        requestedAdjustment()
                .andThenAPublished(classified(AdjustmentClassification.CONFIGURATION_ONLY, REQUESTED_AT))
                .andThenAPublished(demandDispatched(CHANGE_DEMAND, DemandKind.CONFIGURATION_CHANGE, thisAdjustment(),
                        FORM_ONE_AT))
                .whenPublishingA(demandCancelled(CHANGE_DEMAND, LATER))
                .expectDispatchedCommands(new EndAdjustment(ADJUSTMENT_FORM, AdjustmentOutcome.CHANGE_CANCELLED,
                        CHANGE_DEMAND, CANCEL_REASON, LATER));
    }

    @Test
    @DisplayName("Art. 23, 36 — the new line's acceptance archived completes nothing: the old circuit is still to stop")
    void art36_theNewLinesAcceptanceCompletesNothing() {
        newLineDemandLinked()
                .whenPublishingA(acceptanceArchived(NEW_LINE_DEMAND, LATER))
                .expectNoDispatchedCommands();
    }

    // --- the end ---

    @Test
    @DisplayName("Art. 36–37 — the saga ends when the form 5 completes, with no wait left")
    void art36_theSagaEndsWhenTheFormCompletes() {
        newLineDemandLinked()
                .whenPublishingA(completed(LATER))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("Art. 16, 22 — the saga ends when the adjustment ends")
    void art16_theSagaEndsWhenTheAdjustmentEnds() {
        formOneLinked()
                .whenPublishingA(ended(LATER))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("Art. 33, 35 — the saga ends when GCD withdraws the adjustment")
    void art35_theSagaEndsWhenTheAdjustmentIsWithdrawn() {
        requestedAdjustment()
                .whenPublishingA(withdrawn(LATER))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("Art. 34 — another form 5 completing does not end this adjustment's saga")
    void art34_anotherFormCompletingDoesNotEndTheSaga() {
        requestedAdjustment()
                .whenPublishingA(new StopFormCompleted(FORM, StopRequestType.PERMANENT_STOP, CUSTOMER,
                        List.of("AH-HF-ZX-000882"), "", "", LATER))
                .expectActiveSagas(1);
    }

    @Test
    @DisplayName("Art. 35 — once the saga ended, its form 1's later events are told nothing")
    void art35_anEndedSagaTellsNothing() {
        formOneLinked()
                .andThenAPublished(withdrawn(LATER))
                .whenPublishingA(negotiated(CONFIRMATION_FORM, NegotiationOutcome.DECLINED, LATER.plusSeconds(60)))
                .expectNoDispatchedCommands();
    }
}
