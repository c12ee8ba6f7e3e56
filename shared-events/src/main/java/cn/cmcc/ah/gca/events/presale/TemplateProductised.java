package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The validated template was productised and entered in the template library (Art. 7: 产品化，并录入模板库), where
 * GCD finds it to make product solutions. Stops the {@code presale.template} clock.
 *
 * @param templateId    the template-library number
 * @param productCode   the product it is for
 * @param productName   its name
 * @param version       the version both sides validated
 * @param title         its title
 * @param content       its text
 * @param productisedBy GCD or CSSC; revision 2 made it a {@link Department}
 * @param requestedAt   when GCD asked for it, so the Art. 7 limit can be checked from this event alone
 * @param productisedAt when
 */
@Revision("2")
public record TemplateProductised(
        String templateId,
        String productCode,
        String productName,
        int version,
        String title,
        String content,
        Department productisedBy,
        Instant requestedAt,
        Instant productisedAt) {
}
