package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** MON quality-checks CSSC's reply (Art. 25): passed, or back to CSSC with findings. */
public record QualityCheckFault(
        @TargetAggregateIdentifier String ticketId,
        boolean passed,
        String findings,
        Department actingDepartment,
        Instant at) {
}
