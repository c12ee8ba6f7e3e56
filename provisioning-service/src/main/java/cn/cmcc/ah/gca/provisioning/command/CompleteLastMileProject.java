package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC completed its own last-mile project for a point (Art. 20). */
public record CompleteLastMileProject(
        @TargetAggregateIdentifier String formId,
        String pointId,
        String note,
        Department actingDepartment,
        Instant at) {
}
