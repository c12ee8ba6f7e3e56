package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * MON (or CSSC, for a direct report) accepted the ticket (Art. 24). Stops the {@code fault.acceptance} clock.
 *
 * @param ticketId   the ticket
 * @param acceptedBy the department that accepted; revision 2 made it a {@link Department}
 * @param acceptedAt when
 */
@Revision("2")
public record FaultAccepted(String ticketId, Department acceptedBy, Instant acceptedAt) {
}
