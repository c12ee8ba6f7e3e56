package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** GCD co-signs the written record (Art. 22): it pauses the activation clock, or cancels the form. */
public record CoSignBlockRecord(
        @TargetAggregateIdentifier String formId,
        String blockId,
        String signedBy,
        Department actingDepartment,
        Instant at) {
}
