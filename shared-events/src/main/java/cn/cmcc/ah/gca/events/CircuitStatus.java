package cn.cmcc.ah.gca.events;

/**
 * Where a circuit (专线, 业务编号) stands in its life: in service from its activation (Art. 21), suspended or stopped
 * by a form 5 (Art. 32–34), in service again on resumption. Every service that keeps circuits keeps this status from
 * provisioning's {@code CircuitActivated} and decommission's {@code CircuitStatusChanged}.
 */
public enum CircuitStatus {
    /** 在用 */
    IN_SERVICE,
    /** 暂停 (Art. 34): no fault ticket can be raised on it */
    SUSPENDED,
    /** 永久停闭 (Art. 33): no fault ticket and no new stop */
    STOPPED
}
