package cn.cmcc.ah.gca.events.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A fault ticket was raised (Art. 24): by 10086 or an account manager, to be accepted by MON, or by an
 * important customer directly to CSSC. Starts the {@code fault.acceptance} and {@code fault.restoration}
 * clocks.
 *
 * @param ticketId    故障工单号, e.g. {@code FT-2026-000123}; the aggregate id
 * @param circuitId   业务编号 of the affected circuit
 * @param customer    the group customer
 * @param channel     how it was reported
 * @param symptom     故障现象 as described by the reporter
 * @param contact     who to call back (name and phone, as given)
 * @param acceptingDepartment MON, or CSSC for a direct report by an important customer (Art. 24); revision 2 made
 *                            it a {@link Department}
 * @param reportedAt  when the report was taken
 */
@Revision("2")
public record FaultReported(
        String ticketId,
        String circuitId,
        CustomerRef customer,
        ReportChannel channel,
        String symptom,
        String contact,
        Department acceptingDepartment,
        Instant reportedAt) {
}
