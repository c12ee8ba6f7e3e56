package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC replies the ticket after the customer confirmed the fault cleared (Art. 25, 27). */
public record ReplyFault(
        @TargetAggregateIdentifier String ticketId,
        String summary,
        Department actingDepartment,
        Instant at) {
}
