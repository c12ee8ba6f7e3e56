package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * ENG answered a referral: whether a project is approved and its planned in-service date (Art. 12, 14:
 * 能否立项建设及具体拟投产时间).
 *
 * @param formId         the form
 * @param pointId        the access point
 * @param answer         ENG's answer ({@code referred} is always true here)
 * @param openReferrals  referrals of this form still waiting for ENG after this answer
 * @param repliedAt      when
 */
@Revision("1")
public record EngineeringReplied(String formId, String pointId, EngineeringAnswer answer, int openReferrals,
                                 Instant repliedAt) {
}
