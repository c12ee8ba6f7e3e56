package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GCD dispatches a form 5 for a permanent stop, a suspension or a resume (Art. 33).
 *
 * @param formId            the new form's number
 * @param requestType       PERMANENT_STOP, SUSPENSION or RESUME
 * @param circuitIds        the circuits named, in the caller's order
 * @param known             those of them provisioning activated, by id, as decommission-service knows them
 * @param openFaultTickets  the tickets open on each named circuit (circuits without any are absent)
 * @param reason            why
 * @param requestedDate     the date asked for, ISO-8601
 * @param openTicketReason  why stop even so, when tickets are open; null or blank otherwise
 * @param actingDepartment  who dispatches
 * @param at                when
 */
public record DispatchStopForm(
        @TargetAggregateIdentifier String formId,
        StopRequestType requestType,
        List<String> circuitIds,
        Map<String, CircuitOnRecord> known,
        Map<String, List<String>> openFaultTickets,
        String reason,
        String requestedDate,
        String openTicketReason,
        Department actingDepartment,
        Instant at) {
}
