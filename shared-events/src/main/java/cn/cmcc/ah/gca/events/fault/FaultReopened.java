package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The customer said the fault is not cleared (decision, workflow-en.md Art. 24–31): the ticket reopens at the level
 * that replied the repair, with the reason. Restarts the {@code fault.restoration} clock, the time already used
 * counting.
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param answeredBy CUSTOMER when the customer answered itself, CSSC when CSSC recorded the customer's answer
 * @param reason     why the customer rejects the repair
 * @param holder     the level that replied the repair, which holds it again
 * @param reopenedAt when
 */
@Revision("1")
public record FaultReopened(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        Department answeredBy,
        String reason,
        Department holder,
        Instant reopenedAt) {
}
