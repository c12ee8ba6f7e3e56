package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC pre-diagnoses: core network or not, and why (Art. 26); core goes to OMT at once (Art. 28). */
public record DiagnoseFault(
        @TargetAggregateIdentifier String ticketId,
        boolean coreNetwork,
        String reasoning,
        Department actingDepartment,
        Instant at) {
}
