package cn.cmcc.ah.gca.events.provisioning;

/** Who signs form 4 (Art. 23: 让用户及客户经理进行签字确认). */
public enum Signatory {
    /** 集团客户代表 — the customer's representative, with a CUSTOMER token of that customer */
    CUSTOMER("客户代表"),
    /** 客户经理 — the account manager, GCD */
    ACCOUNT_MANAGER("客户经理");

    private final String label;

    Signatory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
