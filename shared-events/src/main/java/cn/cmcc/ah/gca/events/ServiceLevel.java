package cn.cmcc.ah.gca.events;

/** 集团客户服务等级: the customer's service level, which sets fault restoration targets (workflow-en.md, fault time limits). */
public enum ServiceLevel {
    AAA("AAA级"),
    AA("AA级"),
    A("A级"),
    STANDARD("普通");

    private final String label;

    ServiceLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
