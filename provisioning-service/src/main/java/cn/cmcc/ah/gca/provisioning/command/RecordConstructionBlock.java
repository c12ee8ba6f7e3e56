package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC records that construction cannot go on for an objective reason; GCD is told (Art. 22). */
public record RecordConstructionBlock(
        @TargetAggregateIdentifier String formId,
        String pointId,
        String reason,
        Department actingDepartment,
        Instant at) {
}
