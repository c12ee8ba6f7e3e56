package cn.cmcc.ah.gca.events.presale;

/** The segments in which CSSC confirms the resources of an access point (Art. 10: 按分段方式确认). */
public enum Segment {
    /** 核心 — the core network */
    CORE("核心"),
    /** 接入主干 — the access backbone */
    ACCESS_BACKBONE("接入主干"),
    /** 接入末端 — the last mile to the customer's premises */
    LAST_MILE("接入末端");

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
