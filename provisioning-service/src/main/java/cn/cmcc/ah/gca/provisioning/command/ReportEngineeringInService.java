package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** ENG reports the build of a point in service (Art. 19). */
public record ReportEngineeringInService(
        @TargetAggregateIdentifier String formId,
        String pointId,
        String inServiceDate,
        String note,
        Department actingDepartment,
        Instant at) {
}
