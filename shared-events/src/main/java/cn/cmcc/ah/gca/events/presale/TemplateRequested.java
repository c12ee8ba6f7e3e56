package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * GCD asked CSSC to co-draft a solution template (解决方案模板) for a non-mature product (Art. 7). Starts the
 * {@code presale.template} clock (3 working days, until {@link TemplateProductised}).
 *
 * @param templateId  template-library number, e.g. {@code TPL-2026-000001}; the aggregate id
 * @param productCode the non-mature product
 * @param productName its name
 * @param need        the customer need GCD analysed, as GCD describes it
 * @param requestedAt when; the start of the Art. 7 limit
 */
@Revision("1")
public record TemplateRequested(String templateId, String productCode, String productName, String need,
                                Instant requestedAt) {
}
