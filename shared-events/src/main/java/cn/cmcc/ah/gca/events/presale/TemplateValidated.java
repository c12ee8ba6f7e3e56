package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One side confirmed that the current draft is correct (Art. 7: 论证解决方案模板的正确性). Both GCD and CSSC must
 * validate the same version before it can be productised.
 *
 * @param templateId      the template
 * @param version         the validated version
 * @param validatedBy     GCD or CSSC; revision 2 made it a {@link Department}
 * @param validatedByBoth true when the other side had already validated this version
 * @param validatedAt     when
 */
@Revision("2")
public record TemplateValidated(String templateId, int version, Department validatedBy, boolean validatedByBoth,
                                Instant validatedAt) {
}
