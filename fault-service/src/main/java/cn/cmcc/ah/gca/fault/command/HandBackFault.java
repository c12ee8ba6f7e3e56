package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The holding level hands the ticket back down to a lower level, with a reason (decision). */
public record HandBackFault(
        @TargetAggregateIdentifier String ticketId,
        Department to,
        String reason,
        Department actingDepartment,
        Instant at) {
}
