package cn.cmcc.ah.gca.events.decommission;

/** Why an adjustment ended without completing (Art. 16, 8, 22 on the other services' side). */
public enum AdjustmentOutcome {
    /** the customer declined the new form 1 (Art. 16) */
    CONFIRMATION_DECLINED,
    /** GCD withdrew the new form 1 before CSSC replied (Art. 8) */
    CONFIRMATION_WITHDRAWN,
    /** the new line's form 2 was cancelled by a blocked construction's record (Art. 22) */
    DEMAND_CANCELLED,
    /** the configuration change's form 2 was cancelled by a blocked construction's record (Art. 22, 37) */
    CHANGE_CANCELLED
}
