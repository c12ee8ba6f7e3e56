package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC replied the ticket once the customer confirmed the fault cleared (Art. 27; the reply MON quality-checks,
 * Art. 25).
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param summary   the reply
 * @param holder    MON, to quality-check it
 * @param repliedAt when
 */
@Revision("1")
public record FaultReplied(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        String summary,
        Department holder,
        Instant repliedAt) {
}
