package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An RMU registered the new resources of a point in the resource management system (Art. 19, 20). */
public record RegisterResources(
        @TargetAggregateIdentifier String formId,
        String pointId,
        String unit,
        String resources,
        Department actingDepartment,
        Instant at) {
}
