package cn.cmcc.ah.gca.support.eventstore;

import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.AGG_KEY;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.EVENT_IDENTIFIER;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.SEQUENCE_NUMBER;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.TOMBSTONE;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.aggKey;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.commitOf;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.isTombstone;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.position;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.toDomainData;
import static cn.cmcc.ah.gca.support.eventstore.EventCollections.PROBE_WINDOW;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static java.lang.String.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

import com.mongodb.MongoException;

import cn.cmcc.ah.gca.support.eventstore.GapResolver.CommitState;

/** Reads an aggregate's committed history by {@code $in} on its aggregate keys; no range query, no scan. */
final class AggregateReader {

    /** The first window of aggregate keys an aggregate read asks for (see {@link #fetchDomainEvents}). */
    static final int INITIAL_KEY_WINDOW = 16;

    /** The engine's {@code fetchDomainEvents}, so that a subclass overriding it is asked as well. */
    @FunctionalInterface
    interface DomainEventFetcher {
        List<? extends DomainEventData<?>> fetch(String aggregateIdentifier, long firstSequenceNumber, int batchSize);
    }

    private final EventCollections collections;
    private final GapResolver gaps;

    AggregateReader(EventCollections collections, GapResolver gaps) {
        this.collections = collections;
        this.gaps = gaps;
    }

    /**
     * Reads up to {@code batchSize} events of the aggregate from {@code firstSequenceNumber}, asking for a small
     * window of aggregate keys first and widening it (×4) only while windows come back full. The embedded server's
     * cost grows with the number of keys in an {@code $in}, and most aggregates are short (the services snapshot
     * every 50 events), so a load is usually one query for {@value #INITIAL_KEY_WINDOW} keys instead of one for
     * {@code batchSize}. The contract of {@link BatchingEventStorageEngine} holds: the result is a full batch unless
     * the aggregate's committed history ends inside it.
     */
    List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                         int batchSize) {
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
            for (Document document : collections.stream.find(in(AGG_KEY, keys)).batchSize(batchSize)) {
                known.put(position(document), document);
                if (!isTombstone(document) && document.get(SEQUENCE_NUMBER) instanceof Number seq) {
                    bySequence.put(seq.longValue(), document);
                }
            }
        } catch (MongoException e) {
            throw new EventStoreException(format("Failed to read events for aggregate [%s]", aggregateIdentifier),
                                          e);
        }
        Instant now = gaps.now();
        gaps.fetchCommits(bySequence.values(), known, now);

        List<DomainEventData<?>> result = new ArrayList<>(bySequence.size());
        for (long seq = firstSequenceNumber; seq < firstSequenceNumber + batchSize; seq++) {
            Document document = bySequence.get(seq);
            if (document == null) {
                break;
            }
            long commit = commitOf(document);
            CommitState state = gaps.commitState(commit, known, now);
            if (state == CommitState.COMMITTED) {
                result.add(toDomainData(document));
                continue;
            }
            if (state == CommitState.ABORTED) {
                // free the aggregate keys of the aborted append, so the aggregate can move on: its later events sit
                // at the positions up to its commit position (reserved together), also beyond this key window
                for (long position = position(document); position < commit; position++) {
                    gaps.repairAborted(position, commit);
                }
            }
            break; // only the committed, gap-free prefix is the aggregate's history
        }
        return result;
    }

    /** One unique-key lookup: is an event (committed or not) stored at that aggregate sequence? */
    boolean hasEventAt(String aggregateIdentifier, long sequenceNumber) {
        Document found;
        try {
            found = collections.stream.find(eq(AGG_KEY, aggKey(aggregateIdentifier, sequenceNumber)))
                                      .projection(new Document(EVENT_IDENTIFIER, 1).append(TOMBSTONE, 1))
                                      .first();
        } catch (MongoException e) {
            throw new EventStoreException(format("Failed to read events for aggregate [%s]", aggregateIdentifier),
                                          e);
        }
        return found != null && !isTombstone(found);
    }

    Optional<Long> lastSequenceNumberFor(String aggregateIdentifier, DomainEventFetcher fetcher) {
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
                    fetcher.fetch(aggregateIdentifier, from, (int) (top - from + 1));
            if (!committed.isEmpty()) {
                return Optional.of(committed.get(committed.size() - 1).getSequenceNumber());
            }
            if (from == 0) {
                return Optional.empty();
            }
            top = from - 1;
        }
    }

    /**
     * Which of these aggregates have a first event in the store (committed or being appended): one query for many,
     * by the unique aggregate key of sequence 0 (an aborted append's tombstone gives that key up).
     */
    java.util.Set<String> withFirstEvent(java.util.Collection<String> aggregateIdentifiers) {
        List<String> keys = aggregateIdentifiers.stream().distinct().map(id -> aggKey(id, 0)).toList();
        java.util.Set<String> found = new java.util.HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        String suffix = aggKey("", 0);
        for (Document document : collections.stream.find(in(AGG_KEY, keys)).projection(new Document(AGG_KEY, 1))
                                                    .batchSize(keys.size())) {
            String key = document.getString(AGG_KEY);
            found.add(key.substring(0, key.length() - suffix.length()));
        }
        return found;
    }

    private List<Long> existingSequences(String aggregateIdentifier, List<Long> sequences) {
        List<String> keys = new ArrayList<>(sequences.size());
        for (Long seq : sequences) {
            keys.add(aggKey(aggregateIdentifier, seq));
        }
        List<Long> found = new ArrayList<>();
        for (Document document : collections.stream.find(in(AGG_KEY, keys))
                                                    .projection(new Document(SEQUENCE_NUMBER, 1))
                                                    .batchSize(keys.size())) {
            if (document.get(SEQUENCE_NUMBER) instanceof Number seq) {
                found.add(seq.longValue());
            }
        }
        return found;
    }
}
