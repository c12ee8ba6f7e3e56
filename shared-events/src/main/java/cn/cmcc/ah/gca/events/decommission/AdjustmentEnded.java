package cn.cmcc.ah.gca.events.decommission;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An adjustment ended without completing, because its new form 1 was declined or withdrawn or its form 2 cancelled;
 * the old circuit is untouched (unless GCD had it stopped first, Art. 4).
 *
 * @param formId       the form 5
 * @param circuitId    the circuit that was to be adjusted
 * @param customer     its group customer
 * @param outcome      why it ended
 * @param linkedFormId the form whose end ended it
 * @param reason       as that form's event gives it; may be empty
 * @param endedAt      when
 */
@Revision("1")
public record AdjustmentEnded(String formId, String circuitId, CustomerRef customer, AdjustmentOutcome outcome,
                              String linkedFormId, String reason, Instant endedAt) {
}
