package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * GCD dispatched a form 5 that stops or suspends the ticket's circuit while the ticket is open: the ticket is told,
 * with GCD's reason (Art. 33–34). Sent from decommission-service's {@code StopFormDispatched}, never over REST.
 *
 * @param ticketId    the ticket
 * @param formId      the form 5 (业务停闭需求单)
 * @param requestType what the form asks for; only a permanent stop or a suspension is told
 * @param circuitIds  the circuits the form names; a ticket on none of them is not told
 * @param reason      why GCD stops the circuits with the ticket open
 * @param at          when the form was dispatched
 */
public record NoteCircuitStop(
        @TargetAggregateIdentifier String ticketId,
        String formId,
        StopRequestType requestType,
        List<String> circuitIds,
        String reason,
        Instant at) {

    public NoteCircuitStop {
        circuitIds = circuitIds == null ? List.of() : List.copyOf(circuitIds);
    }

    /** Art. 33–34: a permanent stop or a suspension of this circuit takes it out of service; a resume does not. */
    boolean stops(String circuitId) {
        return (requestType == StopRequestType.PERMANENT_STOP || requestType == StopRequestType.SUSPENSION)
                && circuitIds.contains(circuitId);
    }
}
