package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The other side sent the current draft back for revision (Art. 7); a new draft is needed before validation.
 *
 * @param templateId the template
 * @param version    the returned version
 * @param returnedBy department code, the side that did not submit it
 * @param reason     why
 * @param returnedAt when
 */
@Revision("1")
public record TemplateDraftReturned(String templateId, int version, String returnedBy, String reason,
                                    Instant returnedAt) {
}
