package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Productise the template both sides validated and enter it in the template library; GCD or CSSC (Art. 7). */
public record ProductiseTemplate(
        @TargetAggregateIdentifier String templateId,
        Department actingDepartment,
        Instant productisedAt) {
}
