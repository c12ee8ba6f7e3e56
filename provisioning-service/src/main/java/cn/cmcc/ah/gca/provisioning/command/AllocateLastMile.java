package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC allocated the registered last-mile resources to a point (Art. 20). */
public record AllocateLastMile(
        @TargetAggregateIdentifier String formId,
        String pointId,
        String allocation,
        Department actingDepartment,
        Instant at) {
}
