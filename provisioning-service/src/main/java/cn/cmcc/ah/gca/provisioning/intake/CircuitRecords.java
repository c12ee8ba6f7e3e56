package cn.cmcc.ah.gca.provisioning.intake;

import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.provisioning.command.CircuitOnRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The circuits provisioning activated, read from its own event store rather than a view: a view being rebuilt (a
 * reset of its processor) would make a circuit look unknown for a while, and a classification skipped for that
 * reason would not come back. Each read starts at the first event, not at a snapshot.
 */
@Component
class CircuitRecords {

    private final EventStore store;

    CircuitRecords(EventStore store) {
        this.store = store;
    }

    /** The circuit's activation and the dispatch of the form 2 that activated it; empty for an unknown circuit. */
    Optional<CircuitOnRecord> find(String circuitId) {
        if (circuitId == null || circuitId.isBlank()) {
            return Optional.empty();
        }
        return first(circuitId, CircuitActivated.class).map(activated -> new CircuitOnRecord(activated,
                first(activated.demandFormId(), DemandDispatched.class).orElse(null)));
    }

    private <T> Optional<T> first(String aggregateId, Class<T> type) {
        DomainEventStream events = store.readEvents(aggregateId, 0);
        if (!events.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = events.next();
        return type.isInstance(first.getPayload()) ? Optional.of(type.cast(first.getPayload())) : Optional.empty();
    }
}
