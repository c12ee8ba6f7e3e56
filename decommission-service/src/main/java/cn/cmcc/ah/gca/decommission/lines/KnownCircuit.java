package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ProductRef;

import java.time.Instant;

/**
 * A circuit as decommission-service knows it from provisioning's {@code CircuitActivated} (Art. 21): whose it is and
 * what it is. Its status and the form 5 holding it are decommission-service's own ({@code CircuitLine}).
 */
public record KnownCircuit(String circuitId, CustomerRef customer, ProductRef product, int bandwidthMbps,
                           AccessPoint point, String demandFormId, String confirmationFormId, Instant activatedAt) {
}
