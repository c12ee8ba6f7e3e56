package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC accepts a form 5 (Art. 34); an adjustment with its classification (Art. 36, 37), required for it only. */
public record AcceptStopForm(@TargetAggregateIdentifier String formId, AdjustmentClassification classification,
                             String note, Department actingDepartment, Instant at) {
}
