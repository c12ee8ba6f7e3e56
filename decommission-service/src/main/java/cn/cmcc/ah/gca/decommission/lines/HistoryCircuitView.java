package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.CustomerRef;

import java.time.Instant;

/** A circuit whose history is kept: whose it is (who may read it) and its access point on its forms (Art. 21). */
public class HistoryCircuitView {

    public String circuitId;
    public CustomerRef customer;
    public String pointId;
    public String confirmationFormId;
    public String demandFormId;
    public Instant activatedAt;

    public String customerGroupId() {
        return customer == null ? "" : customer.groupId();
    }
}
