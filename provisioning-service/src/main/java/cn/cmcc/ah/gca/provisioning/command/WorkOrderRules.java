package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.WorkTarget;

import java.util.Collection;
import java.util.Optional;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACTIVATION_WORK_MISSING;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ACTIVATION_WORK_ORDER_OPEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_ALREADY_OPEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_ALREADY_REISSUED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_REISSUE_OTHER_WORK;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_REISSUE_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_REISSUE_UNKNOWN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_TARGET_DONE;

/**
 * Art. 18–21: one piece of work (a point's core, access backbone, last mile or customer side) has at most one open
 * work order; a failed one is replaced by a reissue naming it, so the chain stays traceable; activation needs each
 * piece of every point done.
 */
final class WorkOrderRules {

    private WorkOrderRules() {
    }

    /** The failed work order a new one for this work replaces; empty for a first issue. */
    static String reissued(String formId, Collection<WorkOrder> orders, String pointId, WorkTarget target,
                           String reissueOf) {
        for (WorkOrder order : orders) {
            if (order.isFor(pointId, target) && order.status() != WorkOrder.Status.FAILED) {
                ProvisioningRejection refusal = order.status() == WorkOrder.Status.OPEN
                        ? WORK_ORDER_ALREADY_OPEN : WORK_ORDER_TARGET_DONE;
                throw refusal.reject(formId, pointId, target.name(), target.label(), order.workOrderId());
            }
        }
        if (reissueOf.isEmpty()) {
            Optional<WorkOrder> failed = orders.stream()
                    .filter(order -> order.isFor(pointId, target) && order.reissuedBy().isEmpty()).findFirst();
            failed.ifPresent(order -> {
                throw WORK_ORDER_REISSUE_REQUIRED.reject(formId, pointId, target.name(), target.label(),
                        order.workOrderId());
            });
            return "";
        }
        // every other order of this work has failed (see above): only which one it names is left to check
        WorkOrder replaced = orders.stream().filter(order -> order.workOrderId().equals(reissueOf)).findFirst()
                .orElseThrow(() -> WORK_ORDER_REISSUE_UNKNOWN.reject(formId, reissueOf));
        if (!replaced.isFor(pointId, target)) {
            throw WORK_ORDER_REISSUE_OTHER_WORK.reject(formId, reissueOf);
        }
        if (!replaced.reissuedBy().isEmpty()) {
            throw WORK_ORDER_ALREADY_REISSUED.reject(formId, reissueOf, replaced.reissuedBy());
        }
        return reissueOf;
    }

    /** Art. 21: no work order still open, and per point a completed one for each target. */
    static void requireAllWorkDone(String formId, Collection<String> pointIds, Collection<WorkOrder> orders) {
        orders.stream().filter(order -> order.status() == WorkOrder.Status.OPEN).findFirst().ifPresent(order -> {
            throw ACTIVATION_WORK_ORDER_OPEN.reject(formId, order.workOrderId());
        });
        for (String pointId : pointIds) {
            for (WorkTarget target : WorkTarget.values()) {
                boolean done = orders.stream().anyMatch(order -> order.isFor(pointId, target)
                        && order.status() == WorkOrder.Status.COMPLETED);
                if (!done) {
                    throw ACTIVATION_WORK_MISSING.reject(formId, pointId, target.name(), target.label());
                }
            }
        }
    }
}
