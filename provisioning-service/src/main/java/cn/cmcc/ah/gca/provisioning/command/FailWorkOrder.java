package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC records a work order failed, with the reason (Art. 18–20). */
public record FailWorkOrder(
        @TargetAggregateIdentifier String formId,
        String workOrderId,
        String reason,
        Department actingDepartment,
        Instant at) {
}
