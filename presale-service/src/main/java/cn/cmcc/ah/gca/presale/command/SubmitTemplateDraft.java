package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Submit a (revised) draft of the template; CSSC or GCD, who draft it together (Art. 7). */
public record SubmitTemplateDraft(
        @TargetAggregateIdentifier String templateId,
        String title,
        String content,
        Department actingDepartment,
        Instant submittedAt) {
}
