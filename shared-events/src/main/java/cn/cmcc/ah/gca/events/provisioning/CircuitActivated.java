package cn.cmcc.ah.gca.events.provisioning;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A circuit (专线, 业务编号) is in service (Art. 21): the first event of the {@code Circuit} aggregate, keyed by the
 * circuit id. fault-service and decommission-service validate circuit ids and take the customer's service level from
 * this event alone, never from what a caller types.
 *
 * @param circuitId          业务编号, e.g. {@code CL-2026-000001}
 * @param customer           the group customer, with its service level
 * @param product            the product
 * @param bandwidthMbps      bandwidth in Mbit/s
 * @param point              the access point
 * @param segments           how each segment of the point is built (the network solution's lines for it)
 * @param demandFormId       the form 2 it was activated by
 * @param confirmationFormId the form 1 it was confirmed by
 * @param activatedAt        when
 */
@Revision("1")
public record CircuitActivated(
        String circuitId,
        CustomerRef customer,
        ProductRef product,
        int bandwidthMbps,
        AccessPoint point,
        List<NetworkSolutionLine> segments,
        String demandFormId,
        String confirmationFormId,
        Instant activatedAt) {
    public CircuitActivated {
        segments = List.copyOf(segments);
    }
}
