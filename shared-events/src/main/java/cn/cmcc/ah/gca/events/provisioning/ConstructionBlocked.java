package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC recorded that construction cannot go on for an objective reason (Art. 22: 如遇客观存在的原因，造成施工无法进行的),
 * and GCD is told by this event (及时反馈集团客户部). Nothing pauses yet: only the record co-signed by GCD does.
 *
 * @param formId      the form 2
 * @param blockId     {@code <formId>-B1}, {@code -B2} …
 * @param pointId     the access point concerned; empty when the whole order is blocked
 * @param reason      the objective reason
 * @param blockedAt   when construction stopped
 */
@Revision("1")
public record ConstructionBlocked(String formId, String blockId, String pointId, String reason, Instant blockedAt) {
}
