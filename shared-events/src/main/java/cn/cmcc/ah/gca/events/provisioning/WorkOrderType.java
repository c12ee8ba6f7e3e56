package cn.cmcc.ah.gca.events.provisioning;

/** The kind of a form 3 work order (workflow-en.md, forms: activation / data-config change). */
public enum WorkOrderType {
    /** 开通施工 (Art. 18–20) */
    ACTIVATION("开通施工"),
    /** 数据配置变更 by the device-owner unit (Art. 37) */
    DATA_CONFIGURATION_CHANGE("数据配置变更");

    private final String label;

    WorkOrderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
