package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.AdjustmentStalled;
import cn.cmcc.ah.gca.events.decommission.LastMileRestored;
import cn.cmcc.ah.gca.events.decommission.LastMileSuspended;
import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeConfirmed;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeRequested;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.ADJUSTMENT_CONFIGURATION_ONLY;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.ADJUSTMENT_NEW_LINE_NOT_ACTIVATED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CIRCUIT_NOT_ON_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CLASSIFICATION_ONLY_FOR_ADJUSTMENTS;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.CLASSIFICATION_REQUIRED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.LAST_MILE_ALREADY_DONE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.RELEASE_NOT_COMPLETE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.SEGMENT_ALREADY_RELEASED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.SEGMENT_REQUIRED;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.STEP_NOT_FOR_REQUEST_TYPE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionRejection.WITHDRAWAL_REASON_REQUIRED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 本地集团客户接入类业务停闭需求单 (form 5), id {@code SD-…}: a permanent stop, a suspension or a resume of one or more
 * circuits of a customer (Art. 32–34), or an adjustment of one circuit (Art. 35–37), from GCD's dispatch through CSSC's
 * acceptance, the release of every segment or the last mile's stop / restoration, the resource management units'
 * status changes, to its completion.
 * <p>
 * Every step that holds, changes or lets go of a circuit does so through {@link CircuitLines} in the same unit of
 * work: the circuit's events are stored in the form's append. An adjustment's steps that depend on other services (its
 * form 1, the new line's activation, the configuration change's acceptance) come from {@code AdjustmentSaga}; its
 * rules are {@link AdjustmentRules}'. Who may take a step is {@link DecommissionStep}'s table (403); where the form
 * and its circuits stand decides the rest (409, 422).
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class StopForm {

    /** Where a form 5 stands. */
    public enum Status {
        /** 已派发, waiting for CSSC's acceptance (Art. 33–35) */
        DISPATCHED,
        /** 已受理: CSSC releases, stops or restores (Art. 34); an adjustment under way (Art. 36–37) */
        ACCEPTED,
        /** the resource management units change the released resources' status (Art. 34) */
        STATUS_CHANGE,
        /** 已完成 */
        COMPLETED,
        /** withdrawn by GCD before CSSC accepted it */
        WITHDRAWN,
        /** an adjustment ended without completing: its form 1 declined or withdrawn, its form 2 cancelled */
        ENDED
    }

    /** A form 5's number is {@code SD-yyyy-nnnnnn}; its circuits share the store under their own circuit numbers. */
    public static final String NUMBER_PREFIX = "SD";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_PREFIX + "-\\d{4}-\\d{6,9}");

    @AggregateIdentifier
    private String formId;
    private StopRequestType type;
    private CustomerRef customer;
    private List<String> circuitIds = List.of();
    private Status status;
    private final Map<String, Set<Segment>> released = new LinkedHashMap<>();
    private final Set<String> lastMileDone = new HashSet<>();
    /** unit → confirmed; empty until CSSC passes the status change (Art. 34) */
    private final Map<String, Boolean> units = new LinkedHashMap<>();
    // an adjustment's (Art. 35–37)
    private AdjustmentClassification classification;
    private boolean stopFirst;
    private boolean stopDone;
    private String newCircuitId = "";
    private final Map<AdjustmentLinkKind, String> links = new EnumMap<>(AdjustmentLinkKind.class);
    private final Set<String> stalls = new HashSet<>();

    protected StopForm() {
        // for Axon
    }

    /**
     * Whether {@code id} can be a form 5's number. Anything else is no form's, whatever the store holds under it: a
     * circuit's number names a {@link CircuitLine}, which a step of a form must never load.
     */
    public static boolean isNumber(String id) {
        return id != null && NUMBER.matcher(id).matches();
    }

    // --- dispatch (Art. 33, 35) ---

    @CommandHandler
    StopForm(DispatchStopForm command, CircuitLines lines) {
        DecommissionStep.DISPATCH_STOP_FORM.require(command.actingDepartment());
        List<String> circuits = DispatchRules.circuits(command);
        String reason = DispatchRules.reason(command.reason());
        String date = DispatchRules.requestedDate(command.requestedDate());
        CustomerRef owner = DispatchRules.customerOf(circuits, command.known());
        List<String> tickets = DispatchRules.openTickets(command, circuits);
        apply(new StopFormDispatched(command.formId(), command.requestType(), owner, circuits, reason, date, tickets,
                tickets.isEmpty() ? null : command.openTicketReason().strip(), command.at()));
        circuits.forEach(circuit -> lines.open(circuit, command.formId(), command.requestType(), command.at()));
    }

    @CommandHandler
    StopForm(RequestAdjustment command, CircuitLines lines) {
        DecommissionStep.REQUEST_ADJUSTMENT.require(command.actingDepartment());
        String circuit = AdjustmentRules.circuit(command);
        String reason = DispatchRules.reason(command.reason());
        String date = DispatchRules.requestedDate(command.requestedDate());
        String stopFirstReason = DispatchRules.stopFirstReason(command);
        apply(new AdjustmentRequested(command.formId(), circuit, command.known().customer(), reason, date,
                command.stopFirst(), stopFirstReason, command.at()));
        lines.open(circuit, command.formId(), StopRequestType.ADJUSTMENT, command.at());
    }

    // --- acceptance (Art. 34, 36, 37) ---

    @CommandHandler
    FormState handle(AcceptStopForm command) {
        DecommissionStep.ACCEPT_STOP_FORM.require(command.actingDepartment());
        StepOrder.requireDispatched(formId, status);
        String note = DispatchRules.orEmpty(command.note());
        if (type != StopRequestType.ADJUSTMENT) {
            if (command.classification() != null) {
                throw CLASSIFICATION_ONLY_FOR_ADJUSTMENTS.reject(formId);
            }
            apply(new StopFormAccepted(formId, type, customer, circuitIds, note, command.at()));
            return state();
        }
        if (command.classification() == null) {
            throw CLASSIFICATION_REQUIRED.reject();
        }
        apply(new AdjustmentClassified(formId, circuitIds.get(0), customer, command.classification(), stopFirst, note,
                command.at()));
        return state();
    }

    // --- permanent stop: release end to end, then the status change (Art. 34) ---

    @CommandHandler
    FormState handle(ReleaseResource command, CircuitLines lines) {
        DecommissionStep.RELEASE_RESOURCE.require(command.actingDepartment());
        StepOrder.requireAccepted(formId, status);
        requireReleasing();
        String circuit = onForm(command.circuitId());
        if (command.segment() == null) {
            throw SEGMENT_REQUIRED.reject();
        }
        if (released.get(circuit).contains(command.segment())) {
            throw SEGMENT_ALREADY_RELEASED.reject(formId, circuit, command.segment().name(), command.segment().label());
        }
        apply(new ResourceReleased(formId, circuit, command.segment(), DispatchRules.orEmpty(command.note()),
                command.at()));
        if (released.get(circuit).size() == Segment.values().length) {
            lines.change(circuit, CircuitStatus.STOPPED, formId, stopReason(), command.at());
        }
        return state();
    }

    @CommandHandler
    FormState handle(RequestStatusChange command) {
        DecommissionStep.REQUEST_STATUS_CHANGE.require(command.actingDepartment());
        StepOrder.requireAccepted(formId, status);
        requireReleasing();
        List<String> unreleased = circuitIds.stream()
                .filter(circuit -> released.get(circuit).size() < Segment.values().length).toList();
        if (!unreleased.isEmpty()) {
            throw RELEASE_NOT_COMPLETE.reject(formId, String.join(", ", unreleased));
        }
        StatusChanges.requireNotRequested(formId, units, stopDone);
        apply(new StopStatusChangeRequested(formId, StatusChanges.units(formId, command), command.at()));
        return state();
    }

    @CommandHandler
    FormState handle(ConfirmStatusChange command, CircuitLines lines) {
        DecommissionStep.CONFIRM_STATUS_CHANGE.require(command.actingDepartment());
        StepOrder.requireOpen(formId, status);
        String unit = StatusChanges.confirmable(formId, units, command);
        apply(new StopStatusChangeConfirmed(formId, unit, DispatchRules.orEmpty(command.note()), command.at()));
        completeIfDone(lines, command.at());
        return state();
    }

    // --- suspension and resume: the last mile only (Art. 34, decision) ---

    @CommandHandler
    FormState handle(SuspendLastMile command, CircuitLines lines) {
        DecommissionStep.SUSPEND_LAST_MILE.require(command.actingDepartment());
        return lastMile(StopRequestType.SUSPENSION, command.circuitId(), lines, CircuitStatus.SUSPENDED,
                circuit -> new LastMileSuspended(formId, circuit, DispatchRules.orEmpty(command.note()), command.at()),
                command.at());
    }

    @CommandHandler
    FormState handle(RestoreLastMile command, CircuitLines lines) {
        DecommissionStep.RESTORE_LAST_MILE.require(command.actingDepartment());
        return lastMile(StopRequestType.RESUME, command.circuitId(), lines, CircuitStatus.IN_SERVICE,
                circuit -> new LastMileRestored(formId, circuit, DispatchRules.orEmpty(command.note()), command.at()),
                command.at());
    }

    private FormState lastMile(StopRequestType needed, String circuitId, CircuitLines lines, CircuitStatus after,
                               Function<String, Object> event, Instant at) {
        StepOrder.requireAccepted(formId, status);
        if (type != needed) {
            throw STEP_NOT_FOR_REQUEST_TYPE.reject(formId, type.label(), type.name());
        }
        String circuit = onForm(circuitId);
        if (lastMileDone.contains(circuit)) {
            throw LAST_MILE_ALREADY_DONE.reject(formId, circuit);
        }
        apply(event.apply(circuit));
        lines.change(circuit, after, formId, stopReason(), at);
        if (lastMileDone.containsAll(circuitIds)) {
            complete(lines, at);
        }
        return state();
    }

    // --- withdrawal (decision) ---

    @CommandHandler
    FormState handle(WithdrawStopForm command, CircuitLines lines) {
        DecommissionStep.WITHDRAW_STOP_FORM.require(command.actingDepartment());
        StepOrder.requireDispatched(formId, status);
        String reason = DispatchRules.required(command.reason(), WITHDRAWAL_REASON_REQUIRED);
        apply(new StopFormWithdrawn(formId, type, customer, circuitIds, reason, command.at()));
        circuitIds.forEach(circuit -> lines.close(circuit, formId, command.at()));
        return state();
    }

    // --- an adjustment's progress in other services, from AdjustmentSaga (Art. 35–37) ---

    /** Idempotent: a link already recorded is not recorded again; a closed adjustment takes none. */
    @CommandHandler
    FormState handle(LinkAdjustment command) {
        if (AdjustmentRules.takes(type, status) && !command.linkedFormId().equals(links.get(command.link()))) {
            apply(new AdjustmentLinked(formId, command.link(), command.linkedFormId(), command.at()));
        }
        return state();
    }

    /** Art. 36: the new line is in service; the old circuit's permanent stop starts (or, stopped first, completes). */
    @CommandHandler
    FormState handle(RecordNewLineActivated command, CircuitLines lines) {
        if (AdjustmentRules.takes(type, status) && newCircuitId.isEmpty()
                && classification != AdjustmentClassification.CONFIGURATION_ONLY) {
            apply(new AdjustmentNewLineActivated(formId, circuitIds.get(0), command.newCircuitId(),
                    command.demandFormId(), command.at()));
            completeIfDone(lines, command.at());
        }
        return state();
    }

    /** Art. 16, 8, 22: the new line will not come; the old circuit is let go untouched. */
    @CommandHandler
    FormState handle(EndAdjustment command, CircuitLines lines) {
        if (AdjustmentRules.endable(type, status, classification, newCircuitId, command.outcome())) {
            apply(new AdjustmentEnded(formId, circuitIds.get(0), customer, command.outcome(),
                    command.linkedFormId(), DispatchRules.orEmpty(command.reason()), command.at()));
            circuitIds.forEach(circuit -> lines.close(circuit, formId, command.at()));
        }
        return state();
    }

    /** Art. 37: provisioning archived the change acceptance. */
    @CommandHandler
    FormState handle(CompleteConfigurationChange command, CircuitLines lines) {
        if (AdjustmentRules.takes(type, status) && classification == AdjustmentClassification.CONFIGURATION_ONLY) {
            handle(new LinkAdjustment(formId, AdjustmentLinkKind.CHANGE_DEMAND, command.changeFormId(), command.at()));
            complete(lines, command.at());
        }
        return state();
    }

    @CommandHandler
    FormState handle(FlagAdjustmentStalled command) {
        NextMove move = move();
        if (AdjustmentRules.takes(type, status) && command.waitingFor() == move.waitingFor()
                && stalls.add(command.waitingFor() + "@" + command.since())) {
            apply(new AdjustmentStalled(formId, command.waitingFor(), command.since(), command.at()));
        }
        return state();
    }

    // --- rules used by several steps ---

    /** Resources are released for a permanent stop, or for an adjustment whose old circuit's stop has started. */
    private void requireReleasing() {
        if (type == StopRequestType.ADJUSTMENT) {
            if (classification == AdjustmentClassification.CONFIGURATION_ONLY) {
                throw ADJUSTMENT_CONFIGURATION_ONLY.reject(formId);
            }
            if (!releasing()) {
                throw ADJUSTMENT_NEW_LINE_NOT_ACTIVATED.reject(formId, circuitIds.get(0));
            }
        } else if (type != StopRequestType.PERMANENT_STOP) {
            throw STEP_NOT_FOR_REQUEST_TYPE.reject(formId, type.label(), type.name());
        }
    }

    private boolean releasing() {
        return NextMove.releasing(type, stopFirst, !newCircuitId.isEmpty());
    }

    private String onForm(String circuitId) {
        String circuit = circuitId == null ? "" : circuitId.strip();
        if (!circuitIds.contains(circuit)) {
            throw CIRCUIT_NOT_ON_FORM.reject(formId, circuit);
        }
        return circuit;
    }

    private String stopReason() {
        return type.label() + " " + formId;
    }

    /** A permanent stop is done with its status changes; a re-allocation also needs its new line (Art. 36). */
    private void completeIfDone(CircuitLines lines, Instant at) {
        if (stopDone && (type == StopRequestType.PERMANENT_STOP || !newCircuitId.isEmpty())) {
            complete(lines, at);
        }
    }

    private void complete(CircuitLines lines, Instant at) {
        apply(new StopFormCompleted(formId, type, customer, circuitIds, newCircuitId,
                links.getOrDefault(AdjustmentLinkKind.CHANGE_DEMAND, ""), at));
        circuitIds.forEach(circuit -> lines.close(circuit, formId, at));
    }

    private NextMove move() {
        return new NextMove(type, status, classification, releasing(), stopDone, !newCircuitId.isEmpty(),
                links.containsKey(AdjustmentLinkKind.CONFIRMATION_FORM));
    }

    private FormState state() {
        NextMove move = move();
        return new FormState(status, move.holder(), move.waitingFor());
    }

    // --- event sourcing ---

    @EventSourcingHandler
    void on(StopFormDispatched event) {
        formId = event.formId();
        type = event.requestType();
        customer = event.customer();
        circuitIds = event.circuitIds();
        circuitIds.forEach(circuit -> released.put(circuit, EnumSet.noneOf(Segment.class)));
        status = Status.DISPATCHED;
    }

    @EventSourcingHandler
    void on(AdjustmentRequested event) {
        formId = event.formId();
        type = StopRequestType.ADJUSTMENT;
        customer = event.customer();
        circuitIds = List.of(event.circuitId());
        released.put(event.circuitId(), EnumSet.noneOf(Segment.class));
        stopFirst = event.stopFirst();
        status = Status.DISPATCHED;
    }

    @EventSourcingHandler
    void on(StopFormAccepted event) {
        status = Status.ACCEPTED;
    }

    @EventSourcingHandler
    void on(AdjustmentClassified event) {
        status = Status.ACCEPTED;
        classification = event.classification();
    }

    @EventSourcingHandler
    void on(ResourceReleased event) {
        released.get(event.circuitId()).add(event.segment());
    }

    @EventSourcingHandler
    void on(StopStatusChangeRequested event) {
        status = Status.STATUS_CHANGE;
        event.units().forEach(unit -> units.put(unit, false));
    }

    @EventSourcingHandler
    void on(StopStatusChangeConfirmed event) {
        units.put(event.unit(), true);
        if (!units.containsValue(false)) {
            stopDone = true;
            status = Status.ACCEPTED;
        }
    }

    @EventSourcingHandler
    void on(LastMileSuspended event) {
        lastMileDone.add(event.circuitId());
    }

    @EventSourcingHandler
    void on(LastMileRestored event) {
        lastMileDone.add(event.circuitId());
    }

    @EventSourcingHandler
    void on(StopFormWithdrawn event) {
        status = Status.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(AdjustmentLinked event) {
        links.put(event.link(), event.linkedFormId());
    }

    @EventSourcingHandler
    void on(AdjustmentNewLineActivated event) {
        newCircuitId = event.newCircuitId();
    }

    @EventSourcingHandler
    void on(AdjustmentStalled event) {
        stalls.add(event.waitingFor() + "@" + event.waitingSince());
    }

    @EventSourcingHandler
    void on(AdjustmentEnded event) {
        status = Status.ENDED;
    }

    @EventSourcingHandler
    void on(StopFormCompleted event) {
        status = Status.COMPLETED;
    }
}
