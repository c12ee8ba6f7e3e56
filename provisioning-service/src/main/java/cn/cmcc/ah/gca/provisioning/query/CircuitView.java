package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.ProductRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A circuit (专线, 业务编号) in service (Art. 21). */
public class CircuitView {

    /** Where a circuit stands; stops and suspensions (Art. 32–34) come with decommission's events. */
    public enum Status { IN_SERVICE }

    public String circuitId;
    public CustomerRef customer;
    public ProductRef product;
    public int bandwidthMbps;
    public AccessPoint point;
    /** how each segment of the point is built */
    public List<NetworkSolutionLine> segments = new ArrayList<>();
    public String demandFormId;
    public String confirmationFormId;
    public Status status;
    public Instant activatedAt;

    public String customerGroupId() {
        return customer.groupId();
    }
}
