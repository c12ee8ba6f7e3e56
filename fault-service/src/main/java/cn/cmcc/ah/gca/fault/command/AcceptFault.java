package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Accept a reported ticket: MON, or CSSC for an important customer's direct report (Art. 24). */
public record AcceptFault(@TargetAggregateIdentifier String ticketId, Department actingDepartment, Instant at) {
}
