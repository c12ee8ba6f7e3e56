package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** MON archives the ticket (Art. 24). */
public record ArchiveFault(@TargetAggregateIdentifier String ticketId, Department actingDepartment, Instant at) {
}
