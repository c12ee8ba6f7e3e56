package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * GCD asks CSSC to co-draft a solution template for a non-mature product (Art. 7).
 *
 * @param templateId    the new template-library number (e.g. TPL-2026-000001), allocated by the caller
 * @param productMature the product's maturity as the caller read it from the catalogue
 */
public record RequestTemplate(
        @TargetAggregateIdentifier String templateId,
        String productCode,
        String productName,
        boolean productMature,
        String need,
        Department actingDepartment,
        Instant requestedAt) {
}
