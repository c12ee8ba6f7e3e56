package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The adjustment's form 1 was declined or withdrawn, or its form 2 cancelled: it ends (Art. 16, 8, 22). */
public record EndAdjustment(@TargetAggregateIdentifier String formId, AdjustmentOutcome outcome, String linkedFormId,
                            String reason, Instant at) {
}
