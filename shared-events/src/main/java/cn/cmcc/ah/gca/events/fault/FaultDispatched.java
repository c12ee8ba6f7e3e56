package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * MON dispatched the accepted ticket to CSSC (Art. 25).
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param dispatchedBy MON
 * @param note         what MON adds for CSSC, if anything
 * @param holder       CSSC, who now holds it
 * @param dispatchedAt when
 */
@Revision("1")
public record FaultDispatched(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        Department dispatchedBy,
        @MayBeAbsent String note,
        Department holder,
        Instant dispatchedAt) {
}
