package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.WorkTarget;

/**
 * A form 3 work order as the form 2 tracks it (Art. 18–20).
 *
 * @param reissuedBy the work order that replaced this failed one; empty until then
 */
record WorkOrder(String workOrderId, String pointId, WorkTarget target, Status status, String reissuedBy) {

    enum Status {
        OPEN,
        COMPLETED,
        FAILED
    }

    static WorkOrder issued(String workOrderId, String pointId, WorkTarget target) {
        return new WorkOrder(workOrderId, pointId, target, Status.OPEN, "");
    }

    boolean isFor(String point, WorkTarget work) {
        return pointId.equals(point) && target == work;
    }

    WorkOrder with(Status newStatus) {
        return new WorkOrder(workOrderId, pointId, target, newStatus, reissuedBy);
    }

    WorkOrder reissuedAs(String newWorkOrderId) {
        return new WorkOrder(workOrderId, pointId, target, status, newWorkOrderId);
    }
}
