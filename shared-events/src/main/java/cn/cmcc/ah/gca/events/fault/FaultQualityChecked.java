package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * MON quality-checked CSSC's reply (Art. 25): passed, the ticket waits for MON's archive; not passed, it goes back
 * to CSSC with the findings, to be replied again.
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param passed    whether the reply passed
 * @param findings  what MON found; always given when it did not pass
 * @param holder    MON when passed, CSSC when not
 * @param checkedAt when
 */
@Revision("1")
public record FaultQualityChecked(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        boolean passed,
        @MayBeAbsent String findings,
        Department holder,
        Instant checkedAt) {
}
