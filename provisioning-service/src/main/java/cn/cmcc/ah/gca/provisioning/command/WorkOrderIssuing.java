package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;

import java.time.LocalDate;
import java.util.Collection;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.Guards.isoDate;
import static cn.cmcc.ah.gca.provisioning.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_ASSIGNEE_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_PLANNED_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_PLANNED_DATE_IN_PAST;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_TARGET_REQUIRED;

/**
 * Art. 18–21: a form 3 work order names the work (a point's target), the unit assigned and a planned date not in the
 * past; it is numbered {@code <form>-Wnn} in issue order, and its type follows the form's kind (Art. 21, 37).
 */
final class WorkOrderIssuing {

    private WorkOrderIssuing() {
    }

    /** A work order for a ready point; the one-open-order and reissue rules are {@link WorkOrderRules#reissued}'s. */
    static WorkOrderIssued issued(String formId, DemandKind kind, Collection<WorkOrder> orders, String pointId,
                                  IssueWorkOrder command) {
        WorkTarget target = command.target();
        if (target == null) {
            throw WORK_ORDER_TARGET_REQUIRED.reject(formId, pointId);
        }
        if (isBlank(command.assigneeUnit())) {
            throw WORK_ORDER_ASSIGNEE_REQUIRED.reject(formId, pointId);
        }
        LocalDate planned = isoDate(command.plannedDate(),
                () -> WORK_ORDER_PLANNED_DATE_INVALID.reject(formId, String.valueOf(command.plannedDate())));
        if (planned.isBefore(Guards.dayOf(command.at()))) {
            throw WORK_ORDER_PLANNED_DATE_IN_PAST.reject(formId, planned.toString());
        }
        String reissueOf = WorkOrderRules.reissued(formId, orders, pointId, target, orEmpty(command.reissueOf()));
        String workOrderId = "%s-W%02d".formatted(formId, orders.size() + 1);
        WorkOrderType type = kind == DemandKind.ACTIVATION
                ? WorkOrderType.ACTIVATION : WorkOrderType.DATA_CONFIGURATION_CHANGE;
        return new WorkOrderIssued(formId, workOrderId, type, pointId, target, command.assigneeUnit().strip(),
                planned.toString(), orEmpty(command.instructions()), reissueOf, command.at());
    }
}
