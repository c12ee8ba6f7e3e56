package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * GCD withdrew the form 1 before CSSC replied (Art. 8). Ends the {@code presale.confirmation} clock without a reply,
 * and every referral of the form to ENG with it.
 *
 * @param formId      the form
 * @param reason      why
 * @param withdrawnAt when
 */
@Revision("1")
public record ConfirmationFormWithdrawn(String formId, String reason, Instant withdrawnAt) {
}
