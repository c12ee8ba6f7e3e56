package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Raise a fault ticket (Art. 24). */
public record ReportFault(
        @TargetAggregateIdentifier String ticketId,
        String circuitId,
        CustomerRef customer,
        ReportChannel channel,
        String symptom,
        String contact,
        Department reportingDepartment,
        Instant reportedAt) {
}
