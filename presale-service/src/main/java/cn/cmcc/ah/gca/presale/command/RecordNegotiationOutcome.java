package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * GCD records how the negotiation with the customer ended (Art. 16): accepted or declined; a renegotiation is
 * {@link RenegotiateConfirmationForm}.
 *
 * @param note      optional
 */
public record RecordNegotiationOutcome(
        @TargetAggregateIdentifier String formId,
        NegotiationOutcome outcome,
        String note,
        Department actingDepartment,
        Instant recordedAt) {
}
