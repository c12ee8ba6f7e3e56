package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.AddedInRevision;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A fault ticket was raised (Art. 24): by 10086 or an account manager, to be accepted by MON, or by an
 * important customer directly to CSSC. Starts the {@code fault.acceptance} and {@code fault.restoration}
 * clocks. The circuit's customer and service level are those provisioning activated it with, never the caller's.
 *
 * @param ticketId    故障工单号, e.g. {@code FT-2026-000123}; the aggregate id
 * @param circuitId   业务编号 of the affected circuit
 * @param customer    the circuit's group customer, with its service level
 * @param channel     how it was reported
 * @param symptom     故障现象 as described by the reporter
 * @param contact     who to call back, masked (revision 3; revision 2 carried it in clear as one text, which reads
 *                    as the masked name with no phone and nothing sealed)
 * @param acceptingDepartment MON, or CSSC for a direct report by an important customer (Art. 24); revision 2 made
 *                            it a {@link Department}
 * @param holder      the department that holds the ticket now: the accepting department
 * @param linkedTicketIds the tickets still open on the same circuit when this one was raised (a second report of
 *                        one fault is linked to the first, not silently duplicated); empty when none
 * @param reportedAt  when the report was taken
 */
@Revision("3")
public record FaultReported(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        ReportChannel channel,
        String symptom,
        MaskedContact contact,
        Department acceptingDepartment,
        Department holder,
        @AddedInRevision("3") @MayBeAbsent List<String> linkedTicketIds,
        Instant reportedAt) {
    public FaultReported {
        linkedTicketIds = linkedTicketIds == null ? null : List.copyOf(linkedTicketIds);
    }
}
