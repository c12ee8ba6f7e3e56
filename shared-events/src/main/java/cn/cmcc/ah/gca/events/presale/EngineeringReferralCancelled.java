package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A correction left no segment of the point needing ENG (Art. 12, 14), so its referral no longer applies: an open
 * one needs no answer, and a project ENG had already approved for it is not needed for this form.
 *
 * @param formId      the form
 * @param pointId     the access point
 * @param wasAnswered true when ENG had already answered
 * @param cancelledAt when
 */
@Revision("1")
public record EngineeringReferralCancelled(String formId, String pointId, boolean wasAnswered,
                                           Instant cancelledAt) {
}
