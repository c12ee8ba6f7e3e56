package cn.cmcc.ah.gca.events.decommission;

/** A form of another service an adjustment follows (Art. 35–37). */
public enum AdjustmentLinkKind {
    /** the form 1 GCD dispatched to presale with the adjustment (Art. 35); a renegotiation's new form 1 replaces it */
    CONFIRMATION_FORM,
    /** the new line's form 2 in provisioning (Art. 36) */
    NEW_LINE_DEMAND,
    /** provisioning's configuration-change form 2 (Art. 37) */
    CHANGE_DEMAND
}
