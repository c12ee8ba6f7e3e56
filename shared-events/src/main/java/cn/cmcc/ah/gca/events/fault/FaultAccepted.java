package cn.cmcc.ah.gca.events.fault;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * MON (or CSSC, for a direct report) accepted the ticket (Art. 24). Stops the {@code fault.acceptance} clock.
 *
 * @param ticketId   the ticket
 * @param acceptedBy department code that accepted
 * @param acceptedAt when
 */
@Revision("1")
public record FaultAccepted(String ticketId, String acceptedBy, Instant acceptedAt) {
}
