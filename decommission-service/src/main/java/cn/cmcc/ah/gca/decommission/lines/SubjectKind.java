package cn.cmcc.ah.gca.decommission.lines;

/**
 * What a step in a circuit's life was taken on: one of its forms, the circuit itself, a fault ticket on it, or an SLA
 * clock watching one of those. The order is the order of a line's life, and breaks ties between steps of one instant.
 */
public enum SubjectKind {
    /** 资源确认及回复单, presale (Art. 8–16) */
    FORM_1("资源确认及回复单"),
    /** 资源需求申请及资源开通回复单, provisioning (Art. 17–23, 37) */
    FORM_2("资源需求申请及资源开通回复单"),
    /** 专线 (业务编号), from its activation (Art. 21) */
    CIRCUIT("专线"),
    /** 故障工单 (Art. 24–31) */
    FAULT_TICKET("故障工单"),
    /** 业务停闭需求单 (Art. 32–37) */
    FORM_5("业务停闭需求单"),
    /** 时限计时: an SLA clock of sla-monitor on one of the above */
    SLA("时限计时");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
