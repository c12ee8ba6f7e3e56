package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ProductRef;

import java.time.Instant;

/** A circuit as provisioning's {@code CircuitActivated} described it (Art. 21); stored as it came. */
public class KnownCircuitView {

    public String circuitId;
    public CustomerRef customer;
    public ProductRef product;
    public int bandwidthMbps;
    public AccessPoint point;
    public String demandFormId;
    public String confirmationFormId;
    public Instant activatedAt;

    KnownCircuit known() {
        return new KnownCircuit(circuitId, customer, product, bandwidthMbps, point, demandFormId, confirmationFormId,
                activatedAt);
    }
}
