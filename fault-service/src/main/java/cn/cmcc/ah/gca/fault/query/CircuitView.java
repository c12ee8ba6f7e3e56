package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.fault.command.CircuitOnRecord;

import java.time.Instant;

/**
 * A circuit (专线, 业务编号) as fault-service knows it from provisioning's {@code CircuitActivated} (Art. 21) and
 * decommission's {@code CircuitStatusChanged} (Art. 32–34): whose it is, at which service level, and whether a fault
 * can be reported on it. The activation is stored as it came; the status is that of the latest status change, if any.
 */
public class CircuitView {

    public String circuitId;
    public CustomerRef customer;
    public ProductRef product;
    public int bandwidthMbps;
    public AccessPoint point;
    public String demandFormId;
    public String confirmationFormId;
    public Instant activatedAt;
    public CircuitStatus status = CircuitStatus.IN_SERVICE;
    /** when the status last changed by a form 5; null while the circuit is as activated */
    public Instant statusChangedAt;
    /** the form 5 that changed it last; empty while none did */
    public String statusFormId = "";
    public String statusReason = "";

    public String customerGroupId() {
        return customer.groupId();
    }

    /** What a report on this circuit is decided on (Art. 24, 33, 34). */
    public CircuitOnRecord onRecord() {
        return new CircuitOnRecord(circuitId, customer, status);
    }
}
