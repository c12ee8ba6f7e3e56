package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * GCD records how the negotiation with the customer ended (Art. 16).
 *
 * @param newFormId for RENEGOTIATE the number of the new form 1, allocated by the caller; null otherwise
 * @param note      optional
 */
public record RecordNegotiationOutcome(
        @TargetAggregateIdentifier String formId,
        NegotiationOutcome outcome,
        String newFormId,
        String note,
        Department actingDepartment,
        Instant recordedAt) {
}
