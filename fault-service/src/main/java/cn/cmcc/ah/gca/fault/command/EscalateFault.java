package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The holding level passes the ticket one level up: CSSC → OMT (Art. 28), OMT → PND (Art. 30). */
public record EscalateFault(
        @TargetAggregateIdentifier String ticketId,
        String reason,
        Department actingDepartment,
        Instant at) {
}
