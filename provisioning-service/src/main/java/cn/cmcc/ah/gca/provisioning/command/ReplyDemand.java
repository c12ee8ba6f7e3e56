package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC gives completion feedback to GCD and the customer and replies to the form 2 (Art. 21). */
public record ReplyDemand(
        @TargetAggregateIdentifier String formId,
        String feedback,
        Department actingDepartment,
        Instant at) {
}
