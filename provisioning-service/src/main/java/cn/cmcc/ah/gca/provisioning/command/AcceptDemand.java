package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * CSSC accepts the form 2, applies for core and backbone resources and schedules the last-mile construction (Art. 17);
 * hands every Art. 19 point to ENG.
 */
public record AcceptDemand(
        @TargetAggregateIdentifier String formId,
        String plannedActivationDate,
        String resourceApplication,
        String lastMileScheduling,
        Department actingDepartment,
        Instant at) {
}
