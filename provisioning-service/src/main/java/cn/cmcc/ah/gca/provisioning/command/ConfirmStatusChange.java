package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An RMU confirms it changed the resource status (Art. 21). */
public record ConfirmStatusChange(
        @TargetAggregateIdentifier String formId,
        String unit,
        String note,
        Department actingDepartment,
        Instant at) {
}
