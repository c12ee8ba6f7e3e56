package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC records a work order completed, with the actual date and the result (Art. 18–20). */
public record CompleteWorkOrder(
        @TargetAggregateIdentifier String formId,
        String workOrderId,
        String actualDate,
        String result,
        Department actingDepartment,
        Instant at) {
}
