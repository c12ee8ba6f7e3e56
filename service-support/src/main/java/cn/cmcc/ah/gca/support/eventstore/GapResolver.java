package cn.cmcc.ah.gca.support.eventstore;

import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.ID;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.commitOf;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.isTombstone;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.tombstone;
import static com.mongodb.client.model.Filters.eq;
import static java.lang.String.format;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoException;

/**
 * Decides, for the readers, whether the append an event belongs to is committed, aborted or still pending, and
 * closes positions that stayed unwritten longer than the gap timeout (see "Gaps" in
 * {@link MongoKeyedEventStorageEngine}).
 */
final class GapResolver {

    // under the engine's name, as before the split: operators' log filters know that one
    private static final Logger log = LoggerFactory.getLogger(MongoKeyedEventStorageEngine.class);

    enum CommitState { COMMITTED, ABORTED, PENDING }

    private final EventCollections collections;
    private final Duration gapTimeout;
    private final Clock clock;
    private final LongConsumer gapClosedListener;
    private final AtomicLong closedGaps = new AtomicLong();
    /** Reserved positions found missing, with the time this engine first saw each of them missing. */
    private final ConcurrentMap<Long, Instant> missingSince = new ConcurrentHashMap<>();

    GapResolver(EventCollections collections, Duration gapTimeout, Clock clock, LongConsumer gapClosedListener) {
        this.collections = collections;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
        this.gapClosedListener = gapClosedListener;
    }

    Instant now() {
        return clock.instant();
    }

    Duration gapTimeout() {
        return gapTimeout;
    }

    long closedGapCount() {
        return closedGaps.get();
    }

    void noteMissing(long position, Instant now) {
        missingSince.putIfAbsent(position, now);
    }

    void notePresent(long position) {
        missingSince.remove(position);
    }

    /**
     * The state of the append that commits at {@code commit}, given the documents already fetched (which this
     * updates). May close the commit position as an expired gap.
     */
    CommitState commitState(long commit, Map<Long, Document> known, Instant now) {
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
    void fetchCommits(Collection<Document> documents, Map<Long, Document> known, Instant now) {
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
        Map<Long, Document> found = collections.findByPositions(wanted);
        known.putAll(found);
        for (Long position : wanted) {
            if (found.containsKey(position)) {
                missingSince.remove(position);
            } else {
                missingSince.putIfAbsent(position, now);
            }
        }
    }

    /**
     * If {@code position} has been missing for longer than the gap timeout, closes it with a tombstone and returns
     * what is there now (the tombstone, or the event if the writer won the race); otherwise {@code null}.
     */
    Document closeIfExpired(long position, Instant now) {
        Instant since = missingSince.computeIfAbsent(position, p -> now);
        if (Duration.between(since, now).compareTo(gapTimeout) < 0) {
            return null;
        }
        return closeGap(position, since);
    }

    private Document closeGap(long position, Instant since) {
        Document tombstone = tombstone(position);
        try {
            collections.stream.insertOne(tombstone);
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw new EventStoreException(format("Could not close gap at position %d", position), e);
            }
            // the writer (or another reader) got there first
            missingSince.remove(position);
            return collections.find(position);
        }
        missingSince.remove(position);
        long count = closedGaps.incrementAndGet();
        log.warn("Closed gap at global position {} in [{}]: reserved but not written since at least {} (gap timeout "
                         + "{}); its append is aborted and will fail. Gaps closed by this engine: {}",
                 position, collections.stream.getNamespace(), since, gapTimeout, count);
        try {
            gapClosedListener.accept(position);
        } catch (RuntimeException e) {
            log.warn("Gap-closed listener failed for position {}", position, e);
        }
        return tombstone;
    }

    /** Inserts a tombstone at a missing position of an append already known to be aborted. */
    Document closeAborted(long position) {
        try {
            Document tombstone = tombstone(position);
            collections.stream.insertOne(tombstone);
            missingSince.remove(position);
            return tombstone;
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw new EventStoreException(format("Could not close position %d of an aborted append", position),
                                              e);
            }
            missingSince.remove(position);
            return collections.find(position);
        }
    }

    /** Replaces an event of an aborted append by a tombstone, freeing its aggregate key. */
    void repairAborted(long position, long commit) {
        log.warn("Position {} holds an event of the aborted append committing at position {}: replacing it by a "
                         + "tombstone", position, commit);
        try {
            collections.stream.replaceOne(eq(ID, position), tombstone(position));
        } catch (MongoException e) {
            log.warn("Could not replace aborted event at position {}; it stays invisible", position, e);
        }
    }
}
