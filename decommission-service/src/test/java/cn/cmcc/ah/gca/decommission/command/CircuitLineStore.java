package cn.cmcc.ah.gca.decommission.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;

import java.util.List;

/**
 * The circuits' own event store for a StopForm fixture: a real {@link CircuitLines} over a real event-sourcing
 * repository of {@link CircuitLine}, on an in-memory store of its own. The fixture runs each command in a unit of work;
 * the repository loads the circuits in that same unit of work, so their events are stored when the form's step
 * commits and not at all when it is refused (what the kit's store does in one append in the service).
 * <p>
 * A circuit's past (an earlier form 5 left it suspended, stopped, or still holds it) is given by publishing its events
 * here before the test; what a step did to it is read back from here after.
 */
final class CircuitLineStore implements AutoCloseable {

    private static final String TYPE = CircuitLine.class.getSimpleName();

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final CircuitLines lines = new CircuitLines(EventSourcingRepository.builder(CircuitLine.class)
            .eventStore(store)
            .build());

    /** The resource the form's command handlers take; register it with the fixture. */
    CircuitLines lines() {
        return lines;
    }

    /** The circuit's earlier history, appended after what it already has. */
    void given(String circuitId, List<?> events) {
        long next = store.lastSequenceNumberFor(circuitId).map(last -> last + 1).orElse(0L);
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>(TYPE, circuitId, next++, event));
        }
    }

    /** Every event of the circuit, in its order. */
    List<Object> eventsOf(String circuitId) {
        return messagesOf(circuitId).stream().<Object>map(Message::getPayload).toList();
    }

    /** The circuit's events as stored: aggregate type, id and sequence. */
    List<DomainEventMessage<?>> messagesOf(String circuitId) {
        return store.readEvents(circuitId).asStream().<DomainEventMessage<?>>map(message -> message).toList();
    }

    @Override
    public void close() {
        store.shutDown();
    }
}
