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
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.LastMileAllocated;
import cn.cmcc.ah.gca.events.provisioning.LastMileProjectCompleted;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.cmcc.ah.gca.events.provisioning.ProvisioningPath.ENGINEERING_BUILD;
import static cn.cmcc.ah.gca.events.provisioning.ProvisioningPath.LAST_MILE_PROJECT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * 本地集团客户接入类资源需求申请及资源开通回复单 (form 2), id {@code RD-…}: from GCD's dispatch on an accepted form 1
 * through CSSC's acceptance, the Art. 18/19/20 preparation of each access point, the form 3 work orders, blocked
 * construction, activation and the RMUs' status changes, to the form 4 acceptance and its archive (Art. 17–23).
 * <p>
 * One form 2 per form 1: its number is derived from the form 1's, so a second dispatch for the same form 1 collides
 * with this aggregate's id. The web layer (DemandDispatchController) answers 422 {@code form1-already-used} when the
 * form 2 already exists in the event store; a simultaneous second dispatch fails in the store (409). Nothing here
 * checks it.
 * <p>
 * {@link DemandKind#CONFIGURATION_CHANGE} is the second way a form 2 starts (Art. 37): opened on decommission-service's
 * classification of an adjustment ({@link OpenConfigurationChange}, id {@code RD-SD-…}), the same steps carry it with
 * {@link WorkOrderType#DATA_CONFIGURATION_CHANGE} work orders, a completion on the existing circuit and no status
 * change ({@link ConfigurationChanges}); {@link #kind} keeps the distinction in the state.
 * <p>
 * Each handler checks the step ({@link ProvisioningStep}, {@link StepOrder}) and applies what its article's policy
 * answers (e.g. {@link PointPreparation}, {@link BlockRules}).
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
        apply(DispatchRules.dispatched(command));
    }

    /** Art. 37: no department dispatches it; decommission-service's classification of the adjustment opens it. */
    @CommandHandler
    DemandForm(OpenConfigurationChange command) {
        apply(ConfigurationChanges.opened(command));
    }

    @CommandHandler
    void handle(AcceptDemand command) {
        ProvisioningStep.ACCEPT_DEMAND.require(command.actingDepartment());
        StepOrder.requireAwaitingAcceptance(formId, status);
        apply(DispatchRules.accepted(formId, kind, request.customer(), points.values(), command));
        EngineeringBuilds.requested(formId, request.customer(), points.values(), command.at())
                .forEach(requested -> apply(requested));
    }

    // --- preparing the points (Art. 19, 20) ---

    @CommandHandler
    void handle(ReportEngineeringCompletionDate command) {
        ProvisioningStep.REPORT_COMPLETION_DATE.require(command.actingDepartment());
        StepOrder.requireUnderConstruction(formId, status);
        PointProgress point = PointPreparation.onPath(formId, points, command.pointId(), ENGINEERING_BUILD);
        apply(PointPreparation.completionDateReported(formId, point, command));
    }

    @CommandHandler
    void handle(ReportEngineeringInService command) {
        ProvisioningStep.REPORT_IN_SERVICE.require(command.actingDepartment());
        StepOrder.requireUnderConstruction(formId, status);
        PointProgress point = PointPreparation.onPath(formId, points, command.pointId(), ENGINEERING_BUILD);
        apply(PointPreparation.inService(formId, point, command));
    }

    @CommandHandler
    void handle(CompleteLastMileProject command) {
        ProvisioningStep.COMPLETE_LAST_MILE_PROJECT.require(command.actingDepartment());
        StepOrder.requireUnderConstruction(formId, status);
        PointProgress point = PointPreparation.onPath(formId, points, command.pointId(), LAST_MILE_PROJECT);
        apply(PointPreparation.projectCompleted(formId, point, command));
    }

    @CommandHandler
    void handle(RegisterResources command) {
        ProvisioningStep.REGISTER_RESOURCES.require(command.actingDepartment());
        StepOrder.requireUnderConstruction(formId, status);
        PointProgress point = PointPreparation.onPath(formId, points, command.pointId(),
                ENGINEERING_BUILD, LAST_MILE_PROJECT);
        apply(PointPreparation.registered(formId, point, command));
    }

    @CommandHandler
    void handle(AllocateLastMile command) {
        ProvisioningStep.ALLOCATE_LAST_MILE.require(command.actingDepartment());
        StepOrder.requireUnderConstruction(formId, status);
        PointProgress point = PointPreparation.onPath(formId, points, command.pointId(), LAST_MILE_PROJECT);
        apply(PointPreparation.allocated(formId, point, command));
    }

    // --- form 3 work orders (Art. 18–20) ---

    /** @return the new work order's id */
    @CommandHandler
    String handle(IssueWorkOrder command) {
        ProvisioningStep.ISSUE_WORK_ORDER.require(command.actingDepartment());
        StepOrder.requireConstructing(formId, status, openBlock);
        PointProgress point = PointPreparation.ready(formId, points, command.pointId());
        WorkOrderIssued issued = WorkOrderIssuing.issued(formId, kind, workOrders.values(), point.pointId(), command);
        apply(issued);
        return issued.workOrderId();
    }

    @CommandHandler
    void handle(CompleteWorkOrder command) {
        ProvisioningStep.COMPLETE_WORK_ORDER.require(command.actingDepartment());
        StepOrder.requireUnderConstruction(formId, status);
        WorkOrder order = WorkOrderOutcomes.open(formId, workOrders, command.workOrderId());
        StepOrder.requireNotBlocked(formId, openBlock);
        apply(WorkOrderOutcomes.completed(formId, order, command));
    }

    /** A failure is recorded even while construction is blocked: it is often what the block is about. */
    @CommandHandler
    void handle(FailWorkOrder command) {
        ProvisioningStep.FAIL_WORK_ORDER.require(command.actingDepartment());
        StepOrder.requireUnderConstruction(formId, status);
        WorkOrder order = WorkOrderOutcomes.open(formId, workOrders, command.workOrderId());
        apply(WorkOrderOutcomes.failed(formId, order, command));
    }

    // --- blocked construction (Art. 22) ---

    /** @return the new block's id */
    @CommandHandler
    String handle(RecordConstructionBlock command) {
        ProvisioningStep.RECORD_BLOCK.require(command.actingDepartment());
        StepOrder.requireConstructing(formId, status, openBlock);
        ConstructionBlocked blocked = BlockRules.recorded(formId, points.keySet(), blocksRecorded, command);
        apply(blocked);
        return blocked.blockId();
    }

    @CommandHandler
    void handle(WriteBlockRecord command) {
        ProvisioningStep.WRITE_BLOCK_RECORD.require(command.actingDepartment());
        StepOrder.requireOpen(formId, status);
        Block block = BlockRules.unresolved(formId, openBlock, blocksRecorded, command.blockId());
        apply(BlockRules.written(formId, block, command));
    }

    /** GCD's co-signature pauses the activation clock from the block on; a CANCEL record cancels the form. */
    @CommandHandler
    void handle(CoSignBlockRecord command) {
        ProvisioningStep.CO_SIGN_BLOCK_RECORD.require(command.actingDepartment());
        StepOrder.requireOpen(formId, status);
        Block block = BlockRules.unresolved(formId, openBlock, blocksRecorded, command.blockId());
        apply(BlockRules.coSigned(formId, block, command));
        String handling = block.record().agreedHandling();
        if (block.record().decision() == BlockDecision.CANCEL) {
            apply(new DemandCancelled(formId, block.blockId(), handling, command.at()));
            EngineeringBuilds.withdrawn(formId, points.values(), handling, command.at())
                    .forEach(withdrawn -> apply(withdrawn));
        }
    }

    @CommandHandler
    void handle(ResumeConstruction command) {
        ProvisioningStep.RESUME_CONSTRUCTION.require(command.actingDepartment());
        StepOrder.requireOpen(formId, status);
        Block block = BlockRules.unresolved(formId, openBlock, blocksRecorded, command.blockId());
        apply(BlockRules.resumed(formId, block, command));
    }

    // --- activation, status change, reply (Art. 21) ---

    /**
     * Every point ready and its four kinds of work completed; each point becomes a {@link Circuit}. A configuration
     * change is complete on its circuit as it is (Art. 37).
     */
    @CommandHandler
    List<CircuitAssignment> handle(CompleteActivation command, FormNumbers numbers) throws Exception {
        ProvisioningStep.COMPLETE_ACTIVATION.require(command.actingDepartment());
        StepOrder.requireConstructing(formId, status, openBlock);
        if (kind == DemandKind.CONFIGURATION_CHANGE) {
            ActivationCompleted changed = ConfigurationChanges.completed(formId, request, points.keySet(),
                    workOrders.values(), command.at());
            apply(changed);
            return changed.circuits();
        }
        List<CircuitAssignment> assignments = ActivationRules.assignments(formId, points, workOrders.values(), numbers);
        apply(new ActivationCompleted(formId, kind, request.customer(), assignments, command.at()));
        for (CircuitAssignment assignment : assignments) {
            CircuitActivated activated = ActivationRules.activated(formId, confirmationFormId, request, solution,
                    points.get(assignment.pointId()).demand(), assignment, command.at());
            createNew(Circuit.class, () -> new Circuit(activated));
        }
        return List.copyOf(assignments);
    }

    @CommandHandler
    void handle(PassStatusChangeInfo command) {
        ProvisioningStep.PASS_STATUS_INFO.require(command.actingDepartment());
        ConfigurationChanges.requireStatusChangeApplies(formId, kind);
        StepOrder.requireActivated(formId, status);
        apply(StatusChangeRules.passed(formId, statusChanges, command));
        StatusChangeRules.requested(formId, request.customer(), command.units(), command.at())
                .forEach(requested -> apply(requested));
    }

    @CommandHandler
    void handle(ConfirmStatusChange command) {
        ProvisioningStep.CONFIRM_STATUS_CHANGE.require(command.actingDepartment());
        ConfigurationChanges.requireStatusChangeApplies(formId, kind);
        StepOrder.requireActivated(formId, status);
        apply(StatusChangeRules.confirmed(formId, statusChanges, command));
    }

    @CommandHandler
    void handle(ReplyDemand command) {
        ProvisioningStep.REPLY_DEMAND.require(command.actingDepartment());
        StepOrder.requireActivated(formId, status);
        apply(ReplyRules.replied(formId, kind, replied, statusChanges, circuits, command));
    }

    // --- acceptance, form 4 (Art. 23) ---

    @CommandHandler
    void handle(OrganiseAcceptance command) {
        ProvisioningStep.ORGANISE_ACCEPTANCE.require(command.actingDepartment());
        StepOrder.requireActivated(formId, status);
        apply(AcceptanceRules.organised(formId, signatures, command));
    }

    /**
     * The customer (its own forms only, see {@link AcceptanceRules#signatory}) and the account manager sign once each.
     */
    @CommandHandler
    void handle(SignAcceptance command) {
        ProvisioningStep.SIGN_ACCEPTANCE.require(command.actingDepartment());
        Signatory signatory = AcceptanceRules.signatory(formId, request.customer().groupId(), command);
        StepOrder.requireActivated(formId, status);
        apply(AcceptanceRules.signed(formId, acceptanceOrganised, signatures, signatory, command));
    }

    /** @return the archive number */
    @CommandHandler
    String handle(ArchiveAcceptance command, FormNumbers numbers) {
        ProvisioningStep.ARCHIVE_ACCEPTANCE.require(command.actingDepartment());
        StepOrder.requireActivated(formId, status);
        AcceptanceRules.requireArchivable(formId, acceptanceOrganised, signatures, replied);
        String archiveNumber = numbers.nextArchiveNumber();
        apply(new AcceptanceArchived(formId, archiveNumber, command.at()));
        return archiveNumber;
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
