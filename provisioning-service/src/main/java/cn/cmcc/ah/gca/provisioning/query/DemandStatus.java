package cn.cmcc.ah.gca.provisioning.query;

/** Where a form 2 stands (Art. 17–23), as its read model shows it. */
public enum DemandStatus {
    /** dispatched by GCD, not accepted by CSSC yet (Art. 17) */
    DISPATCHED,
    /**
     * accepted by CSSC: resources applied for, last mile scheduled, construction and activation under way (Art. 17–20)
     */
    ACCEPTED,
    /** network activation and customer-side construction complete, circuits in service (Art. 21) */
    ACTIVATED,
    /** CSSC gave completion feedback and replied to the form 2 (Art. 21) */
    REPLIED,
    /** form 4 signed and archived (Art. 23) */
    ARCHIVED,
    /** cancelled by the co-signed record of a blocked construction (Art. 22) */
    CANCELLED;

    public boolean closed() {
        return this == ARCHIVED || this == CANCELLED;
    }
}
