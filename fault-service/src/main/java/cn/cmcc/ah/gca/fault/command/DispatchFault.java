package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** MON dispatches an accepted ticket to CSSC (Art. 25), with a note if any. */
public record DispatchFault(
        @TargetAggregateIdentifier String ticketId,
        String note,
        Department actingDepartment,
        Instant at) {
}
