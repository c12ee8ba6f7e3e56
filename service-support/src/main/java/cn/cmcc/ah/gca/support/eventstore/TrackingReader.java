package cn.cmcc.ah.gca.support.eventstore;

import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.TIMESTAMP;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.commitOf;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.isTombstone;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.position;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.toTrackedData;
import static cn.cmcc.ah.gca.support.eventstore.EventCollections.PROBE_WINDOW;
import static cn.cmcc.ah.gca.support.eventstore.EventCollections.range;
import static java.lang.String.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.bson.Document;

import cn.cmcc.ah.gca.support.eventstore.GapResolver.CommitState;

/**
 * The tracking read in global-position order, and the positions tokens are made of (see "Gaps" in
 * {@link MongoKeyedEventStorageEngine}).
 */
final class TrackingReader {

    /** The widest range {@link #isSettledBetween} reads: one {@code $in} query, meant for the last few positions. */
    static final int MAX_SETTLED_RANGE = 256;

    private final EventCollections collections;
    private final GapResolver gaps;

    TrackingReader(EventCollections collections, GapResolver gaps) {
        this.collections = collections;
        this.gaps = gaps;
    }

    List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long next = positionAfter(lastToken);
        long head = collections.readCounter();
        List<TrackedEventData<?>> result = new ArrayList<>();
        while (next <= head && result.isEmpty()) {
            long to = Math.min(head, next + batchSize - 1);
            Instant now = gaps.now();
            Map<Long, Document> known = collections.findByPositions(range(next, to));
            for (long p = next; p <= to; p++) {
                if (!known.containsKey(p)) {
                    gaps.noteMissing(p, now);
                }
            }
            gaps.fetchCommits(new ArrayList<>(known.values()), known, now);

            long abortedThrough = 0;
            for (long p = next; p <= to; p++) {
                Document document = known.get(p);
                if (document == null) {
                    document = p <= abortedThrough ? gaps.closeAborted(p) : gaps.closeIfExpired(p, now);
                    if (document == null) {
                        return result; // reserved, not yet written: nothing after it may be emitted yet
                    }
                    known.put(p, document);
                } else {
                    gaps.notePresent(p);
                }
                if (!isTombstone(document)) {
                    long commit = commitOf(document);
                    CommitState state = gaps.commitState(commit, known, now);
                    if (state == CommitState.PENDING) {
                        return result; // its append is still being written
                    }
                    if (state == CommitState.ABORTED) {
                        abortedThrough = Math.max(abortedThrough, commit);
                        gaps.repairAborted(p, commit);
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

    /** Whether every position in ({@code fromExclusive}, {@code toInclusive}] holds a tombstone. */
    boolean isSettledBetween(long fromExclusive, long toInclusive) {
        if (fromExclusive < 0 || toInclusive < fromExclusive || toInclusive - fromExclusive > MAX_SETTLED_RANGE) {
            throw new IllegalArgumentException(format(
                    "Positions (%d, %d] are not a range of at most %d positions from 0 on",
                    fromExclusive, toInclusive, MAX_SETTLED_RANGE));
        }
        Map<Long, Document> found = collections.findByPositions(range(fromExclusive + 1, toInclusive));
        return found.size() == toInclusive - fromExclusive
                && found.values().stream().allMatch(DocumentLayout::isTombstone);
    }

    /**
     * The position just before the first event whose timestamp is at or after {@code dateTime}; {@code null} if there
     * is none. Found by binary search over positions ({@code _id} lookups), stepping over tombstones and holes.
     */
    Long positionBeforeFirstEventAt(Instant dateTime) {
        long head = collections.readCounter();
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
        return first == null ? null : position(first) - 1;
    }

    /** The first event (not tombstone) at or after {@code from}, up to {@code head}; {@code null} if none. */
    private Document firstEventFrom(long from, long head) {
        for (long start = from; start <= head; start += PROBE_WINDOW) {
            Map<Long, Document> window = collections.findByPositions(
                    range(start, Math.min(head, start + PROBE_WINDOW - 1)));
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
}
