package cn.cmcc.ah.gca.support.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static java.lang.String.format;
import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.BuilderUtils.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
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
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadPreference;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

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
 * @see Builder
 */
public class MongoKeyedEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(MongoKeyedEventStorageEngine.class);

    static final String ID = "_id";
    static final String AGG_KEY = "aggKey";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";
    static final String TYPE = "type";
    static final String EVENT_IDENTIFIER = "eventIdentifier";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";
    static final String DOMAIN = "domain";
    static final String COMMIT = "commit";
    static final String TOMBSTONE = "tombstone";
    static final String COUNTER_ID = "position";
    static final String COUNTER_VALUE = "value";
    static final String AGG_KEY_INDEX = "aggKey_unique";

    private static final String NON_DOMAIN_KEY_PREFIX = "~event:";
    private static final String GAP_KEY_PREFIX = "~gap:";
    /** Positions probed per query when a search must step over tombstones or holes. */
    private static final int PROBE_WINDOW = 32;
    /** The first window of aggregate keys an aggregate read asks for (see {@link #fetchDomainEvents}). */
    static final int INITIAL_KEY_WINDOW = 16;

    private final MongoCollection<Document> stream;
    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> snapshots;
    private final Duration gapTimeout;
    private final Clock clock;
    private final LongConsumer gapClosedListener;
    private final AtomicLong closedGaps = new AtomicLong();
    /** Reserved positions found missing, with the time this engine first saw each of them missing. */
    private final ConcurrentMap<Long, Instant> missingSince = new ConcurrentHashMap<>();

    protected MongoKeyedEventStorageEngine(Builder builder) {
        super(builder);
        String prefix = builder.collectionPrefix;
        // every read must see the primary: a stale secondary would make written positions look like gaps
        this.stream = builder.database.getCollection(prefix + "_stream").withReadPreference(ReadPreference.primary());
        this.counters = builder.database.getCollection(prefix + "_counters")
                                        .withReadPreference(ReadPreference.primary());
        this.snapshots = builder.database.getCollection(prefix + "_snapshots")
                                         .withReadPreference(ReadPreference.primary());
        this.gapTimeout = builder.gapTimeout;
        this.clock = builder.clock;
        this.gapClosedListener = builder.gapClosedListener;
        ensureCollections();
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

    private void ensureCollections() {
        stream.createIndex(Indexes.ascending(AGG_KEY), new IndexOptions().unique(true).name(AGG_KEY_INDEX));
        try {
            counters.insertOne(new Document(ID, COUNTER_ID).append(COUNTER_VALUE, 0L));
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /**
     * @return how many reserved positions this engine closed with a tombstone because they stayed unwritten longer
     * than the gap timeout
     */
    public long closedGapCount() {
        return closedGaps.get();
    }

    /**
     * @return the configured gap timeout
     */
    public Duration gapTimeout() {
        return gapTimeout;
    }

    // ------------------------------------------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        // serialize first, so that a serialization failure does not waste positions
        List<Document> bodies = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            bodies.add(eventBody(event, serializer));
        }
        long first = reserve(events.size());
        writeReserved(first, events, bodies);
    }

    /**
     * Reserves {@code count} contiguous positions.
     *
     * @return the first of them
     */
    long reserve(int count) {
        Bson byId = eq(ID, COUNTER_ID);
        Bson increment = Updates.inc(COUNTER_VALUE, (long) count);
        // The pre-image, not the post-image: the embedded server answers "new: true" with its live document and
        // encodes it after releasing the collection lock, so a concurrent $inc can leak into this reply (two
        // writers then get the same positions). Its pre-image is a deep copy. On MongoDB both are atomic.
        FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true)
                                                                       .returnDocument(ReturnDocument.BEFORE);
        for (int attempt = 1; ; attempt++) {
            try {
                Document before = counters.findOneAndUpdate(byId, increment, options);
                long previous = before == null ? 0 : ((Number) before.get(COUNTER_VALUE)).longValue();
                return previous + 1;
            } catch (MongoException e) {
                // two first-ever upserts may race on the counter's _id; the retry finds the document
                if (attempt < 3 && MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                    continue;
                }
                throw new EventStoreException(format("Could not reserve %d position(s) in [%s]",
                                                     count, counters.getNamespace()), e);
            }
        }
    }

    /** Writes events at positions reserved before ({@code first ... first + events.size() - 1}). */
    void writeReserved(long first, List<? extends EventMessage<?>> events, Serializer serializer) {
        List<Document> bodies = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            bodies.add(eventBody(event, serializer));
        }
        writeReserved(first, events, bodies);
    }

    /** The stored form of {@code event} at {@code position}, in the append that commits at {@code commit}. */
    Document eventDocument(EventMessage<?> event, long position, long commit) {
        return positioned(eventBody(event, getEventSerializer()), position, commit);
    }

    private static Document positioned(Document body, long position, long commit) {
        Document document = new Document(ID, position);
        document.putAll(body);
        return document.append(COMMIT, commit);
    }

    private void writeReserved(long first, List<? extends EventMessage<?>> events, List<Document> bodies) {
        long commit = first + events.size() - 1;
        List<Document> documents = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            documents.add(positioned(bodies.get(i), first + i, commit));
        }
        try {
            stream.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (RuntimeException e) {
            failAppend(e, first, commit, events);
        }
    }

    /**
     * Settles a failed append: aborts it (tombstone at its commit position, then at its other positions) unless it
     * turns out to be complete, and throws the matching exception.
     */
    private void failAppend(RuntimeException failure, long first, long commit, List<? extends EventMessage<?>> events) {
        int failedIndex = failedIndex(failure);
        boolean duplicate = MongoDuplicateKeyResolver.isDuplicateKey(failure);
        boolean positionClosed = false;
        if (duplicate && failedIndex >= 0) {
            // a duplicate on _id (not on aggKey): a reader closed our position as a gap; decide before cleaning up
            Document atPosition = findQuietly(first + failedIndex);
            String ours = events.get(failedIndex).getIdentifier();
            positionClosed = atPosition != null && !ours.equals(atPosition.getString(EVENT_IDENTIFIER));
        }

        Outcome outcome = settle(commit, events.get(events.size() - 1).getIdentifier());
        if (outcome == Outcome.COMMITTED) {
            log.warn("Append at positions {}..{} reported [{}], but its last document is stored: it is complete",
                     first, commit, failure.toString());
            return;
        }
        if (outcome == Outcome.ABORTED && commit > first) {
            tombstoneQuietly(first, commit - 1);
        }

        if (positionClosed) {
            throw new EventStoreException(format(
                    "Append of %d event(s) at positions %d..%d failed: position %d was closed as a gap by a "
                            + "tracking reader (the write came later than the gap timeout of %s). None of these "
                            + "events is stored or published.",
                    events.size(), first, commit, first + failedIndex, gapTimeout), failure);
        }
        if (outcome == Outcome.UNKNOWN) {
            throw new EventStoreException(format(
                    "Append of %d event(s) at positions %d..%d failed and its outcome could not be settled; it "
                            + "will be either complete or aborted once the server is reachable (a reader closes "
                            + "position %d after %s)", events.size(), first, commit, commit, gapTimeout), failure);
        }
        EventMessage<?> failedEvent = events.get(Math.max(failedIndex, 0));
        handlePersistenceException(failure, failedEvent);
        // handlePersistenceException always throws; this is for the compiler and for overriding subclasses
        throw new EventStoreException("Append failed", failure);
    }

    private enum Outcome { COMMITTED, ABORTED, UNKNOWN }

    /**
     * Decides a failed append by inserting a tombstone at its commit position: if that works (or a reader's tombstone
     * is already there) the append is aborted; if the append's own last event is there, the append is complete.
     */
    private Outcome settle(long commit, String lastEventIdentifier) {
        try {
            stream.insertOne(tombstone(commit));
            return Outcome.ABORTED;
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                log.warn("Could not abort the append committing at position {}", commit, e);
                return Outcome.UNKNOWN;
            }
        }
        Document atCommit = findQuietly(commit);
        if (atCommit == null) {
            return Outcome.UNKNOWN;
        }
        return lastEventIdentifier.equals(atCommit.getString(EVENT_IDENTIFIER)) ? Outcome.COMMITTED : Outcome.ABORTED;
    }

    private static int failedIndex(RuntimeException failure) {
        if (failure instanceof MongoBulkWriteException bulk) {
            List<BulkWriteError> errors = bulk.getWriteErrors();
            return errors.isEmpty() ? -1 : errors.get(0).getIndex();
        }
        if (failure instanceof MongoWriteException) {
            return 0;
        }
        return -1;
    }

    private Document eventBody(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document body = new Document();
        if (event instanceof DomainEventMessage<?> domainEvent) {
            String aggregateIdentifier = domainEvent.getAggregateIdentifier();
            if (aggregateIdentifier == null) {
                throw new EventStoreException(format("Domain event [%s] of type [%s] has no aggregate identifier",
                                                     event.getIdentifier(), domainEvent.getType()));
            }
            body.append(AGG_KEY, aggKey(aggregateIdentifier, domainEvent.getSequenceNumber()))
                .append(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                .append(SEQUENCE_NUMBER, domainEvent.getSequenceNumber())
                .append(TYPE, domainEvent.getType())
                .append(DOMAIN, true);
        } else {
            // like Axon's stock engines: the event's own identifier stands in for the aggregate, sequence 0
            body.append(AGG_KEY, NON_DOMAIN_KEY_PREFIX + event.getIdentifier())
                .append(AGGREGATE_IDENTIFIER, event.getIdentifier())
                .append(SEQUENCE_NUMBER, 0L)
                .append(TYPE, null)
                .append(DOMAIN, false);
        }
        return body.append(EVENT_IDENTIFIER, event.getIdentifier())
                   .append(TIMESTAMP, event.getTimestamp().toString())
                   .append(PAYLOAD_TYPE, payload.getType().getName())
                   .append(PAYLOAD_REVISION, payload.getType().getRevision())
                   .append(PAYLOAD, payload.getData())
                   .append(META_DATA, metaData.getData());
    }

    static String aggKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + ":" + sequenceNumber;
    }

    static Document tombstone(long position) {
        return new Document(ID, position).append(TOMBSTONE, true).append(AGG_KEY, GAP_KEY_PREFIX + position);
    }

    /**
     * A tombstone, or an event being replaced by one. (The embedded server may encode a document while an update
     * rewrites it in place; the only rewrite this engine does is event to tombstone, which removes
     * {@code eventIdentifier} before {@code commit}. MongoDB itself never shows a half-updated document.)
     */
    static boolean isTombstone(Document document) {
        return Boolean.TRUE.equals(document.get(TOMBSTONE)) || document.getString(EVENT_IDENTIFIER) == null;
    }

    /** Replaces positions {@code from..to} (documents of an aborted append, or nothing) by tombstones. */
    private void tombstoneRange(long from, long to) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (long position = from; position <= to; position++) {
            writes.add(new ReplaceOneModel<>(eq(ID, position), tombstone(position),
                                             new ReplaceOptions().upsert(true)));
        }
        try {
            stream.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // racing upserts of the same tombstone; anything else is left for readers to repair
            boolean onlyDuplicates = e.getWriteErrors().stream().allMatch(
                    w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    private void tombstoneQuietly(long from, long to) {
        try {
            tombstoneRange(from, to);
        } catch (MongoException e) {
            log.warn("Could not replace positions {}..{} of an aborted append by tombstones; readers will", from, to,
                     e);
        }
    }

    // ----------------------------------------------------------------------------------------- commit states

    private enum CommitState { COMMITTED, ABORTED, PENDING }

    /**
     * The state of the append that commits at {@code commit}, given the documents already fetched (which this
     * updates). May close the commit position as an expired gap.
     */
    private CommitState commitState(long commit, Map<Long, Document> known, Instant now) {
        Document atCommit = known.get(commit);
        if (atCommit == null) {
            atCommit = closeIfExpired(commit, now);
            if (atCommit == null) {
                return CommitState.PENDING;
            }
            known.put(commit, atCommit);
        }
        return isTombstone(atCommit) ? CommitState.ABORTED : CommitState.COMMITTED;
    }

    /** Fetches the commit documents of {@code documents} that are not yet in {@code known}. */
    private void fetchCommits(Collection<Document> documents, Map<Long, Document> known, Instant now) {
        List<Long> wanted = new ArrayList<>();
        for (Document document : documents) {
            if (!isTombstone(document)) {
                long commit = commitOf(document);
                if (!known.containsKey(commit) && !wanted.contains(commit)) {
                    wanted.add(commit);
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<Long, Document> found = findByPositions(wanted);
        known.putAll(found);
        for (Long position : wanted) {
            if (found.containsKey(position)) {
                missingSince.remove(position);
            } else {
                missingSince.putIfAbsent(position, now);
            }
        }
    }

    private static long commitOf(Document document) {
        long position = position(document);
        Object commit = document.get(COMMIT);
        return commit instanceof Number n ? Math.max(n.longValue(), position) : position;
    }

    private static long position(Document document) {
        return ((Number) document.get(ID)).longValue();
    }

    /**
     * If {@code position} has been missing for longer than the gap timeout, closes it with a tombstone and returns
     * what is there now (the tombstone, or the event if the writer won the race); otherwise {@code null}.
     */
    private Document closeIfExpired(long position, Instant now) {
        Instant since = missingSince.computeIfAbsent(position, p -> now);
        if (Duration.between(since, now).compareTo(gapTimeout) < 0) {
            return null;
        }
        return closeGap(position, since);
    }

    private Document closeGap(long position, Instant since) {
        Document tombstone = tombstone(position);
        try {
            stream.insertOne(tombstone);
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw new EventStoreException(format("Could not close gap at position %d", position), e);
            }
            // the writer (or another reader) got there first
            missingSince.remove(position);
            return find(position);
        }
        missingSince.remove(position);
        long count = closedGaps.incrementAndGet();
        log.warn("Closed gap at global position {} in [{}]: reserved but not written since at least {} (gap timeout "
                         + "{}); its append is aborted and will fail. Gaps closed by this engine: {}",
                 position, stream.getNamespace(), since, gapTimeout, count);
        try {
            gapClosedListener.accept(position);
        } catch (RuntimeException e) {
            log.warn("Gap-closed listener failed for position {}", position, e);
        }
        return tombstone;
    }

    /** Inserts a tombstone at a missing position of an append already known to be aborted. */
    private Document closeAborted(long position) {
        try {
            Document tombstone = tombstone(position);
            stream.insertOne(tombstone);
            missingSince.remove(position);
            return tombstone;
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw new EventStoreException(format("Could not close position %d of an aborted append", position),
                                              e);
            }
            missingSince.remove(position);
            return find(position);
        }
    }

    /** Replaces an event of an aborted append by a tombstone, freeing its aggregate key. */
    private void repairAborted(long position, long commit) {
        log.warn("Position {} holds an event of the aborted append committing at position {}: replacing it by a "
                         + "tombstone", position, commit);
        try {
            stream.replaceOne(eq(ID, position), tombstone(position));
        } catch (MongoException e) {
            log.warn("Could not replace aborted event at position {}; it stays invisible", position, e);
        }
    }

    // ------------------------------------------------------------------------------------------- tracking read

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long next = positionAfter(lastToken);
        long head = readCounter();
        List<TrackedEventData<?>> result = new ArrayList<>();
        while (next <= head && result.isEmpty()) {
            long to = Math.min(head, next + batchSize - 1);
            Instant now = clock.instant();
            Map<Long, Document> known = findByPositions(range(next, to));
            for (long p = next; p <= to; p++) {
                if (!known.containsKey(p)) {
                    missingSince.putIfAbsent(p, now);
                }
            }
            fetchCommits(new ArrayList<>(known.values()), known, now);

            long abortedThrough = 0;
            for (long p = next; p <= to; p++) {
                Document document = known.get(p);
                if (document == null) {
                    document = p <= abortedThrough ? closeAborted(p) : closeIfExpired(p, now);
                    if (document == null) {
                        return result; // reserved, not yet written: nothing after it may be emitted yet
                    }
                    known.put(p, document);
                } else {
                    missingSince.remove(p);
                }
                if (!isTombstone(document)) {
                    long commit = commitOf(document);
                    CommitState state = commitState(commit, known, now);
                    if (state == CommitState.PENDING) {
                        return result; // its append is still being written
                    }
                    if (state == CommitState.ABORTED) {
                        abortedThrough = Math.max(abortedThrough, commit);
                        repairAborted(p, commit);
                    } else {
                        result.add(toTrackedData(document));
                    }
                }
                next = p + 1;
            }
        }
        return result;
    }

    private static long positionAfter(TrackingToken token) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        if (unwrapped == null) {
            return 1;
        }
        if (unwrapped instanceof GlobalSequenceTrackingToken global) {
            return Math.max(global.getGlobalIndex(), 0) + 1;
        }
        throw new IllegalArgumentException(format(
                "Unsupported token [%s]: this engine tracks with GlobalSequenceTrackingToken (global position)",
                unwrapped));
    }

    private static List<Long> range(long from, long to) {
        List<Long> positions = new ArrayList<>((int) Math.max(0, to - from + 1));
        for (long p = from; p <= to; p++) {
            positions.add(p);
        }
        return positions;
    }

    long readCounter() {
        Document counter = counters.find(eq(ID, COUNTER_ID)).first();
        return counter == null ? 0 : ((Number) counter.get(COUNTER_VALUE)).longValue();
    }

    private Map<Long, Document> findByPositions(List<Long> positions) {
        Map<Long, Document> found = new HashMap<>();
        if (positions.isEmpty()) {
            return found;
        }
        for (Document document : stream.find(in(ID, positions)).batchSize(positions.size())) {
            found.put(position(document), document);
        }
        return found;
    }

    private Document find(long position) {
        return stream.find(eq(ID, position)).first();
    }

    private Document findQuietly(long position) {
        try {
            return find(position);
        } catch (MongoException e) {
            return null;
        }
    }

    private static TrackedEventData<?> toTrackedData(Document d) {
        long position = position(d);
        if (Boolean.FALSE.equals(d.getBoolean(DOMAIN))) {
            return new StoredEventData.TrackedEvent(position, d.getString(EVENT_IDENTIFIER),
                                                    Instant.parse(d.getString(TIMESTAMP)),
                                                    d.getString(PAYLOAD_TYPE), d.getString(PAYLOAD_REVISION),
                                                    d.getString(PAYLOAD), d.getString(META_DATA));
        }
        return toDomainData(d);
    }

    private static StoredEventData.TrackedDomain toDomainData(Document d) {
        return new StoredEventData.TrackedDomain(position(d), d.getString(TYPE), d.getString(AGGREGATE_IDENTIFIER),
                                                 ((Number) d.get(SEQUENCE_NUMBER)).longValue(),
                                                 d.getString(EVENT_IDENTIFIER),
                                                 Instant.parse(d.getString(TIMESTAMP)), d.getString(PAYLOAD_TYPE),
                                                 d.getString(PAYLOAD_REVISION), d.getString(PAYLOAD),
                                                 d.getString(META_DATA));
    }

    // ------------------------------------------------------------------------------------------ aggregate read

    /**
     * Reads up to {@code batchSize} events of the aggregate from {@code firstSequenceNumber}, asking for a small
     * window of aggregate keys first and widening it (×4) only while windows come back full. The embedded server's
     * cost grows with the number of keys in an {@code $in}, and most aggregates are short (the services snapshot
     * every 50 events), so a load is usually one query for {@value #INITIAL_KEY_WINDOW} keys instead of one for
     * {@code batchSize}. The contract of {@link BatchingEventStorageEngine} holds: the result is a full batch unless
     * the aggregate's committed history ends inside it.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        int window = Math.min(batchSize, INITIAL_KEY_WINDOW);
        long from = firstSequenceNumber;
        List<DomainEventData<?>> result = new ArrayList<>();
        while (true) {
            List<DomainEventData<?>> part = fetchKeyWindow(aggregateIdentifier, from, window);
            result.addAll(part);
            if (part.size() < window || result.size() >= batchSize) {
                return result;
            }
            from += window;
            window = Math.min(batchSize - result.size(), window * 4);
        }
    }

    /** The committed, gap-free events of the aggregate among sequence numbers {@code first … first + count - 1}. */
    private List<DomainEventData<?>> fetchKeyWindow(String aggregateIdentifier, long firstSequenceNumber,
                                                    int batchSize) {
        List<String> keys = new ArrayList<>(batchSize);
        for (long seq = firstSequenceNumber; seq < firstSequenceNumber + batchSize; seq++) {
            keys.add(aggKey(aggregateIdentifier, seq));
        }
        TreeMap<Long, Document> bySequence = new TreeMap<>();
        Map<Long, Document> known = new HashMap<>();
        try {
            for (Document document : stream.find(in(AGG_KEY, keys)).batchSize(batchSize)) {
                known.put(position(document), document);
                if (!isTombstone(document) && document.get(SEQUENCE_NUMBER) instanceof Number seq) {
                    bySequence.put(seq.longValue(), document);
                }
            }
        } catch (MongoException e) {
            throw new EventStoreException(format("Failed to read events for aggregate [%s]", aggregateIdentifier),
                                          e);
        }
        Instant now = clock.instant();
        fetchCommits(bySequence.values(), known, now);

        List<DomainEventData<?>> result = new ArrayList<>(bySequence.size());
        for (long seq = firstSequenceNumber; seq < firstSequenceNumber + batchSize; seq++) {
            Document document = bySequence.get(seq);
            if (document == null) {
                break;
            }
            long commit = commitOf(document);
            CommitState state = commitState(commit, known, now);
            if (state == CommitState.COMMITTED) {
                result.add(toDomainData(document));
                continue;
            }
            if (state == CommitState.ABORTED) {
                // free the aggregate keys of the aborted append, so the aggregate can move on: its later events sit
                // at the positions up to its commit position (reserved together), also beyond this key window
                for (long position = position(document); position < commit; position++) {
                    repairAborted(position, commit);
                }
            }
            break; // only the committed, gap-free prefix is the aggregate's history
        }
        return result;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        // exponential probing, then narrowing, on aggregate-key existence: no scan, ~log(n)/5 queries
        if (existingSequences(aggregateIdentifier, List.of(0L)).isEmpty()) {
            return Optional.empty();
        }
        List<Long> probes = new ArrayList<>();
        for (int i = 1; i < 63; i++) {
            probes.add((1L << i) - 1);
        }
        List<Long> existing = existingSequences(aggregateIdentifier, probes);
        long low = 0;
        long high = Long.MAX_VALUE;
        for (Long probe : probes) {
            if (existing.contains(probe)) {
                low = probe;
            } else {
                high = probe;
                break;
            }
        }
        while (high - low > 1) {
            long step = Math.max(1, (high - low) / PROBE_WINDOW);
            List<Long> points = new ArrayList<>();
            for (long p = low + step; p < high; p += step) {
                points.add(p);
            }
            List<Long> found = existingSequences(aggregateIdentifier, points);
            long newLow = low;
            long newHigh = high;
            for (Long point : points) {
                if (found.contains(point)) {
                    newLow = point;
                } else {
                    newHigh = point;
                    break;
                }
            }
            low = newLow;
            high = newHigh;
        }
        // 'low' is the highest stored sequence; report the highest committed one
        long top = low;
        while (true) {
            long from = Math.max(0, top - PROBE_WINDOW + 1);
            List<? extends DomainEventData<?>> committed =
                    fetchDomainEvents(aggregateIdentifier, from, (int) (top - from + 1));
            if (!committed.isEmpty()) {
                return Optional.of(committed.get(committed.size() - 1).getSequenceNumber());
            }
            if (from == 0) {
                return Optional.empty();
            }
            top = from - 1;
        }
    }

    private List<Long> existingSequences(String aggregateIdentifier, List<Long> sequences) {
        List<String> keys = new ArrayList<>(sequences.size());
        for (Long seq : sequences) {
            keys.add(aggKey(aggregateIdentifier, seq));
        }
        List<Long> found = new ArrayList<>();
        for (Document document : stream.find(in(AGG_KEY, keys))
                                       .projection(new Document(SEQUENCE_NUMBER, 1))
                                       .batchSize(keys.size())) {
            if (document.get(SEQUENCE_NUMBER) instanceof Number seq) {
                found.add(seq.longValue());
            }
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        String aggregateIdentifier = snapshot.getAggregateIdentifier();
        try {
            Document existing = snapshots.find(eq(ID, aggregateIdentifier))
                                         .projection(new Document(SEQUENCE_NUMBER, 1)).first();
            if (existing != null
                    && ((Number) existing.get(SEQUENCE_NUMBER)).longValue() >= snapshot.getSequenceNumber()) {
                return; // keep the newer one
            }
            SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
            Document document = new Document(ID, aggregateIdentifier)
                    .append(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                    .append(SEQUENCE_NUMBER, snapshot.getSequenceNumber())
                    .append(TYPE, snapshot.getType())
                    .append(EVENT_IDENTIFIER, snapshot.getIdentifier())
                    .append(TIMESTAMP, snapshot.getTimestamp().toString())
                    .append(PAYLOAD_TYPE, payload.getType().getName())
                    .append(PAYLOAD_REVISION, payload.getType().getRevision())
                    .append(PAYLOAD, payload.getData())
                    .append(META_DATA, metaData.getData());
            // delete + insert rather than an in-place replace: the embedded server could otherwise hand a
            // concurrent reader a document that is half old snapshot, half new; a reader in between finds no
            // snapshot and replays the events, which is merely slower
            if (existing != null) {
                snapshots.deleteOne(eq(ID, aggregateIdentifier));
            }
            snapshots.insertOne(document);
        } catch (MongoException e) {
            if (MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                return; // another snapshotter stored one at the same moment
            }
            handlePersistenceException(e, snapshot);
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document d = snapshots.find(eq(ID, aggregateIdentifier)).first();
        if (d == null) {
            return Stream.empty();
        }
        return Stream.of(new StoredEventData.Domain(d.getString(TYPE), d.getString(AGGREGATE_IDENTIFIER),
                                                    ((Number) d.get(SEQUENCE_NUMBER)).longValue(),
                                                    d.getString(EVENT_IDENTIFIER),
                                                    Instant.parse(d.getString(TIMESTAMP)),
                                                    d.getString(PAYLOAD_TYPE), d.getString(PAYLOAD_REVISION),
                                                    d.getString(PAYLOAD), d.getString(META_DATA)));
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
        long head = readCounter();
        long low = 1;
        long high = head + 1;
        while (low < high) {
            long middle = low + (high - low) / 2;
            Document event = firstEventFrom(middle, head);
            if (event == null || !Instant.parse(event.getString(TIMESTAMP)).isBefore(dateTime)) {
                high = middle;
            } else {
                low = position(event) + 1;
            }
        }
        Document first = firstEventFrom(low, head);
        if (first == null) {
            return createHeadToken();
        }
        return new GlobalSequenceTrackingToken(position(first) - 1);
    }

    /** The first event (not tombstone) at or after {@code from}, up to {@code head}; {@code null} if none. */
    private Document firstEventFrom(long from, long head) {
        for (long start = from; start <= head; start += PROBE_WINDOW) {
            Map<Long, Document> window = findByPositions(range(start, Math.min(head, start + PROBE_WINDOW - 1)));
            Document first = window.values().stream()
                                   .filter(d -> !isTombstone(d))
                                   .min((a, b) -> Long.compare(position(a), position(b)))
                                   .orElse(null);
            if (first != null) {
                return first;
            }
        }
        return null;
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
