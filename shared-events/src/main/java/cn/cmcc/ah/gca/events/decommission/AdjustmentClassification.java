package cn.cmcc.ah.gca.events.decommission;

/** How CSSC classifies an adjustment when it accepts it (Art. 36, 37). */
public enum AdjustmentClassification {
    /** 需要进行资源再分配及再施工 (Art. 36): the new line runs pre-sale and in-sale, then the old circuit is stopped. */
    RE_ALLOCATION("资源再分配及再施工"),
    /** 原有网络解决方案上的简单数据配置更改 (Art. 37): carried out by provisioning-service as a configuration change. */
    CONFIGURATION_ONLY("数据配置更改");

    private final String label;

    AdjustmentClassification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
