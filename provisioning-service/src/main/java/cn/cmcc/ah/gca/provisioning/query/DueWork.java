package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open work of a form 2, derived from its view alone (Art. 17–23; Art. 37 for a configuration change, which has
 * no status change to pass before its reply): the departments' inboxes are this, kept per item by the projection. One
 * statement of who must act when.
 */
final class DueWork {

    /** One piece of open work; {@code id} is unique across forms. */
    record Due(String id, DueKind kind, String pointId, String workOrderId, String blockId, String unit,
               Instant since, String dueDate, String note) {

        DueItemView toView(DemandFormView form) {
            DueItemView view = new DueItemView();
            view.id = id;
            view.formId = form.formId;
            view.demandKind = form.kind;
            view.circuitId = form.adjustedCircuitId();
            view.department = kind.department();
            view.kind = kind;
            view.pointId = pointId;
            view.workOrderId = workOrderId;
            view.blockId = blockId;
            view.unit = unit;
            view.customer = form.request.customer();
            view.productName = form.request.product().name();
            view.since = since;
            view.dueDate = dueDate;
            view.note = note;
            view.open = true;
            return view;
        }
    }

    private DueWork() {
    }

    /** The open work of the form, by id. */
    static Map<String, Due> of(DemandFormView form) {
        List<Due> due = new ArrayList<>();
        String formId = form.formId;
        switch (form.status) {
            case DISPATCHED -> due.add(new Due(formId + "/accept", DueKind.ACCEPT_DEMAND, "", "", "", "",
                    form.dispatchedAt, "", ""));
            case ACCEPTED -> construction(form, due);
            case ACTIVATED, REPLIED -> afterActivation(form, due);
            case ARCHIVED, CANCELLED -> {
                // nothing is due any more
            }
        }
        if (form.status == DemandStatus.ACCEPTED || form.status == DemandStatus.ACTIVATED) {
            blocks(form, due);
        }
        Map<String, Due> byId = new LinkedHashMap<>();
        due.forEach(item -> byId.put(item.id(), item));
        return byId;
    }

    /** The departments with open work, in the order of {@link Department}. */
    static List<Department> awaiting(Map<String, Due> due) {
        return due.values().stream().map(item -> item.kind().department()).distinct().sorted().toList();
    }

    private static void construction(DemandFormView form, List<Due> due) {
        String formId = form.formId;
        due.add(new Due(formId + "/activation", change(form) ? DueKind.COMPLETE_CHANGE : DueKind.COMPLETE_ACTIVATION,
                "", "", "", "", form.acceptedAt, form.plannedActivationDate, ""));
        for (DemandPointView point : form.points) {
            String pointId = point.point.pointId();
            String prefix = formId + "/" + pointId;
            if (point.buildOpen()) {
                due.add(new Due(prefix + "/build", DueKind.ENGINEERING_BUILD, pointId, "", "", "",
                        point.buildRequestedAt, point.plannedInServiceDate,
                        point.completionDate.isEmpty() ? "" : "completionDate " + point.completionDate));
            }
            if (point.path == ProvisioningPath.LAST_MILE_PROJECT
                    && point.projectCompletedAt == null) {
                due.add(new Due(prefix + "/project", DueKind.COMPLETE_LAST_MILE_PROJECT, pointId, "", "", "",
                        form.acceptedAt, point.readyBy, ""));
            }
            if (point.awaitsRegistration()) {
                Instant since = point.inServiceAt != null ? point.inServiceAt : point.projectCompletedAt;
                due.add(new Due(prefix + "/register", DueKind.REGISTER_RESOURCES, pointId, "", "", "", since, "",
                        ""));
            }
            if (point.awaitsAllocation()) {
                due.add(new Due(prefix + "/allocate", DueKind.ALLOCATE_LAST_MILE, pointId, "", "", "",
                        point.lastRegisteredAt(), "", ""));
            }
        }
        for (WorkOrderView order : form.workOrders) {
            String prefix = formId + "/" + order.workOrderId;
            if (order.status == WorkOrderView.Status.ISSUED) {
                due.add(new Due(prefix, DueKind.COMPLETE_WORK_ORDER, order.pointId, order.workOrderId, "", "",
                        order.issuedAt, order.plannedDate, order.target.name()));
            } else if (order.status == WorkOrderView.Status.FAILED && order.reissuedAs.isEmpty()
                    && !blockRecordedSince(form, order)) {
                due.add(new Due(prefix + "/failed", DueKind.HANDLE_FAILED_WORK_ORDER, order.pointId,
                        order.workOrderId, "", "", order.closedAt, "", order.failureReason));
            }
        }
    }

    /** A failed work order is handled by a block recorded after it for its point or the whole order (Art. 22). */
    private static boolean blockRecordedSince(DemandFormView form, WorkOrderView order) {
        return form.blocks.stream().anyMatch(block -> !block.blockedAt.isBefore(order.closedAt)
                && (block.pointId.isEmpty() || block.pointId.equals(order.pointId)));
    }

    private static void blocks(DemandFormView form, List<Due> due) {
        for (BlockView block : form.blocks) {
            String prefix = form.formId + "/" + block.blockId;
            switch (block.status) {
                case BLOCKED -> due.add(new Due(prefix + "/record", DueKind.WRITE_BLOCK_RECORD, block.pointId, "",
                        block.blockId, "", block.blockedAt, "", block.reason));
                case RECORD_WRITTEN -> due.add(new Due(prefix + "/co-sign", DueKind.CO_SIGN_BLOCK_RECORD,
                        block.pointId, "", block.blockId, "", block.writtenAt, "",
                        block.decision == null ? "" : block.decision.name()));
                case PAUSED -> {
                    if (block.decision == BlockDecision.CONTINUE) {
                        due.add(new Due(prefix + "/resume", DueKind.RESUME_CONSTRUCTION, block.pointId, "",
                                block.blockId, "", block.coSignedAt, "", ""));
                    }
                }
                case RESUMED, CANCELLED -> {
                    // nothing due
                }
            }
        }
    }

    /** Art. 37: a configuration change, whose resources keep their status. */
    private static boolean change(DemandFormView form) {
        return form.kind == DemandKind.CONFIGURATION_CHANGE;
    }

    private static void afterActivation(DemandFormView form, List<Due> due) {
        String formId = form.formId;
        if (form.status == DemandStatus.ACTIVATED && change(form)) {
            due.add(new Due(formId + "/reply", DueKind.REPLY_CHANGE, "", "", "", "", form.activatedAt, "", ""));
        } else if (form.status == DemandStatus.ACTIVATED) {
            if (form.statusInfoPassedAt == null) {
                due.add(new Due(formId + "/status-info", DueKind.PASS_STATUS_INFO, "", "", "", "",
                        form.activatedAt, "", ""));
            } else {
                Instant lastConfirmed = null;
                for (StatusChangeView change : form.statusChanges) {
                    if (change.open()) {
                        due.add(new Due(formId + "/status/" + change.unit, DueKind.CHANGE_RESOURCE_STATUS, "", "",
                                "", change.unit, change.requestedAt, "", ""));
                    } else if (lastConfirmed == null || change.confirmedAt.isAfter(lastConfirmed)) {
                        lastConfirmed = change.confirmedAt;
                    }
                }
                boolean allConfirmed = form.statusChanges.stream().noneMatch(StatusChangeView::open)
                        && form.statusChanges.size() >= form.statusInfoUnits.size();
                if (allConfirmed) {
                    due.add(new Due(formId + "/reply", DueKind.REPLY_DEMAND, "", "", "", "",
                            lastConfirmed != null ? lastConfirmed : form.statusInfoPassedAt, "", ""));
                }
            }
        }
        if (form.acceptanceState != DemandFormView.AcceptanceState.ARCHIVED) {
            due.add(new Due(formId + "/acceptance", change(form) ? DueKind.CHANGE_ACCEPTANCE : DueKind.ACCEPTANCE, "",
                    "", "", "", form.activatedAt, "", form.acceptanceState.name()));
        }
    }
}
