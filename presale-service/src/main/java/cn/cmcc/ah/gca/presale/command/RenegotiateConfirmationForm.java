package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Art. 16: the customer wants another confirmation. GCD records the outcome {@code RENEGOTIATE} on the replied form
 * and dispatches the new form 1 that renegotiates it, in one step: either both are stored or neither.
 *
 * @param formId  the replied form
 * @param note    what changed in the negotiation
 * @param newForm the new form 1; its {@code renegotiationOf} is set to {@code formId}
 */
public record RenegotiateConfirmationForm(
        @TargetAggregateIdentifier String formId,
        String note,
        DispatchConfirmationForm newForm,
        Department actingDepartment,
        Instant recordedAt) {
}
