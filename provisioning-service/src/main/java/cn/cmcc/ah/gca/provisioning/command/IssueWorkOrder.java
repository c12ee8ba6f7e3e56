package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * CSSC issues a form 3 work order for a segment or the customer side of a point (Art. 18–20), or reissues a failed one.
 */
public record IssueWorkOrder(
        @TargetAggregateIdentifier String formId,
        String pointId,
        WorkTarget target,
        String assigneeUnit,
        String plannedDate,
        String instructions,
        String reissueOf,
        Department actingDepartment,
        Instant at) {
}
