package cn.cmcc.ah.gca.support.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Updates;

/** The tracking stream: order, exactly-once, restarts, and gaps left by slow or dead writers. */
class MongoKeyedTrackingTest extends MongoKeyedTestSupport {

    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void replayFromTheStartReadsEveryEventInOrderAcrossManyBatches() {
        MongoKeyedEventStorageEngine engine = engineBuilder().batchSize(7).build();
        engine.appendEvents(List.of()); // an empty append reserves nothing
        List<String> appended = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (int agg = 0; agg < 3; agg++) {
                DomainEventMessage<?> event = event("r-" + agg, round);
                engine.appendEvents(event);
                appended.add(event.getIdentifier());
            }
        }

        List<TrackedEventMessage<?>> replay = readAll(engine, null);

        assertThat(replay).extracting(EventMessage::getIdentifier).containsExactlyElementsOf(appended);
        assertThat(tokenIndex(replay.get(0))).isEqualTo(1);
        assertThat(replay).extracting(MongoKeyedTestSupport::tokenIndex).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aNewReaderResumingFromASavedTokenContinuesWithoutDuplicatesOrLoss() {
        MongoKeyedEventStorageEngine writer = newEngine();
        for (int i = 0; i < 25; i++) {
            writer.appendEvents(event("resume", i));
        }
        MongoKeyedEventStorageEngine before = engineBuilder().batchSize(4).build();
        List<TrackedEventMessage<?>> firstPart;
        try (var stream = before.readEvents(null, false)) {
            firstPart = new ArrayList<>(stream.limit(11).toList());
        }
        TrackingToken saved = firstPart.get(firstPart.size() - 1).trackingToken();
        for (int i = 25; i < 30; i++) {
            writer.appendEvents(event("resume", i));
        }

        MongoKeyedEventStorageEngine afterRestart = engineBuilder().batchSize(4).build();
        List<TrackedEventMessage<?>> rest = readAll(afterRestart, saved);

        List<Long> sequences = new ArrayList<>();
        firstPart.forEach(m -> sequences.add(((DomainEventMessage<?>) m).getSequenceNumber()));
        rest.forEach(m -> sequences.add(((DomainEventMessage<?>) m).getSequenceNumber()));
        assertThat(sequences).hasSize(30).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aBatchOfOnlyTombstonesDoesNotEndTheStreamWhileEventsFollow() {
        MongoKeyedEventStorageEngine engine = engineBuilder().batchSize(5).build();
        engine.appendEvents(event("t", 0));
        for (int i = 0; i < 12; i++) {
            assertThatThrownBy(() -> engine.appendEvents(event("t", 0)))
                    .isInstanceOf(AggregateStreamCreationException.class);
        }
        engine.appendEvents(event("t", 1));

        List<TrackedEventMessage<?>> all = readAll(engine, null);

        assertThat(all).hasSize(2);
        assertThat(tokenIndex(all.get(1))).isEqualTo(14);
        assertThat(readAll(engine, all.get(0).trackingToken())).hasSize(1);
    }

    @Test
    void aDeadWritersReservedPositionHoldsTheReaderUntilTheGapTimeoutThenIsClosed() {
        MutableClock clock = new MutableClock(START);
        List<Long> reported = new CopyOnWriteArrayList<>();
        MongoKeyedEventStorageEngine reader = engineBuilder().clock(clock)
                                                             .gapTimeout(Duration.ofSeconds(10))
                                                             .gapClosedListener(reported::add)
                                                             .build();
        MongoKeyedEventStorageEngine writer = newEngine();
        writer.appendEvents(event("d", 0), event("d", 1));
        // a writer reserves position 3 and crashes before storing its event
        counterCollection().updateOne(eq("_id", "position"), Updates.inc("value", 1L));
        writer.appendEvents(event("d", 2));
        writer.appendEvents(event("e", 0), event("e", 1));

        assertThat(readAll(reader, null)).extracting(MongoKeyedTestSupport::tokenIndex).containsExactly(1L, 2L);
        clock.advance(Duration.ofSeconds(9));
        assertThat(readAll(reader, new GlobalSequenceTrackingToken(2))).isEmpty();
        assertThat(reader.closedGapCount()).isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(readAll(reader, new GlobalSequenceTrackingToken(2)))
                .extracting(MongoKeyedTestSupport::tokenIndex).containsExactly(4L, 5L, 6L);
        assertThat(reader.closedGapCount()).isEqualTo(1);
        assertThat(reported).containsExactly(3L);
        assertThat(streamCollection().find(eq("_id", 3L)).first().getBoolean("tombstone")).isTrue();
        Document late = writer.eventDocument(event("d", 3), 3, 3);
        assertThatThrownBy(() -> streamCollection().insertOne(late)).isInstanceOf(MongoWriteException.class)
                                                                    .hasMessageContaining("E11000");
    }

    @Test
    void aSlowWriterWhosePositionWasClosedFailsItsAppendAndPublishesNothing() {
        MutableClock clock = new MutableClock(START);
        MongoKeyedEventStorageEngine reader = engineBuilder().clock(clock).gapTimeout(Duration.ofSeconds(1)).build();
        MongoKeyedEventStorageEngine writer = newEngine();
        writer.appendEvents(event("slow", 0));
        List<DomainEventMessage<?>> late = events("slow", 1, 3);
        long first = writer.reserve(late.size());
        writer.appendEvents(event("fast", 0));

        assertThat(readAll(reader, null)).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(readAll(reader, null)).extracting(MongoKeyedTestSupport::tokenIndex).containsExactly(1L, 5L);

        assertThatThrownBy(() -> writer.writeReserved(first, late, writer.getEventSerializer()))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("closed as a gap");
        assertThat(writer.readEvents("slow").asStream()).hasSize(1);
        assertThat(readAll(reader, null)).hasSize(2);
        writer.appendEvents(late); // the aggregate can go on
        assertThat(writer.readEvents("slow").asStream()).hasSize(4);
    }

    @Test
    void aWriterThatDiesHalfwayThroughAnAppendLeavesNothingVisibleOnceTheGapTimesOut() {
        MutableClock clock = new MutableClock(START);
        MongoKeyedEventStorageEngine reader = engineBuilder().clock(clock).gapTimeout(Duration.ofSeconds(5)).build();
        MongoKeyedEventStorageEngine writer = newEngine();
        writer.appendEvents(event("h", 0));
        // positions 2..4 reserved; only the first document (of three) reaches the store
        long first = writer.reserve(3);
        streamCollection().insertOne(writer.eventDocument(event("h", 1), first, first + 2));
        writer.appendEvents(event("other", 0));

        assertThat(readAll(reader, null)).hasSize(1);
        assertThat(reader.readEvents("h").asStream()).hasSize(1); // uncommitted: not part of the aggregate
        assertThat(reader.lastSequenceNumberFor("h")).contains(0L);

        clock.advance(Duration.ofSeconds(6));
        List<TrackedEventMessage<?>> all = readAll(reader, null);

        assertThat(all).extracting(MongoKeyedTestSupport::tokenIndex).containsExactly(1L, 5L);
        assertThat(reader.closedGapCount()).isEqualTo(1); // one timeout for the whole dead append
        assertThat(streamCollection().countDocuments(eq("tombstone", true))).isEqualTo(3);
        writer.appendEvents(event("h", 1)); // its aggregate key was freed
        assertThat(writer.readEvents("h").asStream()).hasSize(2);
    }

    @Test
    void anAggregateLoadAlsoClosesADeadAppendSoTheAggregateIsNotStuck() {
        MutableClock clock = new MutableClock(START);
        MongoKeyedEventStorageEngine engine = engineBuilder().clock(clock).gapTimeout(Duration.ofSeconds(5)).build();
        engine.appendEvents(event("stuck", 0));
        long first = engine.reserve(2);
        streamCollection().insertOne(engine.eventDocument(event("stuck", 1), first, first + 1));

        assertThat(engine.readEvents("stuck").asStream()).hasSize(1);
        assertThatThrownBy(() -> engine.appendEvents(event("stuck", 1))).isInstanceOf(ConcurrencyException.class);

        clock.advance(Duration.ofSeconds(6));
        assertThat(engine.readEvents("stuck").asStream()).hasSize(1);
        engine.appendEvents(event("stuck", 1));
        assertThat(engine.readEvents("stuck").asStream()).hasSize(2);
    }

    @Test
    void aDeadAppendAcrossTheFirstKeyWindowIsFreedWholeByOneAggregateLoad() {
        MutableClock clock = new MutableClock(START);
        MongoKeyedEventStorageEngine engine = engineBuilder().clock(clock).gapTimeout(Duration.ofSeconds(5)).build();
        int window = AggregateReader.INITIAL_KEY_WINDOW;
        engine.appendEvents(events("long", 0, window - 2));
        // a dead append of four events at sequences window-2 … window+1: three documents written, the last missing
        long first = engine.reserve(4);
        for (int i = 0; i < 3; i++) {
            streamCollection().insertOne(engine.eventDocument(event("long", window - 2 + i), first + i, first + 3));
        }
        assertThat(engine.readEvents("long").asStream()).hasSize(window - 2); // the missing commit is noticed

        clock.advance(Duration.ofSeconds(6));
        assertThat(engine.readEvents("long").asStream()).hasSize(window - 2);
        engine.appendEvents(events("long", window - 2, 4)); // every key of the dead append was freed, not only the window's

        assertThat(engine.readEvents("long").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(sequence(0, window + 2));
    }

    @Test
    void concurrentReservationsNeverHandOutTheSamePosition() throws Exception {
        // regression: the embedded server leaks concurrent $inc results into findAndModify's post-image
        List<MongoKeyedEventStorageEngine> engines = List.of(newEngine(), newEngine(), newEngine(), newEngine());
        Set<Long> positions = ConcurrentHashMap.newKeySet();
        AtomicInteger reservations = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (MongoKeyedEventStorageEngine engine : engines) {
                futures.add(threads.submit(() -> {
                    for (int i = 0; i < 150; i++) {
                        int count = 1 + i % 3;
                        long first = engine.reserve(count);
                        for (long p = first; p < first + count; p++) {
                            assertThat(positions.add(p)).as("position %d handed out twice", p).isTrue();
                        }
                        reservations.addAndGet(count);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(20, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(positions).hasSize(reservations.get());
        assertThat(engines.get(0).readCounter()).isEqualTo(reservations.get());
    }

    @Test
    void twoWritersAndAReaderOnOneDatabaseSeeEveryEventExactlyOnceAndInOrder() throws Exception {
        MongoKeyedEventStorageEngine writerA = newEngine();
        MongoKeyedEventStorageEngine writerB = newEngine();
        MongoKeyedEventStorageEngine reader = engineBuilder().batchSize(16).build();
        int aggregates = 12;
        int commandsPerThread = 60;
        Set<String> stored = ConcurrentHashMap.newKeySet();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<TrackedEventMessage<?>> read = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            Future<?> tracking = threads.submit(() -> {
                TrackingToken token = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
                while ((writing.get() || read.size() < stored.size()) && System.nanoTime() < deadline) {
                    List<TrackedEventMessage<?>> batch = readAll(reader, token);
                    if (batch.isEmpty()) {
                        Thread.sleep(2);
                    } else {
                        read.addAll(batch);
                        token = batch.get(batch.size() - 1).trackingToken();
                    }
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (MongoKeyedEventStorageEngine writer : List.of(writerA, writerB, writerA, writerB)) {
                writers.add(threads.submit(() -> {
                    for (int c = 0; c < commandsPerThread; c++) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        String main = "agg-" + random.nextInt(aggregates);
                        String side = "agg-" + random.nextInt(aggregates);
                        while (true) {
                            List<DomainEventMessage<?>> append = new ArrayList<>();
                            long next = writer.lastSequenceNumberFor(main).map(s -> s + 1).orElse(0L);
                            append.addAll(events(main, next, 1 + random.nextInt(3)));
                            if (!side.equals(main) && random.nextInt(3) == 0) { // sometimes two aggregates at once
                                append.add(event(side, writer.lastSequenceNumberFor(side).map(s -> s + 1)
                                                             .orElse(0L)));
                            }
                            try {
                                writer.appendEvents(append);
                                append.forEach(e -> stored.add(e.getIdentifier()));
                                break;
                            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(25, TimeUnit.SECONDS);
            }
            writing.set(false);
            tracking.get(25, TimeUnit.SECONDS);
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }

        assertThat(read).extracting(EventMessage::getIdentifier).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(stored);
        assertThat(read).extracting(MongoKeyedTestSupport::tokenIndex).isSorted().doesNotHaveDuplicates();
        Map<String, List<Long>> perAggregate = new HashMap<>();
        for (TrackedEventMessage<?> message : read) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) message;
            perAggregate.computeIfAbsent(event.getAggregateIdentifier(), k -> new ArrayList<>())
                        .add(event.getSequenceNumber());
        }
        perAggregate.forEach((aggregate, sequences) -> {
            assertThat(sequences).as(aggregate).isEqualTo(
                    java.util.stream.LongStream.range(0, sequences.size()).boxed().toList());
            assertThat(reader.readEvents(aggregate).asStream()).as(aggregate).hasSize(sequences.size());
        });
        assertThat(reader.closedGapCount()).isZero();
        System.out.printf("concurrent writers: %d events, %d conflicts, %d positions%n",
                          stored.size(), conflicts.get(), reader.readCounter());
    }

    @Test
    void theEmbeddedEventStoreStreamsEventsAppendedAfterItOpened() throws Exception {
        MongoKeyedEventStorageEngine engine = newEngine();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(50).build();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            engine.appendEvents(events("live", 0, 3));
            List<Long> seen = new ArrayList<>();
            await("three events", Duration.ofSeconds(10), () -> {
                try {
                    while (stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)) {
                        seen.add(tokenIndex(stream.nextAvailable()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                return seen.size() >= 3;
            });
            assertThat(seen).containsExactly(1L, 2L, 3L);
        } finally {
            store.shutDown();
        }
    }
}
