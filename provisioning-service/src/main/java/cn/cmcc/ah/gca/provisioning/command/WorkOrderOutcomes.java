package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;

import java.time.LocalDate;
import java.util.Map;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.Guards.isoDate;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_ACTUAL_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_FAILURE_REASON_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_NOT_FOUND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_NOT_OPEN;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.WORK_ORDER_RESULT_REQUIRED;

/** Art. 18–20: an open work order ends once, completed on a date with its result or failed for a reason. */
final class WorkOrderOutcomes {

    private WorkOrderOutcomes() {
    }

    /** A work order of the form, still open. */
    static WorkOrder open(String formId, Map<String, WorkOrder> orders, String workOrderId) {
        WorkOrder order = workOrderId == null ? null : orders.get(workOrderId);
        if (order == null) {
            throw WORK_ORDER_NOT_FOUND.reject(formId, String.valueOf(workOrderId));
        }
        if (order.status() != WorkOrder.Status.OPEN) {
            throw WORK_ORDER_NOT_OPEN.reject(formId, order.workOrderId());
        }
        return order;
    }

    static WorkOrderCompleted completed(String formId, WorkOrder order, CompleteWorkOrder command) {
        LocalDate actual = isoDate(command.actualDate(), () -> WORK_ORDER_ACTUAL_DATE_INVALID.reject(formId,
                order.workOrderId(), String.valueOf(command.actualDate())));
        if (isBlank(command.result())) {
            throw WORK_ORDER_RESULT_REQUIRED.reject(formId, order.workOrderId());
        }
        return new WorkOrderCompleted(formId, order.workOrderId(), order.pointId(), order.target(), actual.toString(),
                command.result().strip(), command.at());
    }

    static WorkOrderFailed failed(String formId, WorkOrder order, FailWorkOrder command) {
        if (isBlank(command.reason())) {
            throw WORK_ORDER_FAILURE_REASON_REQUIRED.reject(formId, order.workOrderId());
        }
        return new WorkOrderFailed(formId, order.workOrderId(), order.pointId(), order.target(),
                command.reason().strip(), command.at());
    }
}
