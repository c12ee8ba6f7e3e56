package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildWithdrawn;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.LastMileAllocated;
import cn.cmcc.ah.gca.events.provisioning.LastMileProjectCompleted;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.Guards.isoDate;
import static cn.cmcc.ah.gca.provisioning.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_ALREADY_SIGNED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_NOT_ORGANISED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_SIGNER_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACCEPTANCE_SIGNING_STARTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACTIVATION_ALREADY_COMPLETE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACTIVATION_NOT_COMPLETE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_ALREADY_RESOLVED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_NOT_FOUND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_REASON_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_RECORD_ALREADY_CO_SIGNED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_RECORD_NOT_CO_SIGNED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_RECORD_NOT_WRITTEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.BLOCK_UNKNOWN_POINT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.CONSTRUCTION_BLOCKED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_ALREADY_ACCEPTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_ALREADY_REPLIED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_ARCHIVED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_CANCELLED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NOTHING_PROVISIONABLE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.DEMAND_NOT_ACCEPTED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ENGINEERING_COMPLETION_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ENGINEERING_IN_SERVICE_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.LAST_MILE_ALLOCATION_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_BUILD_ALREADY_IN_SERVICE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_BUILD_NOT_IN_SERVICE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_LAST_MILE_ALREADY_ALLOCATED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_NOT_FOUND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_NOT_ON_PATH;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_PROJECT_ALREADY_COMPLETED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_PROJECT_NOT_COMPLETED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_RESOURCES_NOT_REGISTERED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.REPLY_FEEDBACK_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.RESOURCES_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.RESOURCES_UNIT_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_CHANGES_OPEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_CHANGE_ALREADY_CONFIRMED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_CHANGE_UNIT_NOT_INFORMED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_ALREADY_PASSED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.STATUS_INFO_NOT_PASSED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_ACTUAL_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_ASSIGNEE_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_FAILURE_REASON_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_NOT_FOUND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_NOT_OPEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_PLANNED_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_PLANNED_DATE_IN_PAST;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_RESULT_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_TARGET_REQUIRED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * 本地集团客户接入类资源需求申请及资源开通回复单 (form 2), id {@code RD-…}: from GCD's dispatch on an accepted form 1
 * through CSSC's acceptance, the Art. 18/19/20 preparation of each access point, the form 3 work orders, blocked
 * construction, activation and the RMUs' status changes, to the form 4 acceptance and its archive (Art. 17–23).
 * <p>
 * One form 2 per form 1: its number is derived from the form 1's, so a second dispatch for the same form 1 collides
 * with this aggregate's id in the event store (the web layer maps that to 409); nothing here checks it.
 * <p>
 * {@link DemandKind#CONFIGURATION_CHANGE} (Art. 37, opened on decommission-service's events, with
 * {@link WorkOrderType#DATA_CONFIGURATION_CHANGE} work orders) is the second way a form 2 will start; only
 * {@link DemandKind#ACTIVATION} is dispatched today, and {@link #kind} keeps the distinction in the state.
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class DemandForm {

    /** Where a form 2 stands. */
    public enum Status {
        /** 已派发, waiting for CSSC */
        DISPATCHED,
        /** 已受理: points prepared, work orders under way (Art. 17–20, 22) */
        ACCEPTED,
        /** 已开通 (Art. 21): status changes, reply and acceptance follow */
        ACTIVATED,
        /** 已归档 (Art. 23) */
        ARCHIVED,
        /** 已撤销 by a co-signed record of a blocked construction (Art. 22) */
        CANCELLED
    }

    @AggregateIdentifier
    private String formId;
    private DemandKind kind;
    private Status status;
    private String confirmationFormId;
    private ResourceRequest request;
    private NetworkSolution solution;
    private final Map<String, PointProgress> points = new LinkedHashMap<>();
    private final Map<String, WorkOrder> workOrders = new LinkedHashMap<>();
    private int blocksRecorded;
    private Block openBlock;
    private List<CircuitAssignment> circuits = List.of();
    /** unit → confirmed; empty until the status change information is passed (Art. 21) */
    private final Map<String, Boolean> statusChanges = new LinkedHashMap<>();
    private boolean replied;
    private boolean acceptanceOrganised;
    private final Set<Signatory> signatures = new HashSet<>();

    protected DemandForm() {
        // for Axon
    }

    // --- dispatch and acceptance (Art. 16–17) ---

    @CommandHandler
    DemandForm(DispatchDemand command) {
        ProvisioningStep.DISPATCH_DEMAND.require(command.actingDepartment());
        ConfirmedForm basis = DispatchRules.dispatchable(command);
        List<DemandPoint> demandPoints = DemandPoints.of(basis.points());
        if (demandPoints.isEmpty()) {
            throw DEMAND_NOTHING_PROVISIONABLE.reject(command.formId(), basis.formId());
        }
        apply(new DemandDispatched(command.formId(), DemandKind.ACTIVATION, basis.formId(), basis.request(),
                demandPoints, basis.solution(), orEmpty(command.remarks()), command.at()));
    }

    @CommandHandler
    void handle(AcceptDemand command) {
        ProvisioningStep.ACCEPT_DEMAND.require(command.actingDepartment());
        requireOpen();
        if (status != Status.DISPATCHED) {
            throw DEMAND_ALREADY_ACCEPTED.reject(formId);
        }
        apply(DispatchRules.accepted(formId, request.customer(), points.values(), command));
        points.values().stream().filter(point -> point.path() == ProvisioningPath.ENGINEERING_BUILD)
                .forEach(point -> apply(new EngineeringBuildRequested(formId, point.pointId(), point.buildId(formId),
                        request.customer(), point.demand().plannedInServiceDate(), command.at())));
    }

    // --- preparing the points (Art. 19, 20) ---

    @CommandHandler
    void handle(ReportEngineeringCompletionDate command) {
        ProvisioningStep.REPORT_COMPLETION_DATE.require(command.actingDepartment());
        PointProgress point = requirePreparing(command.pointId(), ProvisioningPath.ENGINEERING_BUILD);
        if (point.inService()) {
            throw POINT_BUILD_ALREADY_IN_SERVICE.reject(formId, point.pointId());
        }
        LocalDate date = isoDate(command.completionDate(), () -> ENGINEERING_COMPLETION_DATE_INVALID.reject(formId,
                point.pointId(), String.valueOf(command.completionDate())));
        boolean matchesPlan = date.toString().equals(point.demand().plannedInServiceDate());
        apply(new EngineeringCompletionDateReported(formId, point.pointId(), point.buildId(formId), date.toString(),
                matchesPlan, orEmpty(command.note()), command.at()));
    }

    @CommandHandler
    void handle(ReportEngineeringInService command) {
        ProvisioningStep.REPORT_IN_SERVICE.require(command.actingDepartment());
        PointProgress point = requirePreparing(command.pointId(), ProvisioningPath.ENGINEERING_BUILD);
        if (point.inService()) {
            throw POINT_BUILD_ALREADY_IN_SERVICE.reject(formId, point.pointId());
        }
        LocalDate date = isoDate(command.inServiceDate(), () -> ENGINEERING_IN_SERVICE_DATE_INVALID.reject(formId,
                point.pointId(), String.valueOf(command.inServiceDate())));
        apply(new EngineeringBuildInService(formId, point.pointId(), point.buildId(formId), date.toString(),
                orEmpty(command.note()), command.at()));
    }

    @CommandHandler
    void handle(CompleteLastMileProject command) {
        ProvisioningStep.COMPLETE_LAST_MILE_PROJECT.require(command.actingDepartment());
        PointProgress point = requirePreparing(command.pointId(), ProvisioningPath.LAST_MILE_PROJECT);
        if (point.projectCompleted()) {
            throw POINT_PROJECT_ALREADY_COMPLETED.reject(formId, point.pointId());
        }
        apply(new LastMileProjectCompleted(formId, point.pointId(), orEmpty(command.note()), command.at()));
    }

    /** Art. 19: after the build is in service; Art. 20: after the project. Each RMU involved registers, so repeatable. */
    @CommandHandler
    void handle(RegisterResources command) {
        ProvisioningStep.REGISTER_RESOURCES.require(command.actingDepartment());
        PointProgress point = requirePreparing(command.pointId(), ProvisioningPath.ENGINEERING_BUILD,
                ProvisioningPath.LAST_MILE_PROJECT);
        if (point.path() == ProvisioningPath.ENGINEERING_BUILD && !point.inService()) {
            throw POINT_BUILD_NOT_IN_SERVICE.reject(formId, point.pointId());
        }
        if (point.path() == ProvisioningPath.LAST_MILE_PROJECT && !point.projectCompleted()) {
            throw POINT_PROJECT_NOT_COMPLETED.reject(formId, point.pointId());
        }
        if (!Guards.isUnitCode(command.unit())) {
            throw RESOURCES_UNIT_INVALID.reject(formId, String.valueOf(command.unit()));
        }
        if (isBlank(command.resources())) {
            throw RESOURCES_REQUIRED.reject(formId, point.pointId());
        }
        apply(new ResourcesRegistered(formId, point.pointId(), command.unit(), command.resources().strip(),
                command.at()));
    }

    @CommandHandler
    void handle(AllocateLastMile command) {
        ProvisioningStep.ALLOCATE_LAST_MILE.require(command.actingDepartment());
        PointProgress point = requirePreparing(command.pointId(), ProvisioningPath.LAST_MILE_PROJECT);
        if (point.allocated()) {
            throw POINT_LAST_MILE_ALREADY_ALLOCATED.reject(formId, point.pointId());
        }
        if (!point.projectCompleted()) {
            throw POINT_PROJECT_NOT_COMPLETED.reject(formId, point.pointId());
        }
        if (!point.registered()) {
            throw POINT_RESOURCES_NOT_REGISTERED.reject(formId, point.pointId());
        }
        if (isBlank(command.allocation())) {
            throw LAST_MILE_ALLOCATION_REQUIRED.reject(formId, point.pointId());
        }
        apply(new LastMileAllocated(formId, point.pointId(), command.allocation().strip(), command.at()));
    }

    // --- form 3 work orders (Art. 18–20) ---

    /** @return the new work order's id */
    @CommandHandler
    String handle(IssueWorkOrder command) {
        ProvisioningStep.ISSUE_WORK_ORDER.require(command.actingDepartment());
        requireUnderConstruction();
        requireNotBlocked();
        PointProgress point = requirePoint(command.pointId());
        requireReady(point);
        WorkTarget target = command.target();
        if (target == null) {
            throw WORK_ORDER_TARGET_REQUIRED.reject(formId, point.pointId());
        }
        if (isBlank(command.assigneeUnit())) {
            throw WORK_ORDER_ASSIGNEE_REQUIRED.reject(formId, point.pointId());
        }
        LocalDate planned = isoDate(command.plannedDate(),
                () -> WORK_ORDER_PLANNED_DATE_INVALID.reject(formId, String.valueOf(command.plannedDate())));
        if (planned.isBefore(Guards.dayOf(command.at()))) {
            throw WORK_ORDER_PLANNED_DATE_IN_PAST.reject(formId, planned.toString());
        }
        String reissueOf = WorkOrderRules.reissued(formId, workOrders.values(), point.pointId(), target,
                orEmpty(command.reissueOf()));
        String workOrderId = "%s-W%02d".formatted(formId, workOrders.size() + 1);
        WorkOrderType type = kind == DemandKind.ACTIVATION
                ? WorkOrderType.ACTIVATION : WorkOrderType.DATA_CONFIGURATION_CHANGE;
        apply(new WorkOrderIssued(formId, workOrderId, type, point.pointId(), target, command.assigneeUnit().strip(),
                planned.toString(), orEmpty(command.instructions()), reissueOf, command.at()));
        return workOrderId;
    }

    @CommandHandler
    void handle(CompleteWorkOrder command) {
        ProvisioningStep.COMPLETE_WORK_ORDER.require(command.actingDepartment());
        requireUnderConstruction();
        WorkOrder order = requireOpenWorkOrder(command.workOrderId());
        requireNotBlocked();
        LocalDate actual = isoDate(command.actualDate(), () -> WORK_ORDER_ACTUAL_DATE_INVALID.reject(formId,
                order.workOrderId(), String.valueOf(command.actualDate())));
        if (isBlank(command.result())) {
            throw WORK_ORDER_RESULT_REQUIRED.reject(formId, order.workOrderId());
        }
        apply(new WorkOrderCompleted(formId, order.workOrderId(), order.pointId(), order.target(), actual.toString(),
                command.result().strip(), command.at()));
    }

    /** A failure is recorded even while construction is blocked: it is often what the block is about. */
    @CommandHandler
    void handle(FailWorkOrder command) {
        ProvisioningStep.FAIL_WORK_ORDER.require(command.actingDepartment());
        requireUnderConstruction();
        WorkOrder order = requireOpenWorkOrder(command.workOrderId());
        if (isBlank(command.reason())) {
            throw WORK_ORDER_FAILURE_REASON_REQUIRED.reject(formId, order.workOrderId());
        }
        apply(new WorkOrderFailed(formId, order.workOrderId(), order.pointId(), order.target(),
                command.reason().strip(), command.at()));
    }

    // --- blocked construction (Art. 22) ---

    /** @return the new block's id */
    @CommandHandler
    String handle(RecordConstructionBlock command) {
        ProvisioningStep.RECORD_BLOCK.require(command.actingDepartment());
        requireUnderConstruction();
        requireNotBlocked();
        String pointId = orEmpty(command.pointId());
        if (!pointId.isEmpty() && !points.containsKey(pointId)) {
            throw BLOCK_UNKNOWN_POINT.reject(formId, pointId);
        }
        if (isBlank(command.reason())) {
            throw BLOCK_REASON_REQUIRED.reject(formId);
        }
        String blockId = formId + "-B" + (blocksRecorded + 1);
        apply(new ConstructionBlocked(formId, blockId, pointId, command.reason().strip(), command.at()));
        return blockId;
    }

    /** CSSC writes and signs; until GCD co-signs, a new record replaces the last one. */
    @CommandHandler
    void handle(WriteBlockRecord command) {
        ProvisioningStep.WRITE_BLOCK_RECORD.require(command.actingDepartment());
        Block block = requireUnresolvedBlock(command.blockId());
        if (block.coSigned()) {
            throw BLOCK_RECORD_ALREADY_CO_SIGNED.reject(formId, block.blockId());
        }
        apply(BlockRules.written(formId, block.blockId(), command));
    }

    /** GCD's co-signature pauses the activation clock from the block on; a CANCEL record cancels the form. */
    @CommandHandler
    void handle(CoSignBlockRecord command) {
        ProvisioningStep.CO_SIGN_BLOCK_RECORD.require(command.actingDepartment());
        Block block = requireUnresolvedBlock(command.blockId());
        if (block.coSigned()) {
            throw BLOCK_RECORD_ALREADY_CO_SIGNED.reject(formId, block.blockId());
        }
        BlockRecordWritten record = block.record();
        if (record == null) {
            throw BLOCK_RECORD_NOT_WRITTEN.reject(formId, block.blockId());
        }
        String gcdSignatory = BlockRules.signatory(formId, block.blockId(), command.signedBy());
        apply(new BlockRecordCoSigned(formId, block.blockId(), record.agreedHandling(), record.activationResult(),
                record.decision(), record.csscSignatory(), gcdSignatory, block.blockedAt(), command.at()));
        if (record.decision() == BlockDecision.CANCEL) {
            apply(new DemandCancelled(formId, block.blockId(), record.agreedHandling(), command.at()));
            points.values().stream()
                    .filter(point -> point.path() == ProvisioningPath.ENGINEERING_BUILD && !point.inService())
                    .forEach(point -> apply(new EngineeringBuildWithdrawn(formId, point.pointId(),
                            point.buildId(formId), record.agreedHandling(), command.at())));
        }
    }

    @CommandHandler
    void handle(ResumeConstruction command) {
        ProvisioningStep.RESUME_CONSTRUCTION.require(command.actingDepartment());
        Block block = requireUnresolvedBlock(command.blockId());
        if (!block.coSigned()) {
            throw BLOCK_RECORD_NOT_CO_SIGNED.reject(formId, block.blockId());
        }
        apply(new ConstructionResumed(formId, block.blockId(), orEmpty(command.note()), command.at()));
    }

    // --- activation, status change, reply (Art. 21) ---

    /** Every point ready and its four kinds of work completed; each point becomes a {@link Circuit}. */
    @CommandHandler
    List<CircuitAssignment> handle(CompleteActivation command, FormNumbers numbers) throws Exception {
        ProvisioningStep.COMPLETE_ACTIVATION.require(command.actingDepartment());
        requireUnderConstruction();
        requireNotBlocked();
        points.values().forEach(this::requireReady);
        WorkOrderRules.requireAllWorkDone(formId, points.keySet(), workOrders.values());
        List<CircuitAssignment> assignments = new ArrayList<>();
        points.keySet().forEach(pointId -> assignments.add(new CircuitAssignment(pointId, numbers.nextCircuitId())));
        apply(new ActivationCompleted(formId, request.customer(), assignments, command.at()));
        for (CircuitAssignment assignment : assignments) {
            DemandPoint point = points.get(assignment.pointId()).demand();
            CircuitActivated activated = new CircuitActivated(assignment.circuitId(), request.customer(),
                    request.product(), request.bandwidthMbps(), point.point(),
                    solution.lines().stream().filter(line -> line.pointId().equals(assignment.pointId())).toList(),
                    formId, confirmationFormId, command.at());
            createNew(Circuit.class, () -> new Circuit(activated));
        }
        return List.copyOf(assignments);
    }

    @CommandHandler
    void handle(PassStatusChangeInfo command) {
        ProvisioningStep.PASS_STATUS_INFO.require(command.actingDepartment());
        requireActivated();
        if (!statusChanges.isEmpty()) {
            throw STATUS_INFO_ALREADY_PASSED.reject(formId);
        }
        StatusChangeRules.requireUnits(formId, command.units());
        apply(new StatusChangeInfoPassed(formId, command.units(), orEmpty(command.details()), command.at()));
        command.units().forEach(unit -> apply(new StatusChangeRequested(formId, unit, formId + "." + unit,
                request.customer(), command.at())));
    }

    @CommandHandler
    void handle(ConfirmStatusChange command) {
        ProvisioningStep.CONFIRM_STATUS_CHANGE.require(command.actingDepartment());
        requireActivated();
        if (statusChanges.isEmpty()) {
            throw STATUS_INFO_NOT_PASSED.reject(formId);
        }
        Boolean confirmed = command.unit() == null ? null : statusChanges.get(command.unit());
        if (confirmed == null) {
            throw STATUS_CHANGE_UNIT_NOT_INFORMED.reject(formId, String.valueOf(command.unit()));
        }
        if (confirmed) {
            throw STATUS_CHANGE_ALREADY_CONFIRMED.reject(formId, command.unit());
        }
        apply(new StatusChangeConfirmed(formId, command.unit(), formId + "." + command.unit(),
                orEmpty(command.note()), command.at()));
    }

    @CommandHandler
    void handle(ReplyDemand command) {
        ProvisioningStep.REPLY_DEMAND.require(command.actingDepartment());
        requireActivated();
        if (replied) {
            throw DEMAND_ALREADY_REPLIED.reject(formId);
        }
        if (statusChanges.isEmpty()) {
            throw STATUS_INFO_NOT_PASSED.reject(formId);
        }
        List<String> open = statusChanges.entrySet().stream().filter(unit -> !unit.getValue())
                .map(Map.Entry::getKey).toList();
        if (!open.isEmpty()) {
            throw STATUS_CHANGES_OPEN.reject(formId, String.join(", ", open));
        }
        if (isBlank(command.feedback())) {
            throw REPLY_FEEDBACK_REQUIRED.reject(formId);
        }
        apply(new DemandReplied(formId, circuits, command.feedback().strip(), command.at()));
    }

    // --- acceptance, form 4 (Art. 23) ---

    /** Organised again (a correction) until the first signature. */
    @CommandHandler
    void handle(OrganiseAcceptance command) {
        ProvisioningStep.ORGANISE_ACCEPTANCE.require(command.actingDepartment());
        requireActivated();
        if (!signatures.isEmpty()) {
            throw ACCEPTANCE_SIGNING_STARTED.reject(formId);
        }
        apply(AcceptanceRules.organised(formId, command));
    }

    /** The customer (its own forms only, see {@link AcceptanceRules#signatory}) and the account manager sign once each. */
    @CommandHandler
    void handle(SignAcceptance command) {
        ProvisioningStep.SIGN_ACCEPTANCE.require(command.actingDepartment());
        Signatory signatory = AcceptanceRules.signatory(formId, request.customer().groupId(), command);
        requireActivated();
        if (!acceptanceOrganised) {
            throw ACCEPTANCE_NOT_ORGANISED.reject(formId);
        }
        if (signatures.contains(signatory)) {
            throw ACCEPTANCE_ALREADY_SIGNED.reject(formId, signatory.name(), signatory.label());
        }
        if (isBlank(command.signedBy())) {
            throw ACCEPTANCE_SIGNER_REQUIRED.reject(formId);
        }
        apply(new AcceptanceSignatureAdded(formId, signatory, command.signedBy().strip(), signatures.size() == 1,
                command.at()));
    }

    /** @return the archive number */
    @CommandHandler
    String handle(ArchiveAcceptance command, FormNumbers numbers) {
        ProvisioningStep.ARCHIVE_ACCEPTANCE.require(command.actingDepartment());
        requireActivated();
        AcceptanceRules.requireArchivable(formId, acceptanceOrganised, signatures, replied);
        String archiveNumber = numbers.nextArchiveNumber();
        apply(new AcceptanceArchived(formId, archiveNumber, command.at()));
        return archiveNumber;
    }

    // --- where the form stands ---

    private void requireOpen() {
        if (status == Status.CANCELLED) {
            throw DEMAND_CANCELLED.reject(formId);
        }
        if (status == Status.ARCHIVED) {
            throw DEMAND_ARCHIVED.reject(formId);
        }
    }

    /** Between CSSC's acceptance and the activation (Art. 17–22). */
    private void requireUnderConstruction() {
        requireOpen();
        if (status == Status.DISPATCHED) {
            throw DEMAND_NOT_ACCEPTED.reject(formId);
        }
        if (status == Status.ACTIVATED) {
            throw ACTIVATION_ALREADY_COMPLETE.reject(formId);
        }
    }

    private void requireActivated() {
        requireOpen();
        if (status != Status.ACTIVATED) {
            throw ACTIVATION_NOT_COMPLETE.reject(formId);
        }
    }

    private void requireNotBlocked() {
        if (openBlock != null) {
            throw CONSTRUCTION_BLOCKED.reject(formId, openBlock.blockId());
        }
    }

    private PointProgress requirePoint(String pointId) {
        PointProgress point = pointId == null ? null : points.get(pointId);
        if (point == null) {
            throw POINT_NOT_FOUND.reject(formId, String.valueOf(pointId));
        }
        return point;
    }

    /** A preparation step of one of these paths, on a point under construction. */
    private PointProgress requirePreparing(String pointId, ProvisioningPath... paths) {
        requireUnderConstruction();
        PointProgress point = requirePoint(pointId);
        if (!List.of(paths).contains(point.path())) {
            throw POINT_NOT_ON_PATH.reject(formId, point.pointId(), point.path().name(), point.path().label(),
                    point.path().article());
        }
        return point;
    }

    private void requireReady(PointProgress point) {
        point.missingStep().ifPresent(missing -> {
            throw missing.reject(formId, point.pointId());
        });
    }

    private WorkOrder requireOpenWorkOrder(String workOrderId) {
        WorkOrder order = workOrderId == null ? null : workOrders.get(workOrderId);
        if (order == null) {
            throw WORK_ORDER_NOT_FOUND.reject(formId, String.valueOf(workOrderId));
        }
        if (order.status() != WorkOrder.Status.OPEN) {
            throw WORK_ORDER_NOT_OPEN.reject(formId, order.workOrderId());
        }
        return order;
    }

    private Block requireUnresolvedBlock(String blockId) {
        requireOpen();
        if (openBlock != null && openBlock.blockId().equals(blockId)) {
            return openBlock;
        }
        if (blockId != null && blockId.startsWith(formId + "-B")) {
            String number = blockId.substring(formId.length() + 2);
            if (number.matches("[1-9]\\d{0,5}") && Integer.parseInt(number) <= blocksRecorded) {
                throw BLOCK_ALREADY_RESOLVED.reject(formId, blockId);
            }
        }
        throw BLOCK_NOT_FOUND.reject(formId, String.valueOf(blockId));
    }

    // --- event sourcing ---

    @EventSourcingHandler
    void on(DemandDispatched event) {
        formId = event.formId();
        kind = event.kind();
        status = Status.DISPATCHED;
        confirmationFormId = event.confirmationFormId();
        request = event.request();
        solution = event.solution();
        event.points().forEach(point -> points.put(point.point().pointId(), PointProgress.of(point)));
    }

    @EventSourcingHandler
    void on(DemandAccepted event) {
        status = Status.ACCEPTED;
    }

    @EventSourcingHandler
    void on(EngineeringBuildInService event) {
        points.computeIfPresent(event.pointId(), (id, point) -> point.putInService());
    }

    @EventSourcingHandler
    void on(LastMileProjectCompleted event) {
        points.computeIfPresent(event.pointId(), (id, point) -> point.projectDone());
    }

    @EventSourcingHandler
    void on(ResourcesRegistered event) {
        points.computeIfPresent(event.pointId(), (id, point) -> point.resourcesRegistered());
    }

    @EventSourcingHandler
    void on(LastMileAllocated event) {
        points.computeIfPresent(event.pointId(), (id, point) -> point.lastMileAllocated());
    }

    @EventSourcingHandler
    void on(WorkOrderIssued event) {
        workOrders.put(event.workOrderId(), WorkOrder.issued(event.workOrderId(), event.pointId(), event.target()));
        if (!event.reissueOf().isEmpty()) {
            workOrders.computeIfPresent(event.reissueOf(), (id, order) -> order.reissuedAs(event.workOrderId()));
        }
    }

    @EventSourcingHandler
    void on(WorkOrderCompleted event) {
        workOrders.computeIfPresent(event.workOrderId(), (id, order) -> order.with(WorkOrder.Status.COMPLETED));
    }

    @EventSourcingHandler
    void on(WorkOrderFailed event) {
        workOrders.computeIfPresent(event.workOrderId(), (id, order) -> order.with(WorkOrder.Status.FAILED));
    }

    @EventSourcingHandler
    void on(ConstructionBlocked event) {
        blocksRecorded++;
        openBlock = new Block(event.blockId(), event.pointId(), event.blockedAt(), null, false);
    }

    @EventSourcingHandler
    void on(BlockRecordWritten event) {
        openBlock = openBlock.written(event);
    }

    @EventSourcingHandler
    void on(BlockRecordCoSigned event) {
        openBlock = openBlock.withCoSignature();
    }

    @EventSourcingHandler
    void on(ConstructionResumed event) {
        openBlock = null;
    }

    @EventSourcingHandler
    void on(DemandCancelled event) {
        status = Status.CANCELLED;
        openBlock = null;
    }

    @EventSourcingHandler
    void on(ActivationCompleted event) {
        status = Status.ACTIVATED;
        circuits = event.circuits();
    }

    @EventSourcingHandler
    void on(StatusChangeInfoPassed event) {
        event.units().forEach(unit -> statusChanges.put(unit, false));
    }

    @EventSourcingHandler
    void on(StatusChangeConfirmed event) {
        statusChanges.put(event.unit(), true);
    }

    @EventSourcingHandler
    void on(DemandReplied event) {
        replied = true;
    }

    @EventSourcingHandler
    void on(AcceptanceOrganised event) {
        acceptanceOrganised = true;
    }

    @EventSourcingHandler
    void on(AcceptanceSignatureAdded event) {
        signatures.add(event.signatory());
    }

    @EventSourcingHandler
    void on(AcceptanceArchived event) {
        status = Status.ARCHIVED;
    }
}
