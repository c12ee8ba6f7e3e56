package cn.cmcc.ah.gca.decommission.saga;

import cn.cmcc.ah.gca.decommission.command.CompleteConfigurationChange;
import cn.cmcc.ah.gca.decommission.command.EndAdjustment;
import cn.cmcc.ah.gca.decommission.command.FlagAdjustmentStalled;
import cn.cmcc.ah.gca.decommission.command.LinkAdjustment;
import cn.cmcc.ah.gca.decommission.command.RecordNewLineActivated;
import cn.cmcc.ah.gca.decommission.config.DecommissionProperties;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One adjustment (Art. 35–37) followed through the other services, from their events on Kafka: its form 1 on presale
 * (correlated by the adjustment id it carries, the form 5's number), the customer's answer to it (declined or
 * withdrawn: the adjustment ends, Art. 16, 8), the new line's form 2 and activation (Art. 36: the old circuit's stop
 * starts), a cancelled form 2 (Art. 22: it ends), and for a configuration change provisioning's form 2 to its
 * archived acceptance (Art. 37: it completes). Every decision is the form 5's ({@code StopForm}): the saga only tells
 * it, and the form ignores what it already knows, so a redelivered or replayed event changes nothing.
 * <p>
 * While the adjustment waits for another service, a deadline ({@value #STALLED}) is set at the configured limit of
 * that wait ({@code gca.decommission.adjustment.stall-after}); when it passes, the form is flagged stalled. The saga's
 * state is in the saga store and survives restarts; the deadlines are held in memory by the service's deadline
 * manager ({@code DecommissionConfiguration}); a wait whose deadline is lost with its instance is flagged by
 * {@link StallSweep}.
 * <p>
 * The saga store keeps the saga as JSON (the service's Jackson serializer): its private fields are that state, so
 * they are what Jackson reads and writes, and nothing else.
 */
@Saga
@ProcessingGroup(AdjustmentSaga.GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class AdjustmentSaga {

    public static final String GROUP = "decommission-adjustments";
    static final String STALLED = "adjustment-stalled";
    static final String SYSTEM_USER = "decommission-service";

    private static final Logger log = LoggerFactory.getLogger(AdjustmentSaga.class);

    private String formId;
    private String confirmationFormId = "";
    private String changeFormId = "";
    private AdjustmentClassification classification;
    private boolean newLineActivated;
    private AdjustmentWait waiting;
    private Instant waitingSince;
    private String deadlineId;

    @JsonIgnore
    private transient CommandGateway commands;
    @JsonIgnore
    private transient DeadlineManager deadlines;
    @JsonIgnore
    private transient DecommissionProperties properties;
    @JsonIgnore
    private transient Clock clock;

    @Autowired
    void setCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Autowired
    void setDeadlines(DeadlineManager deadlines) {
        this.deadlines = deadlines;
    }

    @Autowired
    void setProperties(DecommissionProperties properties) {
        this.properties = properties;
    }

    @Autowired
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** The adjustment's own first event; its form 1 may have come before it (then the wait is for the new line). */
    @StartSaga
    @SagaEventHandler(associationProperty = "formId", keyName = "adjustmentId")
    void on(AdjustmentRequested event) {
        formId = event.formId();
        if (confirmationFormId.isEmpty()) {
            waitFor(AdjustmentWait.CONFIRMATION_FORM, event.dispatchedAt());
        }
    }

    @SagaEventHandler(associationProperty = "formId", keyName = "adjustmentId")
    void on(AdjustmentClassified event) {
        classification = event.classification();
        if (classification == AdjustmentClassification.CONFIGURATION_ONLY) {
            waitFor(AdjustmentWait.CHANGE_ACCEPTANCE, event.classifiedAt());
        }
    }

    // --- the form 1 on presale (Art. 35, 16, 8) ---

    /**
     * A form 1 flagged with this adjustment; a renegotiation's new form 1 (Art. 16) replaces the earlier one. GCD
     * dispatches the form 1 with the form 5 (Art. 35), and the topics are read as their records come: presale's record
     * may be consumed before the form 5's own {@code AdjustmentRequested}. It then starts the saga, on the adjustment
     * id it carries, which is the form 5's number. A new line's form 1 carries none: the saga started for it ends at
     * once and is never stored.
     */
    @StartSaga
    @SagaEventHandler(associationProperty = "adjustmentId", associationResolver = AdjustmentIdResolver.class)
    void on(ConfirmationFormDispatched event) {
        String adjustmentId = AdjustmentIdResolver.adjustmentIdOf(event.request());
        if (adjustmentId.isEmpty()) {
            SagaLifecycle.end();
            return;
        }
        if (formId == null) {
            formId = adjustmentId;
        }
        boolean first = confirmationFormId.isEmpty();
        confirmationFormId = event.formId();
        SagaLifecycle.associateWith("confirmationFormId", event.formId());
        if (tell(new LinkAdjustment(formId, AdjustmentLinkKind.CONFIRMATION_FORM, event.formId(),
                event.dispatchedAt())) && (waiting == AdjustmentWait.CONFIRMATION_FORM || first && waiting == null)) {
            waitFor(AdjustmentWait.NEW_LINE_ACTIVATION, event.dispatchedAt());
        }
    }

    /**
     * Art. 16. Found by the adjustment id the negotiation repeats, so a form 1 whose dispatch reached this service
     * before the adjustment did (another topic, no order between them) is linked here at the latest.
     */
    @SagaEventHandler(associationProperty = "adjustmentId", associationResolver = AdjustmentIdResolver.class)
    void on(NegotiationRecorded event) {
        if (confirmationFormId.isEmpty()) {
            confirmationFormId = event.formId();
            SagaLifecycle.associateWith("confirmationFormId", event.formId());
            tell(new LinkAdjustment(formId, AdjustmentLinkKind.CONFIRMATION_FORM, event.formId(), event.recordedAt()));
            if (waiting == AdjustmentWait.CONFIRMATION_FORM) {
                waitFor(AdjustmentWait.NEW_LINE_ACTIVATION, event.recordedAt());
            }
        }
        if (event.outcome() == NegotiationOutcome.DECLINED && event.formId().equals(confirmationFormId)) {
            tell(new EndAdjustment(formId, AdjustmentOutcome.CONFIRMATION_DECLINED, event.formId(), event.note(),
                    event.recordedAt()));
        }
    }

    @SagaEventHandler(associationProperty = "formId", keyName = "confirmationFormId")
    void on(ConfirmationFormWithdrawn event) {
        if (event.formId().equals(confirmationFormId)) {
            tell(new EndAdjustment(formId, AdjustmentOutcome.CONFIRMATION_WITHDRAWN, event.formId(), event.reason(),
                    event.withdrawnAt()));
        }
    }

    // --- the form 2 on provisioning (Art. 36, 37, 22) ---

    /** The new line's form 2 (Art. 36), or provisioning's configuration-change form 2 (Art. 37). */
    @SagaEventHandler(associationProperty = "adjustmentId", associationResolver = AdjustmentIdResolver.class)
    void on(DemandDispatched event) {
        SagaLifecycle.associateWith("demandFormId", event.formId());
        boolean change = event.kind() == DemandKind.CONFIGURATION_CHANGE;
        if (change) {
            changeFormId = event.formId();
        }
        tell(new LinkAdjustment(formId, change ? AdjustmentLinkKind.CHANGE_DEMAND : AdjustmentLinkKind.NEW_LINE_DEMAND,
                event.formId(), event.dispatchedAt()));
    }

    /** Art. 22: the new line's form 2, or the configuration change's (Art. 37), cancelled by a blocked construction. */
    @SagaEventHandler(associationProperty = "formId", keyName = "demandFormId")
    void on(DemandCancelled event) {
        AdjustmentOutcome outcome = event.formId().equals(changeFormId) ? AdjustmentOutcome.CHANGE_CANCELLED
                : AdjustmentOutcome.DEMAND_CANCELLED;
        tell(new EndAdjustment(formId, outcome, event.formId(), event.reason(), event.cancelledAt()));
    }

    /** Art. 36: the new line is in service; the first of its circuits is the adjustment's new circuit. */
    @SagaEventHandler(associationProperty = "confirmationFormId")
    void on(CircuitActivated event) {
        if (!newLineActivated) {
            tell(new RecordNewLineActivated(formId, event.circuitId(), event.demandFormId(), event.activatedAt()));
        }
    }

    @SagaEventHandler(associationProperty = "formId", keyName = "adjustmentId")
    void on(AdjustmentNewLineActivated event) {
        newLineActivated = true;
        stopWaiting();
    }

    /** Art. 37: the configuration change's acceptance is signed and archived. */
    @SagaEventHandler(associationProperty = "formId", keyName = "demandFormId")
    void on(AcceptanceArchived event) {
        if (event.formId().equals(changeFormId)) {
            tell(new CompleteConfigurationChange(formId, event.formId(), event.archivedAt()));
        }
    }

    // --- the end ---

    @EndSaga
    @SagaEventHandler(associationProperty = "formId", keyName = "adjustmentId")
    void on(StopFormCompleted event) {
        stopWaiting();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "formId", keyName = "adjustmentId")
    void on(AdjustmentEnded event) {
        stopWaiting();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "formId", keyName = "adjustmentId")
    void on(StopFormWithdrawn event) {
        stopWaiting();
    }

    // --- stalled waits ---

    @DeadlineHandler(deadlineName = STALLED)
    void stalled(AdjustmentWait wait) {
        if (wait == waiting) {
            tell(new FlagAdjustmentStalled(formId, wait, waitingSince, clock.instant()));
        }
    }

    private void waitFor(AdjustmentWait wait, Instant since) {
        stopWaiting();
        waiting = wait;
        waitingSince = since;
        deadlineId = deadlines.schedule(since.plus(limitOf(wait)), STALLED, wait);
    }

    private void stopWaiting() {
        if (deadlineId != null) {
            deadlines.cancelSchedule(STALLED, deadlineId);
        }
        deadlineId = null;
        waiting = null;
        waitingSince = null;
    }

    private Duration limitOf(AdjustmentWait wait) {
        return limitOf(properties, wait);
    }

    /** How long an adjustment may wait for {@code wait} ({@code gca.decommission.adjustment.stall-after}). */
    static Duration limitOf(DecommissionProperties properties, AdjustmentWait wait) {
        DecommissionProperties.StallAfter limits = properties.adjustment().stallAfter();
        return switch (wait) {
            case CONFIRMATION_FORM -> limits.confirmationForm();
            case NEW_LINE_ACTIVATION -> limits.newLineActivation();
            case CHANGE_ACCEPTANCE -> limits.changeAcceptance();
        };
    }

    /**
     * Tells the form, as the service itself, on the form's number; the form decides. A form this service's store does
     * not have (a record naming an adjustment the store does not hold: another deployment on the same broker, a store
     * restored to an earlier point, a form 1 quoting a wrong number) has nothing to follow: the command is logged and
     * skipped and the saga ends, rather than failing for ever and stopping the processor with every adjustment
     * behind it.
     *
     * @return whether the form was told; false when it is not in this store and the saga ended
     */
    private boolean tell(Object command) {
        try {
            commands.sendAndWait(command, MetaData.with(MetadataKeys.ACTING_USER, SYSTEM_USER)
                    .and(MetadataKeys.CORRELATION_ID, formId));
            return true;
        } catch (AggregateNotFoundException e) {
            log.warn("Adjustment {} is not in this service's store; {} skipped and its saga ended", formId,
                    command.getClass().getSimpleName());
            stopWaiting();
            SagaLifecycle.end();
            return false;
        }
    }
}
