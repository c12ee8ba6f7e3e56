package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A product was added to the catalogue of group-customer access products (Art. 6–7). A mature product's solution is
 * made directly by GCD (Art. 6); a non-mature one needs a solution template first (Art. 7).
 *
 * @param productCode  the aggregate id, e.g. {@code DIA}
 * @param name         e.g. 互联网专线
 * @param mature       成熟产品
 * @param registeredAt when
 */
@Revision("1")
public record ProductRegistered(String productCode, String name, boolean mature, Instant registeredAt) {
}
