package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The adjustment has waited past its configured limit for {@code waitingFor} since {@code since}. */
public record FlagAdjustmentStalled(@TargetAggregateIdentifier String formId, AdjustmentWait waitingFor,
                                    Instant since, Instant at) {
}
