package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC restored a suspended circuit's last mile (decision, Art. 32–34: resume). */
public record RestoreLastMile(@TargetAggregateIdentifier String formId, String circuitId, String note,
                              Department actingDepartment, Instant at) {
}
