package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Send the current draft back for revision; the side that did not submit it (Art. 7).
 *
 * @param version the version the caller looked at, so that a newer draft is not returned by mistake
 */
public record ReturnTemplateDraft(
        @TargetAggregateIdentifier String templateId,
        int version,
        String reason,
        Department actingDepartment,
        Instant returnedAt) {
}
