package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Confirm that the current draft is correct; GCD and CSSC each once per version (Art. 7).
 *
 * @param version the version the caller looked at, so that a newer draft is not validated by mistake
 */
public record ValidateTemplate(
        @TargetAggregateIdentifier String templateId,
        int version,
        Department actingDepartment,
        Instant validatedAt) {
}
