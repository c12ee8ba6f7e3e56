package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The ticket is told that a form 5 stops or suspends its circuit while it is open (Art. 33–34; decommission-service
 * asks GCD for a stated reason then). Recorded once per form; the ticket goes on as before, its holder unchanged.
 *
 * @param ticketId    the ticket
 * @param circuitId   its circuit
 * @param customer    the group customer
 * @param formId      the form 5
 * @param requestType PERMANENT_STOP or SUSPENSION
 * @param reason      GCD's reason for stopping the circuit with the ticket open
 * @param holder      the department holding the ticket (unchanged)
 * @param notedAt     when the form 5 was dispatched
 */
@Revision("1")
public record FaultCircuitStopRequested(String ticketId, String circuitId, CustomerRef customer, String formId,
                                        StopRequestType requestType, String reason, Department holder,
                                        Instant notedAt) {
}
