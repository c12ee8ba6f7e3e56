package cn.cmcc.ah.gca.events;

/**
 * The departments that act in the workflow, as role codes used in tokens, the API and event metadata
 * ({@code workflow-en.md}, "Actors").
 */
public enum Department {
    /** 集团客户部 — account managers; analyse needs, dispatch forms 1, 2, 5 (Art. 6–8, 16–17, 23, 33, 35). */
    GCD("集团客户部", "Group Customer Dept"),
    /** 客户服务支撑中心 (Art. 7, 9–15, 17–22, 25–29, 34, 36–37). */
    CSSC("客户服务支撑中心", "Customer Service Support Centre"),
    /** 工程建设部 (Art. 12, 14, 19). */
    ENG("工程建设部", "Engineering & Construction Dept"),
    /** 资源管理单位 (Art. 19–21, 34). */
    RMU("资源管理单位", "Resource management unit"),
    /** 分公司运行维护部监控中心 (Art. 24–25). */
    MON("监控中心", "Branch O&M monitoring centre"),
    /** 运行维护部各专业班组 (Art. 28–30). */
    OMT("运维专业班组", "O&M specialist team"),
    /** 省公司网络部 — owns the rules (Art. 5, 30–31). */
    PND("省公司网络部", "Provincial network dept"),
    /** 10086 (Art. 24). */
    CALL_CENTER("10086客服", "10086 call centre"),
    /** 集团客户 — sees only its own items (Art. 24). */
    CUSTOMER("集团客户", "Group customer"),
    /** System administration; not a department of the source. */
    ADMIN("系统管理员", "Administrator");

    private final String chineseName;
    private final String englishName;

    Department(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
