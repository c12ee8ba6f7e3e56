package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A product became mature, or ceased to be (Art. 6–7).
 *
 * @param productCode the product
 * @param name        its name, for catalogue readers
 * @param mature      the new maturity
 * @param reason      why; may be empty
 * @param changedAt   when
 */
@Revision("1")
public record ProductMaturityChanged(String productCode, String name, boolean mature, String reason,
                                     Instant changedAt) {
}
