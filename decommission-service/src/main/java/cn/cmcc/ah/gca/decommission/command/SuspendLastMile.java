package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC stopped a circuit's last mile (Art. 34, suspension). */
public record SuspendLastMile(@TargetAggregateIdentifier String formId, String circuitId, String note,
                              Department actingDepartment, Instant at) {
}
