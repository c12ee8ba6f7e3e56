package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The adjustment saga found a form of another service the adjustment follows (Art. 35–37). */
public record LinkAdjustment(@TargetAggregateIdentifier String formId, AdjustmentLinkKind link, String linkedFormId,
                             Instant at) {
}
