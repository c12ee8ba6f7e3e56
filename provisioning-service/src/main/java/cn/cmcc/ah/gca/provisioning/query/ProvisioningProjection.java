package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildWithdrawn;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.LastMileAllocated;
import cn.cmcc.ah.gca.events.provisioning.LastMileProjectCompleted;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.support.query.HistoryEntry;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import cn.cmcc.ah.gca.support.query.ViewStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static cn.cmcc.ah.gca.support.query.HistoryEntry.details;

/**
 * Keeps the in-sale read models ({@link ProvisioningQueries}) from the service's own event store: idempotent and
 * replayable (see {@link cn.cmcc.ah.gca.support.query.ViewStore}); a reset empties them for a replay from the first
 * event.
 * <p>
 * A form's open work ({@link DueWork}) is derived from its view after each event, and only the items that changed are
 * written, before the view: the view's sequence vouches for its open work, so a redelivered event (the view took it
 * already) changes nothing, and one whose view was not written yet writes both again.
 */
@Component
@ProcessingGroup(ProvisioningProjection.GROUP)
public class ProvisioningProjection {

    /** The processing group; a new view format gets a new name, so the store is replayed into it once. */
    public static final String GROUP = "provisioning-forms";

    private final ProvisioningQueries views;

    ProvisioningProjection(ProvisioningQueries views) {
        this.views = views;
    }

    // ---- Art. 17: dispatch and acceptance

    @EventHandler
    void on(DemandDispatched event, EventMessage<?> message) {
        DemandFormView view = new DemandFormView();
        view.formId = event.formId();
        view.kind = event.kind();
        view.confirmationFormId = event.confirmationFormId();
        view.status = DemandStatus.DISPATCHED;
        view.request = event.request();
        view.solution = event.solution();
        view.remarks = event.remarks();
        event.points().forEach(demandPoint -> {
            DemandPointView point = new DemandPointView();
            point.point = demandPoint.point();
            point.path = demandPoint.path();
            point.segments = new ArrayList<>(demandPoint.segments());
            point.readyBy = demandPoint.readyBy();
            point.plannedInServiceDate = demandPoint.plannedInServiceDate();
            view.points.add(point);
        });
        view.dispatchedAt = event.dispatchedAt();
        view.history.add(HistoryEntry.of(event.dispatchedAt(), message, details("kind", event.kind().name(),
                "confirmationFormId", event.confirmationFormId(), "points", event.points().size())));
        Map<String, DueWork.Due> due = DueWork.of(view);
        refresh(view, due);
        writeDue(view, Map.of(), due, 0, event.dispatchedAt());
        views.forms.create(event.formId(), () -> view);
    }

    @EventHandler
    void on(DemandAccepted event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.acceptedAt(), message,
                details("plannedActivationDate", event.plannedActivationDate()), view -> {
                    view.status = DemandStatus.ACCEPTED;
                    view.plannedActivationDate = event.plannedActivationDate();
                    view.resourceApplication = event.resourceApplication();
                    view.lastMileScheduling = event.lastMileScheduling();
                    view.acceptedAt = event.acceptedAt();
                });
    }

    // ---- Art. 19: the ENG build

    @EventHandler
    void on(EngineeringBuildRequested event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.requestedAt(), message, details("pointId", event.pointId(),
                "plannedInServiceDate", event.plannedInServiceDate()), view -> point(view, event.pointId(), point -> {
                    point.buildId = event.buildId();
                    point.buildRequestedAt = event.requestedAt();
                    point.plannedInServiceDate = event.plannedInServiceDate();
                }));
    }

    @EventHandler
    void on(EngineeringCompletionDateReported event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.reportedAt(), message, details("pointId", event.pointId(),
                "completionDate", event.completionDate(), "matchesPlan", event.matchesPlan(), "note", event.note()),
                view -> point(view, event.pointId(), point -> {
                    point.completionDate = event.completionDate();
                    point.completionMatchesPlan = event.matchesPlan();
                    point.completionReportedAt = event.reportedAt();
                    point.engineeringNote = event.note();
                }));
    }

    @EventHandler
    void on(EngineeringBuildInService event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.inServiceAt(), message, details("pointId", event.pointId(),
                "inServiceDate", event.inServiceDate(), "note", event.note()),
                view -> point(view, event.pointId(), point -> {
                    point.inServiceDate = event.inServiceDate();
                    point.inServiceAt = event.inServiceAt();
                    if (!event.note().isEmpty()) {
                        point.engineeringNote = event.note();
                    }
                }));
    }

    @EventHandler
    void on(EngineeringBuildWithdrawn event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.withdrawnAt(), message, details("pointId", event.pointId(),
                "reason", event.reason()), view -> point(view, event.pointId(),
                point -> point.buildWithdrawnAt = event.withdrawnAt()));
    }

    // ---- Art. 19, 20: last-mile project, registration, allocation

    @EventHandler
    void on(LastMileProjectCompleted event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.completedAt(), message, details("pointId", event.pointId(),
                "note", event.note()), view -> point(view, event.pointId(), point -> {
                    point.projectCompletedAt = event.completedAt();
                    point.projectNote = event.note();
                }));
    }

    @EventHandler
    void on(ResourcesRegistered event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.registeredAt(), message, details("pointId", event.pointId(),
                "unit", event.unit(), "resources", event.resources()), view -> point(view, event.pointId(),
                point -> point.registrations.add(new DemandPointView.Registration(event.unit(), event.resources(),
                        event.registeredAt()))));
    }

    @EventHandler
    void on(LastMileAllocated event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.allocatedAt(), message, details("pointId", event.pointId(),
                "allocation", event.allocation()), view -> point(view, event.pointId(), point -> {
                    point.allocation = event.allocation();
                    point.allocatedAt = event.allocatedAt();
                }));
    }

    // ---- Art. 18–20: form 3 work orders

    @EventHandler
    void on(WorkOrderIssued event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.issuedAt(), message, details("workOrderId", event.workOrderId(),
                "type", event.type().name(), "pointId", event.pointId(), "target", event.target().name(),
                "assigneeUnit", event.assigneeUnit(), "plannedDate", event.plannedDate(),
                "reissueOf", event.reissueOf()), view -> {
                    WorkOrderView order = new WorkOrderView();
                    order.workOrderId = event.workOrderId();
                    order.type = event.type();
                    order.pointId = event.pointId();
                    order.target = event.target();
                    order.assigneeUnit = event.assigneeUnit();
                    order.plannedDate = event.plannedDate();
                    order.instructions = event.instructions();
                    order.reissueOf = event.reissueOf();
                    order.issuedAt = event.issuedAt();
                    view.workOrders.add(order);
                    if (!event.reissueOf().isEmpty()) {
                        view.workOrder(event.reissueOf()).ifPresent(failed -> failed.reissuedAs = event.workOrderId());
                    }
                });
    }

    @EventHandler
    void on(WorkOrderCompleted event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.completedAt(), message, details("workOrderId", event.workOrderId(),
                "actualDate", event.actualDate(), "result", event.result()),
                view -> view.workOrder(event.workOrderId()).ifPresent(order -> {
                    order.status = WorkOrderView.Status.COMPLETED;
                    order.actualDate = event.actualDate();
                    order.result = event.result();
                    order.closedAt = event.completedAt();
                }));
    }

    @EventHandler
    void on(WorkOrderFailed event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.failedAt(), message, details("workOrderId", event.workOrderId(),
                "reason", event.reason()), view -> view.workOrder(event.workOrderId()).ifPresent(order -> {
                    order.status = WorkOrderView.Status.FAILED;
                    order.failureReason = event.reason();
                    order.closedAt = event.failedAt();
                }));
    }

    // ---- Art. 22: blocked construction

    @EventHandler
    void on(ConstructionBlocked event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.blockedAt(), message, details("blockId", event.blockId(),
                "pointId", event.pointId(), "reason", event.reason()), view -> {
                    BlockView block = new BlockView();
                    block.blockId = event.blockId();
                    block.pointId = event.pointId();
                    block.reason = event.reason();
                    block.blockedAt = event.blockedAt();
                    view.blocks.add(block);
                });
    }

    @EventHandler
    void on(BlockRecordWritten event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.writtenAt(), message, details("blockId", event.blockId(),
                "decision", event.decision().name(), "agreedHandling", event.agreedHandling(),
                "activationResult", event.activationResult()),
                view -> view.block(event.blockId()).ifPresent(block -> {
                    block.status = BlockView.Status.RECORD_WRITTEN;
                    block.agreedHandling = event.agreedHandling();
                    block.activationResult = event.activationResult();
                    block.decision = event.decision();
                    block.csscSignedBy = event.csscSignatory();
                    block.writtenAt = event.writtenAt();
                }));
    }

    @EventHandler
    void on(BlockRecordCoSigned event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.coSignedAt(), message, details("blockId", event.blockId(),
                "decision", event.decision().name()), view -> view.block(event.blockId()).ifPresent(block -> {
                    block.status = event.decision() == BlockDecision.CONTINUE ? BlockView.Status.PAUSED
                            : BlockView.Status.CANCELLED;
                    block.agreedHandling = event.agreedHandling();
                    block.activationResult = event.activationResult();
                    block.decision = event.decision();
                    block.csscSignedBy = event.csscSignatory();
                    block.gcdSignedBy = event.gcdSignatory();
                    block.coSignedAt = event.coSignedAt();
                }));
    }

    @EventHandler
    void on(ConstructionResumed event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.resumedAt(), message, details("blockId", event.blockId(),
                "note", event.note()), view -> view.block(event.blockId()).ifPresent(block -> {
                    block.status = BlockView.Status.RESUMED;
                    block.resumeNote = event.note();
                    block.resumedAt = event.resumedAt();
                }));
    }

    @EventHandler
    void on(DemandCancelled event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.cancelledAt(), message, details("blockId", event.blockId(),
                "reason", event.reason()), view -> {
                    view.status = DemandStatus.CANCELLED;
                    view.cancelledByBlock = event.blockId();
                    view.cancellationReason = event.reason();
                    view.closedAt = event.cancelledAt();
                });
    }

    // ---- Art. 21: activation, status changes, reply

    @EventHandler
    void on(ActivationCompleted event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.completedAt(), message, details("circuits",
                event.circuits().stream().map(c -> c.pointId() + "=" + c.circuitId()).toList()), view -> {
                    view.status = DemandStatus.ACTIVATED;
                    view.circuits = new ArrayList<>(event.circuits());
                    view.activatedAt = event.completedAt();
                    event.circuits().forEach(assignment -> view.point(assignment.pointId())
                            .ifPresent(point -> point.circuitId = assignment.circuitId()));
                    if (view.acceptanceState == DemandFormView.AcceptanceState.NOT_DUE) {
                        view.acceptanceState = DemandFormView.AcceptanceState.DUE;
                    }
                });
    }

    @EventHandler
    void on(StatusChangeInfoPassed event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.passedAt(), message, details("units", event.units(),
                "details", event.details()), view -> {
                    view.statusInfoUnits = new ArrayList<>(event.units());
                    view.statusInfoDetails = event.details();
                    view.statusInfoPassedAt = event.passedAt();
                });
    }

    @EventHandler
    void on(StatusChangeRequested event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.requestedAt(), message, details("unit", event.unit()), view -> {
            StatusChangeView change = view.statusChange(event.unit()).orElseGet(() -> {
                StatusChangeView added = new StatusChangeView();
                added.unit = event.unit();
                view.statusChanges.add(added);
                return added;
            });
            change.changeId = event.changeId();
            change.requestedAt = event.requestedAt();
        });
    }

    @EventHandler
    void on(StatusChangeConfirmed event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.confirmedAt(), message, details("unit", event.unit(),
                "note", event.note()), view -> view.statusChange(event.unit()).ifPresent(change -> {
                    change.confirmedAt = event.confirmedAt();
                    change.note = event.note();
                }));
    }

    @EventHandler
    void on(DemandReplied event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.repliedAt(), message, details("feedback", event.feedback()),
                view -> {
                    if (view.status == DemandStatus.ACTIVATED) {
                        view.status = DemandStatus.REPLIED;
                    }
                    view.feedback = event.feedback();
                    view.repliedAt = event.repliedAt();
                });
    }

    // ---- Art. 23: form 4

    @EventHandler
    void on(AcceptanceOrganised event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.organisedAt(), message, details("acceptanceDate",
                event.acceptanceDate(), "tests", event.tests().size()), view -> {
                    AcceptanceView acceptance = new AcceptanceView();
                    acceptance.acceptanceDate = event.acceptanceDate();
                    acceptance.participants = new ArrayList<>(event.participants());
                    acceptance.tests = new ArrayList<>(event.tests());
                    acceptance.organisedAt = event.organisedAt();
                    view.acceptance = acceptance;
                    view.acceptanceState = DemandFormView.AcceptanceState.ORGANISED;
                });
    }

    @EventHandler
    void on(AcceptanceSignatureAdded event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.signedAt(), message, details("signatory", event.signatory().name(),
                "complete", event.complete()), view -> {
                    if (view.acceptance == null) {
                        view.acceptance = new AcceptanceView();
                    }
                    view.acceptance.signatures.removeIf(s -> s.signatory() == event.signatory());
                    view.acceptance.signatures.add(new AcceptanceView.Signature(event.signatory(), event.signerName(),
                            event.signedAt()));
                    view.acceptance.signed = event.complete();
                    if (event.complete()) {
                        view.acceptanceState = DemandFormView.AcceptanceState.SIGNED;
                    }
                });
    }

    @EventHandler
    void on(AcceptanceArchived event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.archivedAt(), message, details("archiveNumber",
                event.archiveNumber()), view -> {
                    if (view.acceptance == null) {
                        view.acceptance = new AcceptanceView();
                    }
                    view.acceptance.archiveNumber = event.archiveNumber();
                    view.acceptance.archivedAt = event.archivedAt();
                    view.acceptanceState = DemandFormView.AcceptanceState.ARCHIVED;
                    view.status = DemandStatus.ARCHIVED;
                    view.closedAt = event.archivedAt();
                });
    }

    // ---- circuits (Art. 21)

    @EventHandler
    void on(CircuitActivated event) {
        views.circuits.create(event.circuitId(), () -> {
            CircuitView view = new CircuitView();
            view.circuitId = event.circuitId();
            view.customer = event.customer();
            view.product = event.product();
            view.bandwidthMbps = event.bandwidthMbps();
            view.point = event.point();
            view.segments = new ArrayList<>(event.segments());
            view.demandFormId = event.demandFormId();
            view.confirmationFormId = event.confirmationFormId();
            view.status = CircuitView.Status.IN_SERVICE;
            view.activatedAt = event.activatedAt();
            return view;
        });
    }

    // ---- mechanics

    /**
     * Applies an event to a form: to the stored view (unless it took the event already), derives the open work before
     * and after, writes the changed work items, then the view.
     */
    private void update(String formId, long sequence, Instant at, EventMessage<?> message,
                        Map<String, Object> details, Consumer<DemandFormView> change) {
        stageDueFirst();
        Optional<ViewStore.Stored<DemandFormView>> stored = views.forms.findStored(formId);
        if (stored.isEmpty() || stored.get().sequence() >= sequence) {
            return;
        }
        Consumer<DemandFormView> step = view -> {
            change.accept(view);
            view.history.add(HistoryEntry.of(at, message, details));
        };
        DemandFormView view = stored.get().view();
        Map<String, DueWork.Due> before = DueWork.of(view);
        step.accept(view);
        Map<String, DueWork.Due> after = DueWork.of(view);
        writeDue(view, before, after, sequence, at);
        views.forms.apply(formId, sequence, stale -> {
            step.accept(stale);
            refresh(stale, after);
        });
    }

    /**
     * In a batch ({@link ViewBatches}) the stores write in the order they were first used: the open work is used first,
     * so that it is written before the views whose sequence vouches for it.
     */
    private void stageDueFirst() {
        if (!ViewBatches.messages().isEmpty()) {
            views.due.findAsStored("");
        }
    }

    private void writeDue(DemandFormView form, Map<String, DueWork.Due> before, Map<String, DueWork.Due> after,
                          long sequence, Instant at) {
        after.values().forEach(item -> {
            if (!item.equals(before.get(item.id()))) {
                DueItemView fresh = item.toView(form);
                if (!views.due.create(item.id(), sequence, () -> fresh)) {
                    views.due.apply(item.id(), sequence, stored -> reopen(stored, fresh));
                }
            }
        });
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(id -> views.due.apply(id, sequence,
                stored -> {
                    stored.open = false;
                    stored.closedAt = at;
                }));
    }

    private static void reopen(DueItemView stored, DueItemView fresh) {
        stored.demandKind = fresh.demandKind;
        stored.circuitId = fresh.circuitId;
        stored.pointId = fresh.pointId;
        stored.workOrderId = fresh.workOrderId;
        stored.blockId = fresh.blockId;
        stored.unit = fresh.unit;
        stored.since = fresh.since;
        stored.dueDate = fresh.dueDate;
        stored.note = fresh.note;
        stored.open = true;
        stored.closedAt = null;
    }

    private static void refresh(DemandFormView view, Map<String, DueWork.Due> due) {
        view.awaiting = new ArrayList<>(DueWork.awaiting(due));
        view.blocked = view.blocks.stream().anyMatch(BlockView::open);
    }

    private static void point(DemandFormView view, String pointId, Consumer<DemandPointView> change) {
        change.accept(view.point(pointId).orElseThrow(
                () -> new IllegalStateException("Form " + view.formId + " has no point " + pointId)));
    }



    @ResetHandler
    void reset() {
        views.forms.deleteAll();
        views.due.deleteAll();
        views.circuits.deleteAll();
    }
}
