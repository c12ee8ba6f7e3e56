package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The customer confirmed that the fault is cleared (Art. 27, 29, 31), itself or through CSSC recording its answer;
 * CSSC now replies the ticket.
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param answeredBy  CUSTOMER when the customer answered itself, CSSC when CSSC recorded the customer's answer
 * @param note        what the customer said, if anything
 * @param holder      CSSC
 * @param confirmedAt when
 */
@Revision("1")
public record FaultClearanceConfirmed(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        Department answeredBy,
        @MayBeAbsent String note,
        Department holder,
        Instant confirmedAt) {
}
