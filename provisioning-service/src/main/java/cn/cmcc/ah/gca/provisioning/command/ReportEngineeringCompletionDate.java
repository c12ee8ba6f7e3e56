package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** ENG reports when the build of a point will be complete (Art. 19). */
public record ReportEngineeringCompletionDate(
        @TargetAggregateIdentifier String formId,
        String pointId,
        String completionDate,
        String note,
        Department actingDepartment,
        Instant at) {
}
