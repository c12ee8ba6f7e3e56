package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** GCD archives the signed form 4 (Art. 23). */
public record ArchiveAcceptance(
        @TargetAggregateIdentifier String formId,
        Department actingDepartment,
        Instant at) {
}
