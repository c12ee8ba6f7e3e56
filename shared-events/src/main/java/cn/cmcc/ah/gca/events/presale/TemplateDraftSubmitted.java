package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A draft of the solution template was submitted for validation by both sides (Art. 7: 双方组织论证). Each draft is a
 * new version and supersedes the validations of the one before.
 *
 * @param templateId  the template
 * @param version     1, 2, … the current version from now on
 * @param title       the template's title
 * @param content     the template text
 * @param submittedBy GCD or CSSC; revision 2 made it a {@link Department}
 * @param submittedAt when
 */
@Revision("2")
public record TemplateDraftSubmitted(String templateId, int version, String title, String content,
                                     Department submittedBy, Instant submittedAt) {
}
