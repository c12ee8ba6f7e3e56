package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The other side sent the current draft back for revision (Art. 7); a new draft is needed before validation.
 *
 * @param templateId the template
 * @param version    the returned version
 * @param returnedBy the side that did not submit it (GCD or CSSC); revision 2 made it a {@link Department}
 * @param reason     why
 * @param returnedAt when
 */
@Revision("2")
public record TemplateDraftReturned(String templateId, int version, Department returnedBy, String reason,
                                    Instant returnedAt) {
}
