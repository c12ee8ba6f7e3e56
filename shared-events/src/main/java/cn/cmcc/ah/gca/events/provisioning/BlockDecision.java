package cn.cmcc.ah.gca.events.provisioning;

/** What GCD and CSSC agreed, in writing, for a blocked construction (Art. 22). */
public enum BlockDecision {
    /** 继续施工 — construction continues once the obstacle is gone; the activation clock stays paused until then */
    CONTINUE("继续施工"),
    /** 撤销开通 — the order is cancelled; its clocks end without a verdict */
    CANCEL("撤销开通");

    private final String label;

    BlockDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
