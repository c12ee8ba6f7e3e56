package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.AddedInRevision;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * MON (or CSSC, for a direct report) accepted the ticket (Art. 24). Stops the {@code fault.acceptance} clock.
 * Accepted by MON the ticket waits for MON's dispatch to CSSC (Art. 25); accepted by CSSC it is CSSC's to diagnose.
 *
 * @param ticketId   the ticket
 * @param circuitId  its circuit (revision 3)
 * @param customer   its customer, with the service level (revision 3)
 * @param acceptedBy the department that accepted; revision 2 made it a {@link Department}
 * @param holder     the department that holds the ticket now (revision 3)
 * @param acceptedAt when
 */
@Revision("3")
public record FaultAccepted(
        String ticketId,
        @AddedInRevision("3") @MayBeAbsent String circuitId,
        @AddedInRevision("3") @MayBeAbsent CustomerRef customer,
        Department acceptedBy,
        @AddedInRevision("3") @MayBeAbsent Department holder,
        Instant acceptedAt) {
}
