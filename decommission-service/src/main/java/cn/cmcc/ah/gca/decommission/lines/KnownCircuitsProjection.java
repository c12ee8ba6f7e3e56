package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link KnownCircuits} from provisioning's and fault-service's topics: a tracking processor on the Kafka source,
 * so its position is in the token store and a reset replays the topics. Every other event is skipped by having no
 * handler.
 * <p>
 * Idempotent: an activation is the first event of provisioning's {@code Circuit}, a report the first of a ticket,
 * each stored once; the archive is taken only if later in the ticket's stream than what the view took, so a
 * redelivered or replayed record changes nothing.
 */
@Component
@ProcessingGroup(KnownCircuitsProjection.GROUP)
public class KnownCircuitsProjection {

    /** The processing group, fed by {@code streamableKafkaMessageSource}. */
    public static final String GROUP = "decommission-circuits";

    private final KnownCircuits views;

    KnownCircuitsProjection(KnownCircuits views) {
        this.views = views;
    }

    /** Art. 21: the circuit is in service. */
    @EventHandler
    void on(CircuitActivated event, @SequenceNumber long sequence) {
        views.circuits.create(event.circuitId(), sequence, () -> {
            KnownCircuitView view = new KnownCircuitView();
            view.circuitId = event.circuitId();
            view.customer = event.customer();
            view.product = event.product();
            view.bandwidthMbps = event.bandwidthMbps();
            view.point = event.point();
            view.demandFormId = event.demandFormId();
            view.confirmationFormId = event.confirmationFormId();
            view.activatedAt = event.activatedAt();
            return view;
        });
    }

    /** Art. 24: a ticket is open on the circuit from its report. */
    @EventHandler
    void on(FaultReported event, @SequenceNumber long sequence) {
        views.tickets.create(event.ticketId(), sequence, () -> {
            FaultTicketOnCircuitView view = new FaultTicketOnCircuitView();
            view.ticketId = event.ticketId();
            view.circuitId = event.circuitId();
            view.reportedAt = event.reportedAt();
            return view;
        });
    }

    /** Art. 24: MON archived it; its life is over. */
    @EventHandler
    void on(FaultArchived event, @SequenceNumber long sequence) {
        views.tickets.apply(event.ticketId(), sequence, view -> view.archivedAt = event.archivedAt());
    }

    @ResetHandler
    void reset() {
        views.circuits.deleteAll();
        views.tickets.deleteAll();
    }
}
