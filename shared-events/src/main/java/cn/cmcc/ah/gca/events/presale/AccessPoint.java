package cn.cmcc.ah.gca.events.presale;

/**
 * An access point (接入点) of a form 1.
 *
 * @param pointId  {@code P1}, {@code P2} … in the order of the dispatched form; unique within the form
 * @param address  接入地址, as the customer gave it
 * @param district 区县, e.g. 蜀山区
 */
public record AccessPoint(String pointId, String address, String district) {
}
