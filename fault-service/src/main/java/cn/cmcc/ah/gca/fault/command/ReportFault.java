package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Raise a fault ticket (Art. 24) on a circuit as fault-service knows it from provisioning's and decommission's
 * events.
 *
 * @param ticketId            the new ticket's number
 * @param circuitId           the circuit named by the caller
 * @param circuit             that circuit as known, or {@code null} when it is unknown (or, for a customer, not its
 *                            own)
 * @param symptom             故障现象
 * @param contact             the callback contact, masked and sealed
 * @param linkedTicketIds     the tickets still open on the circuit
 * @param directReportLevels  the service levels whose customers may report directly to CSSC (configured)
 * @param reportingDepartment who reports: CALL_CENTER, GCD, or CUSTOMER (a direct report)
 * @param reportedAt          when
 */
public record ReportFault(
        @TargetAggregateIdentifier String ticketId,
        String circuitId,
        CircuitOnRecord circuit,
        String symptom,
        MaskedContact contact,
        List<String> linkedTicketIds,
        Set<ServiceLevel> directReportLevels,
        Department reportingDepartment,
        Instant reportedAt) {
}
