package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One side confirmed that the current draft is correct (Art. 7: 论证解决方案模板的正确性). Both GCD and CSSC must
 * validate the same version before it can be productised.
 *
 * @param templateId      the template
 * @param version         the validated version
 * @param validatedBy     department code, GCD or CSSC
 * @param validatedByBoth true when the other side had already validated this version
 * @param validatedAt     when
 */
@Revision("1")
public record TemplateValidated(String templateId, int version, String validatedBy, boolean validatedByBoth,
                                Instant validatedAt) {
}
