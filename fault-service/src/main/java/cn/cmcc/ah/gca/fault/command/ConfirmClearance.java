package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The customer, or CSSC recording its answer, confirms the fault cleared (Art. 27, 29, 31). */
public record ConfirmClearance(
        @TargetAggregateIdentifier String ticketId,
        String note,
        Department actingDepartment,
        Instant at) {
}
