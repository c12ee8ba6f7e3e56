package cn.cmcc.ah.gca.events.decommission;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The adjustment found a form of another service it follows, from that service's events (Art. 35–37): its form 1 on
 * presale, the new line's form 2, or the configuration-change form 2 on provisioning.
 *
 * @param formId       the form 5
 * @param link         which form
 * @param linkedFormId that form's number
 * @param linkedAt     when
 */
@Revision("1")
public record AdjustmentLinked(String formId, AdjustmentLinkKind link, String linkedFormId, Instant linkedAt) {
}
