package cn.cmcc.ah.gca.decommission.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The adjustment's new line is in service (Art. 36): the old circuit's permanent stop starts. */
public record RecordNewLineActivated(@TargetAggregateIdentifier String formId, String newCircuitId,
                                     String demandFormId, Instant at) {
}
