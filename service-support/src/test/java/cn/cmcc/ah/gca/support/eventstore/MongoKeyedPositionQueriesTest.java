package cn.cmcc.ah.gca.support.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What callers may ask about positions: the head, settled tails, a stored aggregate sequence, their own append. */
class MongoKeyedPositionQueriesTest extends MongoKeyedTestSupport {

    @AfterEach
    void forgetThisThreadsAppend() {
        AppendedPositions.clear();
    }

    @Test
    void theHeadPositionCountsEveryReservedPositionTombstonesAndAppendsInFlightIncluded() {
        MongoKeyedEventStorageEngine engine = newEngine();
        assertThat(engine.headPosition()).isZero();

        engine.appendEvents(events("h", 0, 3));
        assertThatThrownBy(() -> engine.appendEvents(event("h", 2))).isInstanceOf(ConcurrencyException.class);
        assertThat(engine.headPosition()).isEqualTo(4);

        engine.reserve(2); // a writer between reserving and writing
        assertThat(engine.headPosition()).isEqualTo(6).isEqualTo(newEngine().readCounter());
    }

    @Test
    void aReaderIsSettledUpToTheHeadOnlyWhenEveryPositionAfterItsTokenIsATombstone() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(event("s", 0));
        for (int i = 0; i < 3; i++) { // positions 2..4: rejected creations leave tombstones
            assertThatThrownBy(() -> engine.appendEvents(event("s", 0)))
                    .isInstanceOf(AggregateStreamCreationException.class);
        }

        assertThat(engine.isSettledBetween(1, engine.headPosition())).isTrue();
        assertThat(engine.isSettledBetween(0, engine.headPosition())).as("position 1 holds an event").isFalse();
        assertThat(engine.isSettledBetween(4, 4)).as("nothing between").isTrue();

        engine.reserve(1); // position 5 reserved, not yet written
        assertThat(engine.isSettledBetween(1, engine.headPosition())).isFalse();
        assertThat(engine.isSettledBetween(1, 4)).isTrue();
    }

    @Test
    void aSettledCheckRefusesRangesItCannotAnswerInOneQuery() {
        MongoKeyedEventStorageEngine engine = newEngine();

        assertThat(engine.isSettledBetween(0, 256)).isFalse(); // the widest allowed: all missing
        assertThatThrownBy(() -> engine.isSettledBetween(0, 257)).isInstanceOf(IllegalArgumentException.class)
                                                                 .hasMessageContaining("256");
        assertThatThrownBy(() -> engine.isSettledBetween(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.isSettledBetween(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCachedAggregateLearnsFromOneKeyLookupThatAnotherInstanceAppendedItsNextEvent() {
        MongoKeyedEventStorageEngine here = newEngine();
        MongoKeyedEventStorageEngine otherInstance = newEngine();
        here.appendEvents(events("a", 0, 2));

        assertThat(here.hasEventAt("a", 1)).isTrue();
        assertThat(here.hasEventAt("a", 2)).as("the cached copy at sequence 1 is current").isFalse();
        otherInstance.appendEvents(event("a", 2));
        assertThat(here.hasEventAt("a", 2)).as("now it is stale").isTrue();
        assertThat(here.hasEventAt("unknown", 0)).isFalse();
    }

    @Test
    void anEventOfAnAbortedAppendIsNotAnEventAtItsSequence() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(event("b", 0));

        // c:0 is written first, then b:0 conflicts: the append is aborted and c:0 becomes a tombstone
        assertThatThrownBy(() -> engine.appendEvents(event("c", 0), event("b", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.hasEventAt("c", 0)).isFalse();
        assertThat(engine.hasEventAt("b", 0)).isTrue();
    }

    @Test
    void theAppendingThreadLearnsThePositionOfItsLastEventAndNoOtherThreadDoes() throws Exception {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(event("p", 0));
        engine.appendEvents(event("p", 1), event("q", 0), event("p", 2));

        assertThat(AppendedPositions.lastAppendedByCurrentThread()).hasValue(4);
        assertThat(CompletableFuture.supplyAsync(AppendedPositions::lastAppendedByCurrentThread).get())
                .isEmpty();

        AppendedPositions.clear();
        assertThatThrownBy(() -> engine.appendEvents(event("p", 2))).isInstanceOf(ConcurrencyException.class);
        assertThat(AppendedPositions.lastAppendedByCurrentThread()).as("a failed append records nothing").isEmpty();
    }

    @Test
    void theCallerOfACommandOnTheSimpleCommandBusLearnsWhereItsEventsLanded() {
        MongoKeyedEventStorageEngine engine = newEngine();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            SimpleCommandBus bus = SimpleCommandBus.builder().build();
            AggregateAnnotationCommandHandler.<Tally>builder()
                                             .aggregateType(Tally.class)
                                             .repository(EventSourcingRepository.builder(Tally.class)
                                                                                .eventStore(store).build())
                                             .build()
                                             .subscribe(bus);
            CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();
            engine.appendEvents(events("someone-else", 0, 3));

            AppendedPositions.clear();
            gateway.sendAndWait(new OpenTally("t-1"));
            OptionalLong opened = AppendedPositions.lastAppendedByCurrentThread();
            AppendedPositions.clear();
            gateway.sendAndWait(new CountTally("t-1"));
            OptionalLong counted = AppendedPositions.lastAppendedByCurrentThread();

            assertThat(opened).hasValue(4);
            assertThat(counted).hasValue(5);
            assertThat(tokenIndex(readAll(engine, null).get(4))).isEqualTo(counted.getAsLong());
        } finally {
            store.shutDown();
        }
    }

    record OpenTally(String id) {
    }

    record CountTally(@TargetAggregateIdentifier String id) {
    }

    record TallyOpened(String id) {
    }

    record TallyCounted(String id) {
    }

    static class Tally {

        @AggregateIdentifier
        private String id;

        Tally() {
        }

        @CommandHandler
        Tally(OpenTally command) {
            apply(new TallyOpened(command.id()));
        }

        @CommandHandler
        void handle(CountTally command) {
            apply(new TallyCounted(id));
        }

        @EventSourcingHandler
        void on(TallyOpened event) {
            this.id = event.id();
        }
    }
}
