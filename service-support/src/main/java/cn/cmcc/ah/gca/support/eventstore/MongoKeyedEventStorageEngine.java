package cn.cmcc.ah.gca.support.eventstore;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import com.mongodb.client.MongoDatabase;

/**
 * An Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on the MongoDB sync driver whose
 * every read is a unique-key lookup ({@code _id} equality or {@code $in} on {@code _id} / {@code aggKey}), and whose
 * tracking stream never skips or reorders an event.
 *
 * <h2>Layout</h2>
 * <ul>
 * <li>{@code <prefix>_stream}: one document per event, {@code _id} = global position (1, 2, 3 ...), unique index on
 * {@code aggKey} = aggregate id + ":" + sequence number. Positions whose append failed hold a tombstone.</li>
 * <li>{@code <prefix>_counters}: {@code {_id: "position", value: <last reserved position>}}.</li>
 * <li>{@code <prefix>_snapshots}: {@code _id} = aggregate id, the latest snapshot only.</li>
 * </ul>
 *
 * <h2>Appends are all-or-nothing for readers</h2>
 * An append reserves N contiguous positions with one atomic {@code $inc} and inserts the N documents in order. Every
 * document names the last position of its append ({@code commit}); the append is visible (to tracking and aggregate
 * reads alike) only once the document at that position is an event. If an append fails, its writer (or, if the
 * writer died, the first reader that waits longer than {@code gapTimeout}) puts a tombstone at that position, which
 * aborts the whole append; the other documents of the append are then replaced by tombstones as well.
 *
 * <h2>Gaps</h2>
 * A reserved but not yet written position stops the tracking stream (nothing after it is emitted) until it is
 * written, or until it has been missing for {@code gapTimeout}; then the reader closes it with a tombstone (an
 * insert that fails if the writer got there first), logs a WARN naming the position and counts it in
 * {@link #closedGapCount()}. A writer whose position was closed fails its append with an {@link EventStoreException}.
 * An event is therefore either visible before its position is passed, or its append (and the command) failed.
 *
 * <h2>Parts</h2>
 * This class wires and delegates: {@link DocumentLayout} (the stored form), {@link EventCollections},
 * {@link Appender}, {@link GapResolver} (commit states and gap closing), {@link TrackingReader},
 * {@link AggregateReader} and {@link SnapshotStore}.
 *
 * @see Builder
 */
public class MongoKeyedEventStorageEngine extends BatchingEventStorageEngine {

    private final EventCollections collections;
    private final GapResolver gaps;
    private final Appender appender;
    private final TrackingReader tracking;
    private final AggregateReader aggregates;
    private final SnapshotStore snapshots;

    protected MongoKeyedEventStorageEngine(Builder builder) {
        super(builder);
        this.collections = new EventCollections(builder.database, builder.collectionPrefix);
        this.gaps = new GapResolver(collections, builder.gapTimeout, builder.clock, builder.gapClosedListener);
        this.appender = new Appender(collections, builder.gapTimeout, this::handlePersistenceException);
        this.tracking = new TrackingReader(collections, gaps);
        this.aggregates = new AggregateReader(collections, gaps);
        this.snapshots = new SnapshotStore(collections.snapshots, this::handlePersistenceException);
        collections.ensureCreated();
    }

    /**
     * A builder. Required: {@link Builder#database(MongoDatabase)}, {@link Builder#eventSerializer(Serializer)} and
     * {@link Builder#snapshotSerializer(Serializer)}; there is no silent XStream default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return how many reserved positions this engine closed with a tombstone because they stayed unwritten longer
     * than the gap timeout
     */
    public long closedGapCount() {
        return gaps.closedGapCount();
    }

    /**
     * @return the configured gap timeout
     */
    public Duration gapTimeout() {
        return gaps.gapTimeout();
    }

    /**
     * @return the last reserved global position (0 for an empty store): how far the store reaches, including appends
     * still being written and positions that hold tombstones
     */
    public long headPosition() {
        return readCounter();
    }

    /**
     * Whether a tracking reader at {@code fromExclusive} has nothing left to emit up to {@code toInclusive}: every
     * position in ({@code fromExclusive}, {@code toInclusive}] holds a tombstone (an aborted append or a closed gap).
     * False if any of them holds an event or is missing (an append in flight); true for an empty range. Meant for
     * "is a processor at token X caught up with {@link #headPosition()} H although the last positions are
     * tombstones"; one {@code _id $in} query.
     *
     * @throws IllegalArgumentException if {@code fromExclusive} is negative, {@code toInclusive} is below it, or the
     *                                  range is wider than 256 positions
     */
    public boolean isSettledBetween(long fromExclusive, long toInclusive) {
        return tracking.isSettledBetween(fromExclusive, toInclusive);
    }

    /**
     * Whether an event is stored for that aggregate sequence: one unique-key lookup on {@code aggKey}. Another
     * instance's append counts as soon as it is written, before it is committed, so a cached aggregate whose next
     * sequence is taken is known to be stale (a false alarm costs one reload).
     */
    public boolean hasEventAt(String aggregateIdentifier, long sequenceNumber) {
        return aggregates.hasEventAt(Objects.requireNonNull(aggregateIdentifier, "aggregateIdentifier"),
                                     sequenceNumber);
    }

    // ------------------------------------------------------------------------------------------------- appending

    /** Also records, for the appending thread, the position of the last event ({@link AppendedPositions}). */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        appender.append(events, serializer);
    }

    /**
     * Reserves {@code count} contiguous positions.
     *
     * @return the first of them
     */
    long reserve(int count) {
        return appender.reserve(count);
    }

    /** Writes events at positions reserved before ({@code first ... first + events.size() - 1}). */
    void writeReserved(long first, List<? extends EventMessage<?>> events, Serializer serializer) {
        appender.writeReserved(first, events, serializer);
    }

    /** The stored form of {@code event} at {@code position}, in the append that commits at {@code commit}. */
    Document eventDocument(EventMessage<?> event, long position, long commit) {
        return DocumentLayout.positioned(DocumentLayout.eventBody(event, getEventSerializer()), position, commit);
    }

    // ------------------------------------------------------------------------------------------------- reading

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return tracking.fetchTrackedEvents(lastToken, batchSize);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        return aggregates.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return aggregates.lastSequenceNumberFor(aggregateIdentifier, this::fetchDomainEvents);
    }

    /**
     * Which of these aggregates exist (have their first event in the store): one query however many, for an intake
     * that must not create an aggregate twice (a re-delivered start) and checks a whole batch at once.
     */
    public java.util.Set<String> existingAggregates(java.util.Collection<String> aggregateIdentifiers) {
        return aggregates.withFirstEvent(aggregateIdentifiers);
    }

    long readCounter() {
        return collections.readCounter();
    }

    // ---------------------------------------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier);
    }

    // ------------------------------------------------------------------------------------------------- tokens

    /**
     * @return {@code null}: the start of the stream (position 0, nothing handled)
     */
    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * The last reserved position, or {@code null} for a store that never reserved one (like Axon's JDBC engine).
     * Appends still in flight below that position are not replayed to a processor starting at head.
     */
    @Override
    public TrackingToken createHeadToken() {
        long head = readCounter();
        return head == 0 ? null : new GlobalSequenceTrackingToken(head);
    }

    /**
     * Like Axon's JDBC engine: a token just before the first event whose timestamp is at or after
     * {@code dateTime}; the head token if there is none. Found by binary search over positions ({@code _id} lookups),
     * stepping over tombstones and holes; assumes timestamps grow with positions (they do up to clock skew between
     * writers).
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Long before = tracking.positionBeforeFirstEventAt(dateTime);
        return before == null ? createHeadToken() : new GlobalSequenceTrackingToken(before);
    }

    // ------------------------------------------------------------------------------------------------ builder

    /**
     * Builder for {@link MongoKeyedEventStorageEngine}.
     * <p>
     * Required: {@link #database(MongoDatabase)}, {@link #eventSerializer(Serializer)},
     * {@link #snapshotSerializer(Serializer)}. Defaults: collection prefix {@code "events"}, gap timeout 10 s,
     * {@link Clock#systemUTC()}, batch size 100, {@link MongoDuplicateKeyResolver} as persistence exception
     * resolver, no upcasters, all snapshots allowed.
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String collectionPrefix = "events";
        private Duration gapTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private LongConsumer gapClosedListener = position -> {
        };
        private boolean eventSerializerSet;
        private boolean snapshotSerializerSet;

        protected Builder() {
            persistenceExceptionResolver(MongoDuplicateKeyResolver.INSTANCE);
        }

        /**
         * @param database the database holding the engine's collections (its write concern is used; use
         *                 {@code majority} on a replica set)
         * @return this builder
         */
        public Builder database(MongoDatabase database) {
            assertNonNull(database, "The MongoDatabase may not be null");
            this.database = database;
            return this;
        }

        /**
         * @param collectionPrefix prefix of the three collection names; defaults to {@code "events"}
         * @return this builder
         */
        public Builder collectionPrefix(String collectionPrefix) {
            assertThat(collectionPrefix, p -> p != null && !p.isBlank(), "The collection prefix may not be blank");
            this.collectionPrefix = collectionPrefix;
            return this;
        }

        /**
         * @param gapTimeout how long a reserved position may stay unwritten before a reader closes it (and its append
         *                   fails); defaults to 10 s
         * @return this builder
         */
        public Builder gapTimeout(Duration gapTimeout) {
            assertThat(gapTimeout, t -> t != null && !t.isNegative() && !t.isZero(),
                       "The gap timeout must be positive");
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * @param clock the clock that times gaps; defaults to {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            assertNonNull(clock, "The Clock may not be null");
            this.clock = clock;
            return this;
        }

        /**
         * @param gapClosedListener called with the position of every gap this engine closes (e.g. to count it in a
         *                          metric); must be fast and must not throw
         * @return this builder
         */
        public Builder gapClosedListener(LongConsumer gapClosedListener) {
            assertNonNull(gapClosedListener, "The gap-closed listener may not be null");
            this.gapClosedListener = gapClosedListener;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            this.eventSerializerSet = true;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            this.snapshotSerializerSet = true;
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        /**
         * @deprecated in favor of {@link #snapshotFilter(SnapshotFilter)}
         */
        @Override
        @Deprecated
        public Builder snapshotFilter(Predicate<? super DomainEventData<?>> snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder finalAggregateBatchPredicate(
                Predicate<List<? extends DomainEventData<?>>> finalAggregateBatchPredicate) {
            super.finalAggregateBatchPredicate(finalAggregateBatchPredicate);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            assertNonNull(database, "The MongoDatabase is a hard requirement and should be provided");
            if (!eventSerializerSet) {
                throw new AxonConfigurationException(
                        "The event Serializer is a hard requirement of MongoKeyedEventStorageEngine (no XStream "
                                + "default): pass eventSerializer(...), e.g. Axon's configured event serializer");
            }
            if (!snapshotSerializerSet) {
                throw new AxonConfigurationException(
                        "The snapshot Serializer is a hard requirement of MongoKeyedEventStorageEngine (no XStream "
                                + "default): pass snapshotSerializer(...), e.g. Axon's configured general serializer");
            }
            super.validate();
        }

        /**
         * @return the engine; creates the unique {@code aggKey} index and the position counter if missing
         */
        public MongoKeyedEventStorageEngine build() {
            return new MongoKeyedEventStorageEngine(this);
        }
    }
}
