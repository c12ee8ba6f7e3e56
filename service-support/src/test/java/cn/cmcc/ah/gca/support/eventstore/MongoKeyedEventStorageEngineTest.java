package cn.cmcc.ah.gca.support.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Appending and loading aggregates, conflicts, snapshots, upcasting and tokens. */
class MongoKeyedEventStorageEngineTest extends MongoKeyedTestSupport {

    @Test
    void appendedEventsOfAnAggregateLoadBackInOrderWithTheirExactTimestamps() {
        MongoKeyedEventStorageEngine engine = newEngine();
        Instant precise = Instant.parse("2026-11-03T08:15:30.123456789Z");
        engine.appendEvents(eventAt("t-1", 0, precise), event("t-1", 1));
        engine.appendEvents(event("t-2", 0));
        engine.appendEvents(event("t-1", 2));

        List<? extends DomainEventMessage<?>> loaded = engine.readEvents("t-1").asStream().toList();

        assertThat(loaded).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(loaded.get(0).getTimestamp()).isEqualTo(precise);
        assertThat(loaded.get(0).getType()).isEqualTo("Ticket");
        assertThat(loaded.get(2).getPayload()).isEqualTo(new NoteAdded("t-1", "note 2"));
    }

    @Test
    void loadingFromASequenceNumberSkipsTheEarlierEvents() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(events("t-1", 0, 6));

        assertThat(engine.readEvents("t-1", 4).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(4L, 5L);
        assertThat(engine.readEvents("unknown").asStream()).isEmpty();
    }

    @Test
    void anAggregateWithMoreEventsThanOneBatchLoadsCompletely() {
        MongoKeyedEventStorageEngine engine = engineBuilder().batchSize(10).build();
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(events("big", i * 7L, 7)); // 35 events; 10 is a batch boundary too
        }
        engine.appendEvents(events("other", 0, 3));

        assertThat(engine.readEvents("big").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(sequence(0, 35));
    }

    @Test
    void twoConcurrentAppendsAtTheSameSequenceLetExactlyOneWinAndTombstoneTheLosersPosition() throws Exception {
        MongoKeyedEventStorageEngine first = newEngine();
        MongoKeyedEventStorageEngine second = newEngine();
        first.appendEvents(event("race", 0));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int rounds = 20;
        try {
            for (long seq = 1; seq <= rounds; seq++) {
                CyclicBarrier start = new CyclicBarrier(2);
                long s = seq;
                Future<Throwable> a = threads.submit(appendAfter(start, first, event("race", s)));
                Future<Throwable> b = threads.submit(appendAfter(start, second, event("race", s)));
                Throwable failureA = a.get(10, TimeUnit.SECONDS);
                Throwable failureB = b.get(10, TimeUnit.SECONDS);

                assertThat(failureA == null ^ failureB == null).as("exactly one wins round %d", s).isTrue();
                assertThat(failureA == null ? failureB : failureA).isInstanceOf(ConcurrencyException.class);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(streamCollection().countDocuments(eq("tombstone", true))).isEqualTo(rounds);
        List<TrackedEventMessage<?>> tracked = readAll(newEngine(), null);
        assertThat(tracked).hasSize(rounds + 1);
        assertThat(tracked).extracting(m -> ((DomainEventMessage<?>) m).getSequenceNumber())
                           .containsExactlyElementsOf(sequence(0, rounds + 1));
        assertThat(first.readEvents("race").asStream()).hasSize(rounds + 1);
    }

    @Test
    void creatingAnAggregateWhoseIdentifierIsTakenFailsLikeAxonsStockEngines() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(event("dup", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("dup", 0)))
                .isInstanceOf(AggregateStreamCreationException.class)
                .hasMessageContaining("dup");
        assertThatThrownBy(() -> engine.appendEvents(event("dup", 0), event("dup", 1)))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void anAppendThatConflictsHalfwayIsAllOrNothing() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(event("a", 0), event("b", 0), event("b", 1));

        // a:1 is written before b:1 conflicts; the whole append must vanish
        assertThatThrownBy(() -> engine.appendEvents(event("a", 1), event("a", 2), event("b", 1), event("b", 2)))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("[b]");

        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L);
        assertThat(readAll(engine, null)).hasSize(3);
        assertThat(streamCollection().countDocuments(eq("tombstone", true))).isEqualTo(4);
        // the aggregate key a:1 is free again
        engine.appendEvents(event("a", 1));
        assertThat(engine.readEvents("a").asStream()).hasSize(2);
        assertThat(engine.lastSequenceNumberFor("a")).contains(1L);
    }

    @Test
    void plainEventMessagesAreStoredAndComeBackAsPlainEvents() {
        MongoKeyedEventStorageEngine engine = newEngine();
        EventMessage<?> plain = GenericEventMessage.asEventMessage(new NoteAdded("none", "system"));
        engine.appendEvents(event("t", 0), plain, event("t", 1));

        List<TrackedEventMessage<?>> tracked = readAll(engine, null);

        assertThat(tracked).hasSize(3);
        assertThat(tracked.get(1)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(tracked.get(1).getIdentifier()).isEqualTo(plain.getIdentifier());
        assertThat(tracked.get(1).getPayload()).isEqualTo(new NoteAdded("none", "system"));
        assertThat(tracked.get(0)).isInstanceOf(DomainEventMessage.class);
    }

    @Test
    void lastSequenceNumberIsFoundByProbingKeys() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(events("long", 0, 138));
        engine.appendEvents(events("short", 0, 1));

        assertThat(engine.lastSequenceNumberFor("long")).contains(137L);
        assertThat(engine.lastSequenceNumberFor("short")).contains(0L);
        assertThat(engine.lastSequenceNumberFor("none")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ snapshots

    @Test
    void onlyTheNewestSnapshotOfAnAggregateIsKept() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.storeSnapshot(snapshot("s", 5, 50));
        engine.storeSnapshot(snapshot("s", 3, 30)); // older: ignored

        assertThat(engine.readSnapshot("s")).hasValueSatisfying(
                s -> assertThat(s.getSequenceNumber()).isEqualTo(5));

        engine.storeSnapshot(snapshot("s", 8, 80));
        assertThat(engine.readSnapshot("s")).hasValueSatisfying(s -> {
            assertThat(s.getSequenceNumber()).isEqualTo(8);
            assertThat(s.getPayload()).isEqualTo(new CounterState("s", 80));
        });
        assertThat(database.getCollection("events_snapshots").countDocuments()).isEqualTo(1);
        assertThat(engine.readSnapshot("other")).isEmpty();
    }

    @Test
    void theEventStoreStartsAnAggregateStreamFromItsSnapshot() {
        MongoKeyedEventStorageEngine engine = newEngine();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            engine.appendEvents(events("s", 0, 6));
            engine.storeSnapshot(snapshot("s", 3, 4));

            List<? extends DomainEventMessage<?>> stream = store.readEvents("s").asStream().toList();

            assertThat(stream.get(0).getPayload()).isEqualTo(new CounterState("s", 4));
            assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(3L, 4L, 5L);
        } finally {
            store.shutDown();
        }
    }

    @Test
    void anEventSourcingRepositoryTakesAndUsesSnapshotsThroughTheEngine() throws Exception {
        MongoKeyedEventStorageEngine engine = newEngine();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            AggregateSnapshotter snapshotter = AggregateSnapshotter.builder()
                                                                   .eventStore(store)
                                                                   .aggregateFactories(new GenericAggregateFactory<>(
                                                                           Counter.class))
                                                                   .build();
            EventSourcingRepository<Counter> repository =
                    EventSourcingRepository.builder(Counter.class)
                                           .eventStore(store)
                                           .snapshotTriggerDefinition(
                                                   new EventCountSnapshotTriggerDefinition(snapshotter, 3))
                                           .build();
            inUnitOfWork(() -> repository.newInstance(() -> new Counter("c-1")));
            for (int i = 0; i < 5; i++) {
                inUnitOfWork(() -> {
                    repository.load("c-1").execute(Counter::increment);
                    return null;
                });
            }

            assertThat(engine.readSnapshot("c-1")).isPresent();
            long snapshotSequence = engine.readSnapshot("c-1").orElseThrow().getSequenceNumber();
            assertThat(snapshotSequence).isBetween(3L, 5L);
            assertThat(store.readEvents("c-1").asStream().findFirst().orElseThrow().getPayloadType())
                    .isEqualTo(Counter.class);
            int count = inUnitOfWork(() -> repository.load("c-1").invoke(c -> c.count));
            assertThat(count).isEqualTo(5);
        } finally {
            store.shutDown();
        }
    }

    // ------------------------------------------------------------------------------------------------ upcasting

    @Test
    void anUpcasterInTheChainIsAppliedOnEveryRead() {
        MongoKeyedEventStorageEngine writer = newEngine(); // no upcasters: stores revision 1 as it was
        writer.appendEvents(new GenericDomainEventMessage<>("Ticket", "u", 0, new TitledV1("u", "old title")));
        MongoKeyedEventStorageEngine reader = engineBuilder().upcasterChain(new TitleToNameUpcaster()).build();

        Object loaded = reader.readEvents("u").asStream().findFirst().orElseThrow().getPayload();
        Object tracked = readAll(reader, null).get(0).getPayload();

        assertThat(loaded).isEqualTo(new Titled("u", "old title"));
        assertThat(tracked).isEqualTo(new Titled("u", "old title"));
        assertThat(streamCollection().find().first().getString("payloadRevision")).isEqualTo("1");
    }

    // --------------------------------------------------------------------------------------------------- tokens

    @Test
    void theHeadTokenIsTheLastReservedPositionAndNullForAnEmptyStore() {
        MongoKeyedEventStorageEngine engine = newEngine();
        assertThat(engine.createHeadToken()).isNull();
        assertThat(engine.createTailToken()).isNull();

        engine.appendEvents(events("h", 0, 3));
        assertThatThrownBy(() -> engine.appendEvents(event("h", 2))).isInstanceOf(ConcurrencyException.class);

        assertThat(engine.createHeadToken().position()).hasValue(4);
        assertThat(readAll(engine, engine.createHeadToken())).isEmpty();
        engine.appendEvents(event("h", 3));
        assertThat(readAll(engine, engine.createHeadToken())).isEmpty();
        assertThat(readAll(engine, new GlobalSequenceTrackingToken(4)))
                .extracting(TrackedEventMessage::getIdentifier).hasSize(1);
    }

    @Test
    void aTokenAtATimePointsJustBeforeTheFirstEventAtOrAfterIt() {
        MongoKeyedEventStorageEngine engine = newEngine();
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < 40; i++) {
            engine.appendEvents(eventAt("time", i, t0.plus(Duration.ofMinutes(i))));
            if (i % 3 == 0) { // leave tombstones between the events
                assertThatThrownBy(() -> engine.appendEvents(event("time", 0)))
                        .isInstanceOf(AggregateStreamCreationException.class);
            }
        }

        List<TrackedEventMessage<?>> fromMinute17 = readAll(engine, engine.createTokenAt(t0.plusSeconds(17 * 60)));
        List<TrackedEventMessage<?>> fromMinute17AndABit = readAll(engine,
                                                                   engine.createTokenAt(t0.plusSeconds(17 * 60 + 1)));

        assertThat(fromMinute17).hasSize(23);
        assertThat(((DomainEventMessage<?>) fromMinute17.get(0)).getSequenceNumber()).isEqualTo(17);
        assertThat(((DomainEventMessage<?>) fromMinute17AndABit.get(0)).getSequenceNumber()).isEqualTo(18);
        assertThat(readAll(engine, engine.createTokenAt(t0.minusSeconds(1)))).hasSize(40);
        assertThat(engine.createTokenAt(t0.plus(Duration.ofDays(1)))).isEqualTo(engine.createHeadToken());
    }

    @Test
    void anEngineWithoutSerializersFailsFastInsteadOfFallingBackToXStream() {
        assertThatThrownBy(() -> MongoKeyedEventStorageEngine.builder().database(database).build())
                .isInstanceOf(AxonConfigurationException.class)
                .hasMessageContaining("event Serializer");
        assertThatThrownBy(() -> MongoKeyedEventStorageEngine.builder().database(database)
                                                             .eventSerializer(jackson()).build())
                .isInstanceOf(AxonConfigurationException.class)
                .hasMessageContaining("snapshot Serializer");
        assertThatThrownBy(() -> MongoKeyedEventStorageEngine.builder().eventSerializer(jackson())
                                                             .snapshotSerializer(jackson()).build())
                .isInstanceOf(AxonConfigurationException.class)
                .hasMessageContaining("MongoDatabase");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Callable<Throwable> appendAfter(CyclicBarrier start, MongoKeyedEventStorageEngine engine,
                                                   DomainEventMessage<?> event) {
        return () -> {
            start.await(5, TimeUnit.SECONDS);
            try {
                engine.appendEvents(event);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        };
    }

    private static DomainEventMessage<?> snapshot(String aggregateId, long sequence, int count) {
        return new GenericDomainEventMessage<>("Counter", aggregateId, sequence, new CounterState(aggregateId, count));
    }

    private static <R> R inUnitOfWork(Callable<R> task) throws Exception {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("test"));
        var result = unitOfWork.executeWithResult(task);
        if (result.isExceptional()) {
            throw new AssertionError(result.exceptionResult());
        }
        @SuppressWarnings("unchecked") R payload = (R) result.getPayload();
        return payload;
    }

    record CounterState(String id, int count) {
    }

    record CounterCreated(String id) {
    }

    record CounterIncremented(String id, int value) {
    }

    /** A minimal event-sourced aggregate; Jackson snapshots it by its fields. */
    static class Counter {

        @AggregateIdentifier
        private String id;
        private int count;

        Counter() {
        }

        Counter(String id) {
            apply(new CounterCreated(id));
        }

        void increment() {
            apply(new CounterIncremented(id, count + 1));
        }

        @EventSourcingHandler
        void on(CounterCreated event) {
            this.id = event.id();
        }

        @EventSourcingHandler
        void on(CounterIncremented event) {
            this.count = event.value();
        }
    }

    @Revision("1")
    record TitledV1(String ticketId, String title) {
    }

    @Revision("2")
    record Titled(String ticketId, String name) {
    }

    /** Revision 1 to 2: the class was renamed and its field {@code title} became {@code name}. */
    static class TitleToNameUpcaster extends SingleEventUpcaster {

        private static final SimpleSerializedType V1 = new SimpleSerializedType(TitledV1.class.getName(), "1");
        private static final SimpleSerializedType V2 = new SimpleSerializedType(Titled.class.getName(), "2");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(V1);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(V2, JsonNode.class, node -> {
                ObjectNode object = (ObjectNode) node;
                object.set("name", object.remove("title"));
                return object;
            });
        }
    }
}
