package cn.cmcc.ah.gca.provisioning.query;

import java.time.Instant;

/** One RMU's resource status change after activation (Art. 21: 1 working day from receipt of the information). */
public class StatusChangeView {

    public String unit;
    public String changeId;
    public Instant requestedAt;
    public Instant confirmedAt;
    public String note = "";

    public boolean open() {
        return confirmedAt == null;
    }
}
