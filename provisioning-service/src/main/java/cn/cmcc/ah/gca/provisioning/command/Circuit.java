package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A circuit in service (专线, 业务编号, Art. 21), keyed by its circuit id. Created by its form 2 at activation, in the
 * same unit of work ({@link DemandForm}); its first event {@link CircuitActivated} is what fault-service and
 * decommission-service take the customer and service level from.
 * <p>
 * Minimal on purpose: it has no command of its own yet. Stop and suspension (Art. 32–36) will be commands here,
 * driven by decommission-service's events, and move it out of {@link Status#IN_SERVICE}.
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class Circuit {

    /** Where a circuit stands. */
    public enum Status {
        /** 在用 */
        IN_SERVICE
    }

    @AggregateIdentifier
    private String circuitId;
    private Status status;

    protected Circuit() {
        // for Axon
    }

    /** Only its form 2 activates a circuit (Art. 21). */
    Circuit(CircuitActivated activated) {
        apply(activated);
    }

    @EventSourcingHandler
    void on(CircuitActivated event) {
        circuitId = event.circuitId();
        status = Status.IN_SERVICE;
    }
}
