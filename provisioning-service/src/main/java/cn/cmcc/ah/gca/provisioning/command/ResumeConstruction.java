package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC resumes a blocked construction whose record said to continue (Art. 22). */
public record ResumeConstruction(
        @TargetAggregateIdentifier String formId,
        String blockId,
        String note,
        Department actingDepartment,
        Instant at) {
}
