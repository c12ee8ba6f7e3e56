package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The ticket changed level: up from CSSC to the O&M specialist teams for a core-network fault (Art. 28), from OMT
 * to the provincial network dept for a provincial core-network fault (Art. 30), or handed back down with a reason
 * (decision, docs/workflow.md). Every change of level is this event.
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param from        the level that held it
 * @param to          the level that holds it now
 * @param direction   up or down
 * @param reason      why, as the department that moved it gives it
 * @param holder      the department that holds it now ({@code to})
 * @param escalatedAt when
 */
@Revision("1")
public record FaultEscalated(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        Department from,
        Department to,
        EscalationDirection direction,
        String reason,
        Department holder,
        Instant escalatedAt) {
}
