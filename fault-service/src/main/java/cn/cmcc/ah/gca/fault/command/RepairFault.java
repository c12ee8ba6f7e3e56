package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The holding level replies the repair to CSSC (Art. 27, 29, 31): what the fault was and what was done. */
public record RepairFault(
        @TargetAggregateIdentifier String ticketId,
        String cause,
        String action,
        Department actingDepartment,
        Instant at) {
}
