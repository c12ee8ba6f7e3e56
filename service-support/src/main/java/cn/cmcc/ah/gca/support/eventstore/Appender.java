package cn.cmcc.ah.gca.support.eventstore;

import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.COUNTER_ID;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.COUNTER_VALUE;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.EVENT_IDENTIFIER;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.ID;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.eventBody;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.positioned;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.tombstone;
import static com.mongodb.client.model.Filters.eq;
import static java.lang.String.format;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * The append path: reserve contiguous positions, write the events there in order, and settle an append that failed
 * (see "Appends are all-or-nothing for readers" in {@link MongoKeyedEventStorageEngine}).
 */
final class Appender {

    // under the engine's name, as before the split: operators' log filters know that one
    private static final Logger log = LoggerFactory.getLogger(MongoKeyedEventStorageEngine.class);

    private enum Outcome { COMMITTED, ABORTED, UNKNOWN }

    private final EventCollections collections;
    private final Duration gapTimeout;
    /** The engine's {@code handlePersistenceException}: Axon's mapping of a duplicate key to its exceptions. */
    private final BiConsumer<Exception, EventMessage<?>> persistenceExceptionHandler;

    Appender(EventCollections collections, Duration gapTimeout,
             BiConsumer<Exception, EventMessage<?>> persistenceExceptionHandler) {
        this.collections = collections;
        this.gapTimeout = gapTimeout;
        this.persistenceExceptionHandler = persistenceExceptionHandler;
    }

    void append(List<? extends EventMessage<?>> events, Serializer serializer) {
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
                Document before = collections.counters.findOneAndUpdate(byId, increment, options);
                long previous = before == null ? 0 : ((Number) before.get(COUNTER_VALUE)).longValue();
                return previous + 1;
            } catch (MongoException e) {
                // two first-ever upserts may race on the counter's _id; the retry finds the document
                if (attempt < 3 && MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                    continue;
                }
                throw new EventStoreException(format("Could not reserve %d position(s) in [%s]",
                                                     count, collections.counters.getNamespace()), e);
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

    private void writeReserved(long first, List<? extends EventMessage<?>> events, List<Document> bodies) {
        long commit = first + events.size() - 1;
        List<Document> documents = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            documents.add(positioned(bodies.get(i), first + i, commit));
        }
        try {
            collections.stream.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (RuntimeException e) {
            failAppend(e, first, commit, events);
        }
        AppendedPositions.record(commit);
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
            Document atPosition = collections.findQuietly(first + failedIndex);
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
        persistenceExceptionHandler.accept(failure, failedEvent);
        // handlePersistenceException always throws; this is for the compiler and for overriding subclasses
        throw new EventStoreException("Append failed", failure);
    }

    /**
     * Decides a failed append by inserting a tombstone at its commit position: if that works (or a reader's tombstone
     * is already there) the append is aborted; if the append's own last event is there, the append is complete.
     */
    private Outcome settle(long commit, String lastEventIdentifier) {
        try {
            collections.stream.insertOne(tombstone(commit));
            return Outcome.ABORTED;
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                log.warn("Could not abort the append committing at position {}", commit, e);
                return Outcome.UNKNOWN;
            }
        }
        Document atCommit = collections.findQuietly(commit);
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

    /** Replaces positions {@code from..to} (documents of an aborted append, or nothing) by tombstones. */
    private void tombstoneRange(long from, long to) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (long position = from; position <= to; position++) {
            writes.add(new ReplaceOneModel<>(eq(ID, position), tombstone(position),
                                             new ReplaceOptions().upsert(true)));
        }
        try {
            collections.stream.bulkWrite(writes, new BulkWriteOptions().ordered(false));
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
}
