package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * MON archived the ticket (Art. 24): its life is over.
 *
 * @param ticketId  the ticket
 * @param circuitId its circuit
 * @param customer  its customer, with the service level
 * @param archivedBy MON
 * @param holder     MON, which keeps the archive
 * @param archivedAt when
 */
@Revision("1")
public record FaultArchived(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        Department archivedBy,
        Department holder,
        Instant archivedAt) {
}
