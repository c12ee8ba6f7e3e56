package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The customer, or CSSC recording its answer, says the fault is not cleared: reopen at the level that replied. */
public record RejectClearance(
        @TargetAggregateIdentifier String ticketId,
        String reason,
        Department actingDepartment,
        Instant at) {
}
