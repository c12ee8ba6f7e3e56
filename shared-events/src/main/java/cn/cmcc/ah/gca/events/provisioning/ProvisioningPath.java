package cn.cmcc.ah.gca.events.provisioning;

/**
 * How an access point of a form 2 gets its resources (Art. 18–20), chosen from the outcomes form 1 confirmed for it.
 */
public enum ProvisioningPath {
    /** 核心、接入主干及接入末端均具备资源 — every segment available: activation straight away (Art. 18). */
    AVAILABLE("均具备资源", "Art. 18"),
    /** 工程部立项建设 — ENG approved a build at confirmation (Art. 12/14): ENG builds by the planned in-service date,
     * each RMU registers the new resources, then activation (Art. 19). */
    ENGINEERING_BUILD("工程部立项建设", "Art. 19"),
    /** 仅接入末端不具备资源 — only the last mile is missing, CSSC's own project: on completion the last-mile resources
     * are registered, then allocated, then activation (Art. 20). */
    LAST_MILE_PROJECT("接入末端自建项目", "Art. 20");

    private final String label;
    private final String article;

    ProvisioningPath(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
