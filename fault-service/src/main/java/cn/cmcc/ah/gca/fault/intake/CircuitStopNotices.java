package cn.cmcc.ah.gca.fault.intake;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.fault.command.NoteCircuitStop;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the fault tickets open on the circuits of a form 5 that GCD stops or suspends them (Art. 33–34: a circuit with
 * an open ticket is stopped only with a stated reason, and the ticket is told). decommission-service's
 * {@code StopFormDispatched} on {@code gca.decommission.events} names the tickets; each gets a {@link NoteCircuitStop}
 * with the form's reason for stopping it anyway.
 * <p>
 * A processing group of its own (tracking, on {@code streamableKafkaMessageSource}), so that resetting the circuits'
 * view ({@code fault-circuits}) never sends these commands again; and a ticket takes each form once, so a redelivered
 * record or a replay of this group changes nothing. A ticket unknown here is logged and skipped rather than retried
 * for ever, which would stop the group.
 */
@Component
@ProcessingGroup(CircuitStopNotices.GROUP)
public class CircuitStopNotices {

    /** The processing group, fed by {@code streamableKafkaMessageSource}. */
    public static final String GROUP = "fault-stop-notices";
    /** The user a ticket's history names when the form's record names none. */
    static final String SERVICE_USER = "decommission-service";

    private static final Logger log = LoggerFactory.getLogger(CircuitStopNotices.class);

    private final CommandGateway commands;

    CircuitStopNotices(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(StopFormDispatched form, EventMessage<?> message) {
        for (String ticketId : form.openFaultTicketIds()) {
            try {
                commands.sendAndWait(new NoteCircuitStop(ticketId, form.formId(), form.requestType(),
                        form.circuitIds(), form.openTicketReason(), form.dispatchedAt()), metadata(ticketId, message));
            } catch (AggregateNotFoundException e) {
                log.warn("Form 5 {} names fault ticket {}, which fault-service does not have; skipped", form.formId(),
                        ticketId);
            }
        }
    }

    /**
     * Who tells the ticket: GCD, which dispatched the form (Art. 33), as the user who dispatched it, or this service's
     * name when the record names nobody; the ticket number as the correlation id, as for every step on a ticket.
     */
    static MetaData metadata(String ticketId, EventMessage<?> form) {
        Object user = form.getMetaData().get(MetadataKeys.ACTING_USER);
        return MetaData.with(MetadataKeys.ACTING_DEPARTMENT, Department.GCD.name())
                .and(MetadataKeys.ACTING_USER, user == null || user.toString().isBlank() ? SERVICE_USER
                        : user.toString())
                .and(MetadataKeys.CORRELATION_ID, ticketId);
    }
}
