package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.*;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.*;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.ADJUSTMENT;
import static cn.cmcc.ah.gca.events.decommission.StopRequestType.PERMANENT_STOP;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 37: an adjustment that is a simple data-configuration change on the existing solution is carried out by
 * provisioning (the device-owner unit's form 3, the form 2 reply, the change acceptance on form 4): nothing of the
 * circuit is released, and the adjustment completes when that acceptance is archived, with provisioning's form 2.
 */
@DisplayName("Art. 37 — an adjustment by configuration change only")
class ConfigurationChangeAdjustmentTest {

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

    @Test
    @DisplayName("Art. 37 — a configuration change releases nothing (422)")
    void art37_aConfigurationChangeReleasesNothing() {
        fixture.givenCommands(configurationChangeLinked())
                .when(releaseOld(Segment.CORE))
                .expectNoEvents()
                .expectException(refused(ADJUSTMENT_CONFIGURATION_ONLY, RULE_VIOLATION, ADJUSTMENT_FORM));
    }

    @Test
    @DisplayName("Art. 37 — a configuration change has no status change to pass (422)")
    void art37_aConfigurationChangeHasNoStatusChange() {
        fixture.givenCommands(configurationChangeLinked())
                .when(requestOldStatusChange())
                .expectNoEvents()
                .expectException(refused(ADJUSTMENT_CONFIGURATION_ONLY, RULE_VIOLATION, ADJUSTMENT_FORM));
    }

    @Test
    @DisplayName("Art. 37 — the change acceptance archived, the adjustment completes with provisioning's form 2")
    void art37_theArchivedAcceptanceCompletesTheAdjustment() {
        fixture.givenCommands(configurationChangeLinked())
                .when(completeConfigurationChange())
                .expectEvents(new StopFormCompleted(ADJUSTMENT_FORM, ADJUSTMENT, CUSTOMER, List.of(CIRCUIT), "",
                        CHANGE_DEMAND, AT))
                .expectResultMessagePayload(standing(Status.COMPLETED, null, null));

        assertThat(lines.eventsOf(CIRCUIT)).as("the circuit stays in service and is let go").containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT),
                closed(CIRCUIT, ADJUSTMENT_FORM, AT));
    }

    @Test
    @DisplayName("Art. 37 — the archived acceptance of a form 2 not linked yet links it, and completes the adjustment")
    void art37_theArchivedAcceptanceLinksItsFormTwoAndCompletes() {
        fixture.givenCommands(steps(requestAdjustment(), classify(AdjustmentClassification.CONFIGURATION_ONLY)))
                .when(completeConfigurationChange())
                .expectEvents(new AdjustmentLinked(ADJUSTMENT_FORM, AdjustmentLinkKind.CHANGE_DEMAND, CHANGE_DEMAND,
                                AT),
                        new StopFormCompleted(ADJUSTMENT_FORM, ADJUSTMENT, CUSTOMER, List.of(CIRCUIT), "",
                                CHANGE_DEMAND, AT));
    }

    @Test
    @DisplayName("Art. 37 — a completed configuration change ignores a redelivered acceptance")
    void art37_aRedeliveredAcceptanceIsIgnored() {
        fixture.givenCommands(steps(configurationChangeLinked(), completeConfigurationChange()))
                .when(completeConfigurationChange())
                .expectNoEvents()
                .expectResultMessagePayload(standing(Status.COMPLETED, null, null));
    }

    @Test
    @DisplayName("Art. 36–37 — a re-allocation is not completed by a configuration change's acceptance")
    void art36_aReAllocationIsNotCompletedByAChangeAcceptance() {
        fixture.givenCommands(reAllocationLinked())
                .when(completeConfigurationChange())
                .expectNoEvents()
                .expectResultMessagePayload(standing(Status.ACCEPTED, null, AdjustmentWait.NEW_LINE_ACTIVATION));
    }

    @Test
    @DisplayName("Art. 37 — a configuration change waits for no new line: an activation reported is ignored")
    void art37_aConfigurationChangeIgnoresANewLine() {
        fixture.givenCommands(configurationChangeLinked())
                .when(newLineActivated())
                .expectNoEvents()
                .expectResultMessagePayload(standing(Status.ACCEPTED, null, AdjustmentWait.CHANGE_ACCEPTANCE));
    }

    @Test
    @DisplayName("Art. 37 — a configuration change does not end with its form 1: its form 2 carries it out")
    void art37_aConfigurationChangeDoesNotEndWithItsFormOne() {
        fixture.givenCommands(configurationChangeLinked())
                .when(endAdjustment(AdjustmentOutcome.CONFIRMATION_DECLINED, CONFIRMATION_FORM))
                .expectNoEvents();

        assertThat(lines.eventsOf(CIRCUIT)).as("still held by the adjustment")
                .containsExactly(opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT));
    }

    @Test
    @DisplayName("Art. 22, 37 — a configuration change ends when its own form 2 is cancelled, and lets go of the circuit")
    void art37_aConfigurationChangeEndsWhenItsFormTwoIsCancelled() {
        fixture.givenCommands(configurationChangeLinked())
                .when(endAdjustment(AdjustmentOutcome.CHANGE_CANCELLED, CHANGE_DEMAND))
                .expectEvents(new AdjustmentEnded(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER, AdjustmentOutcome.CHANGE_CANCELLED,
                        CHANGE_DEMAND, DECLINED_NOTE, AT));

        assertThat(lines.eventsOf(CIRCUIT)).as("free for a new form 5, status untouched").containsExactly(
                opened(CIRCUIT, ADJUSTMENT_FORM, ADJUSTMENT, DISPATCHED_AT), closed(CIRCUIT, ADJUSTMENT_FORM, AT));
    }

    @Test
    @DisplayName("Art. 22, 36 — a re-allocation does not end by a configuration change's cancellation")
    void art36_aReAllocationDoesNotEndByAChangeCancellation() {
        fixture.givenCommands(reAllocationLinked())
                .when(endAdjustment(AdjustmentOutcome.CHANGE_CANCELLED, CHANGE_DEMAND))
                .expectNoEvents();
    }

    @Test
    @DisplayName("Art. 34, 37 — a stop form ignores a configuration change's acceptance")
    void art37_aStopFormIgnoresAChangeAcceptance() {
        fixture.givenCommands(accepted(PERMANENT_STOP, CIRCUIT))
                .when(new CompleteConfigurationChange(FORM, CHANGE_DEMAND, AT))
                .expectNoEvents();
    }
}
