package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;

/**
 * Where a form 5 stands after a step, as the aggregate left it: what each step answers.
 *
 * @param status     its status
 * @param holder     the department whose move it is; null when none (done, or waiting for another service)
 * @param waitingFor for an adjustment, what it waits for from another service; null otherwise
 */
public record FormState(StopForm.Status status, Department holder, AdjustmentWait waitingFor) {
}
