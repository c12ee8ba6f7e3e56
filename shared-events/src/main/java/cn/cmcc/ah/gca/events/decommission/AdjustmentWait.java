package cn.cmcc.ah.gca.events.decommission;

/** What an adjustment waits for from another service while it is under way (Art. 35–37). */
public enum AdjustmentWait {
    /** GCD's form 1 on presale, flagged with this adjustment (Art. 35) */
    CONFIRMATION_FORM,
    /** the new line's activation by provisioning (Art. 36) */
    NEW_LINE_ACTIVATION,
    /** the configuration change's acceptance archived by provisioning (Art. 37) */
    CHANGE_ACCEPTANCE
}
