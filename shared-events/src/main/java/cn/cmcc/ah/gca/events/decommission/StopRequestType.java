package cn.cmcc.ah.gca.events.decommission;

/** What a form 5 (本地集团客户接入类业务停闭需求单) asks for (Art. 32–35). */
public enum StopRequestType {
    /** 永久停闭: CSSC releases the resources end to end and the RMUs change their status (Art. 32, 34). */
    PERMANENT_STOP("永久停闭"),
    /** 暂停: CSSC stops the last mile only (Art. 32, 34). */
    SUSPENSION("暂停"),
    /** 复机 (decision, workflow-en.md Art. 32–37): GCD asks, CSSC restores the last mile of a suspended circuit. */
    RESUME("复机"),
    /** 调整: dispatched with a form 1 and classified by CSSC (Art. 35–37). */
    ADJUSTMENT("调整");

    private final String label;

    StopRequestType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
