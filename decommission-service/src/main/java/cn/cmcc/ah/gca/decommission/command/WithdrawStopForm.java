package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** GCD withdraws a form 5 CSSC has not accepted yet (decision). */
public record WithdrawStopForm(@TargetAggregateIdentifier String formId, String reason, Department actingDepartment,
                               Instant at) {
}
