package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.support.query.ReadFence;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The circuits as provisioning's and decommission's events describe them ({@link CircuitProjection}): what a fault
 * report is decided on (Art. 24, 33, 34).
 * <p>
 * <b>No read fence.</b> The kit's fence waits for a processor to reach the head of the service's own event store; these
 * views are fed from other services' topics, and across services there is no read-your-writes (docs/api.md). A circuit
 * just activated is unknown here until its event has been consumed (a report on it is refused with 422 and can be
 * retried a moment later); a status change shows once consumed.
 */
@Repository
public class CircuitQueries {

    final ViewStore<CircuitView> circuits;
    final ViewStore<CircuitStatusView> statuses;

    public CircuitQueries(ViewStores stores) {
        this.circuits = stores.builder("fault_circuit_views", CircuitView.class, CircuitProjection.GROUP)
                .id(view -> view.circuitId)
                .readFence(ReadFence.NONE)
                .build();
        this.statuses = stores.builder("fault_circuit_status_views", CircuitStatusView.class, CircuitProjection.GROUP)
                .id(view -> view.circuitId)
                .readFence(ReadFence.NONE)
                .build();
    }

    /** The circuit with its latest status; empty while its activation has not been consumed. */
    public Optional<CircuitView> circuit(String circuitId) {
        return circuits.find(circuitId).map(view -> {
            statuses.find(circuitId).ifPresent(change -> {
                view.status = change.status;
                view.statusChangedAt = change.changedAt;
                view.statusFormId = change.formId;
                view.statusReason = change.reason;
            });
            return view;
        });
    }
}
