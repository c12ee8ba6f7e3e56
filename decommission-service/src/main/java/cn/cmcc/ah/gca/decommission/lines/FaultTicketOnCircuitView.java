package cn.cmcc.ah.gca.decommission.lines;

import java.time.Instant;

/**
 * A fault ticket on a circuit, as fault-service's events tell it (Art. 24): open from its report until MON archives
 * it. Open tickets are kept apart as open work, so the open tickets of a circuit cost what is open.
 */
public class FaultTicketOnCircuitView {

    public String ticketId;
    public String circuitId;
    public Instant reportedAt;
    /** null while the ticket is open */
    public Instant archivedAt;

    boolean open() {
        return archivedAt == null;
    }
}
