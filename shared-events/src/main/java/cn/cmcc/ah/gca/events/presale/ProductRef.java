package cn.cmcc.ah.gca.events.presale;

/**
 * The product a form 1 is for, and the solution template it was built from (Art. 6–8).
 *
 * @param code       product code in the catalogue, e.g. {@code DIA} (互联网专线), {@code DPL} (数据专线)
 * @param name       product name, e.g. 互联网专线
 * @param templateId template-library number (e.g. {@code TPL-2026-000001}) of a non-mature product's template
 *                   (Art. 7); empty for a mature product, whose solution GCD made directly (Art. 6)
 */
public record ProductRef(String code, String name, String templateId) {
}
