package cn.cmcc.ah.gca.events.presale;

/** What came of GCD's negotiation with the customer on the basis of the reply (Art. 16). */
public enum NegotiationOutcome {
    /** 客户接受 — the form is the basis of a form 2 (Art. 17). */
    ACCEPTED("客户接受"),
    /** 客户放弃 — the customer does not go ahead. */
    DECLINED("客户放弃"),
    /** 重新确认 — the requirement changes; a new form 1 is dispatched, linked to this one. */
    RENEGOTIATE("重新确认");

    private final String label;

    NegotiationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
