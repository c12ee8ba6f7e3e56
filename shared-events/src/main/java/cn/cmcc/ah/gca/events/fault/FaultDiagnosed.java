package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC pre-diagnosed the fault from its symptoms (Art. 26): a core-network fault or not. Not core, CSSC repairs it
 * (Art. 27); core, a {@link FaultEscalated} to OMT follows at once (Art. 28).
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param coreNetwork whether it is a core-network fault
 * @param reasoning   why CSSC judged so
 * @param holder      CSSC
 * @param diagnosedAt when
 */
@Revision("1")
public record FaultDiagnosed(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        boolean coreNetwork,
        String reasoning,
        Department holder,
        Instant diagnosedAt) {
}
