package cn.cmcc.ah.gca.events.fault;

/** How a fault reached the system (Art. 24). */
public enum ReportChannel {
    /** 10086 客服 */
    CALL_CENTER,
    /** 客户经理 — an account manager of GCD */
    ACCOUNT_MANAGER,
    /** 重要集团客户直接向客户服务支撑中心申告 — an important customer reporting directly to CSSC */
    CUSTOMER_DIRECT
}
