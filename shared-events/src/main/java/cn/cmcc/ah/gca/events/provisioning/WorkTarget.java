package cn.cmcc.ah.gca.events.provisioning;

/** What a form 3 work order works on (Art. 18–20: 核心资源、接入主干、接入末端的开通，用户侧的施工). */
public enum WorkTarget {
    CORE("核心"),
    ACCESS_BACKBONE("接入主干"),
    LAST_MILE("接入末端"),
    /** 用户侧施工 — construction at the customer's premises */
    CUSTOMER_SIDE("用户侧");

    private final String label;

    WorkTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
