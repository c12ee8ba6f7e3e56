package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps fault-service's view of the circuits ({@link CircuitQueries}) from the {@code gca.provisioning.events} and
 * {@code gca.decommission.events} topics: a tracking processor on the Kafka source, so its position is in the token
 * store and a reset replays the topics. The circuit, its customer and service level come from these events alone, never
 * from a caller (Art. 24). Every other event on those topics is skipped by having no handler.
 * <p>
 * Each record carries the aggregate sequence its service stored it at. An activation is the first event of
 * provisioning's {@code Circuit}: stored once. Status changes are events of decommission's aggregate keyed by the
 * circuit id: a change is taken only if its sequence is later than the last one taken, so a redelivered or replayed
 * record changes nothing and a late one cannot undo a newer status.
 */
@Component
@ProcessingGroup(CircuitProjection.GROUP)
public class CircuitProjection {

    /** The processing group, fed by {@code streamableKafkaMessageSource}. */
    public static final String GROUP = "fault-circuits";

    private final CircuitQueries views;

    CircuitProjection(CircuitQueries views) {
        this.views = views;
    }

    @EventHandler
    void on(CircuitActivated event, @SequenceNumber long sequence) {
        views.circuits.create(event.circuitId(), sequence, () -> {
            CircuitView view = new CircuitView();
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

    @EventHandler
    void on(CircuitStatusChanged event, @SequenceNumber long sequence) {
        views.statuses.create(event.circuitId(), sequence, () -> statusOf(event));
        views.statuses.apply(event.circuitId(), sequence, view -> {
            CircuitStatusView changed = statusOf(event);
            view.status = changed.status;
            view.formId = changed.formId;
            view.reason = changed.reason;
            view.changedAt = changed.changedAt;
        });
    }

    private static CircuitStatusView statusOf(CircuitStatusChanged event) {
        CircuitStatusView view = new CircuitStatusView();
        view.circuitId = event.circuitId();
        view.status = event.status();
        view.formId = event.formId() == null ? "" : event.formId();
        view.reason = event.reason() == null ? "" : event.reason();
        view.changedAt = event.changedAt();
        return view;
    }

    @ResetHandler
    void reset() {
        views.circuits.deleteAll();
        views.statuses.deleteAll();
    }
}
