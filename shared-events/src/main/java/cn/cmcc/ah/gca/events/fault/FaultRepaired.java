package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The level holding the ticket repaired the fault and replied to CSSC (Art. 27 CSSC itself, Art. 29 OMT, Art. 31
 * PND). Stops the {@code fault.restoration} clock; CSSC now confirms with the customer that the fault is cleared.
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param repairedBy the level that repaired it
 * @param cause      what the fault was
 * @param action     what was done
 * @param holder     CSSC, to confirm with the customer
 * @param repairedAt when the repair was replied
 */
@Revision("1")
public record FaultRepaired(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        Department repairedBy,
        String cause,
        String action,
        Department holder,
        Instant repairedAt) {
}
