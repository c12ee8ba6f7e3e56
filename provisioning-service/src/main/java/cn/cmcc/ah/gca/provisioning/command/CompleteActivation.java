package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * CSSC records network activation and customer-side construction complete; every point gets its circuit id (Art. 21).
 */
public record CompleteActivation(
        @TargetAggregateIdentifier String formId,
        Department actingDepartment,
        Instant at) {
}
