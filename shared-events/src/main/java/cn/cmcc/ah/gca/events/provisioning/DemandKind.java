package cn.cmcc.ah.gca.events.provisioning;

/** What a form 2 is for. */
public enum DemandKind {
    /** 新装开通 — a new line: form 2 dispatched by GCD for an accepted form 1 (Art. 17). */
    ACTIVATION("业务开通"),
    /** 数据配置调整 — a configuration-only adjustment of a circuit in service, opened on decommission-service's events
     * (Art. 37): the device-owner unit's work order, change-completion feedback, form 2 reply, change acceptance. */
    CONFIGURATION_CHANGE("数据配置调整");

    private final String label;

    DemandKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
