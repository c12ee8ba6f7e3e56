package cn.cmcc.ah.gca.support.idempotency;

import cn.cmcc.ah.gca.support.GcaProperties;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The first result of every request sent with an {@code Idempotency-Key}, keyed by caller and key, so a retry
 * gets the same answer. Reads and writes are by {@code _id}. A key lives for {@code gca.idempotency.ttl} (24 h by
 * default): MongoDB drops expired keys through a TTL index; the embedded store, which has no such index, is swept by
 * a timer, and an expired key is treated as absent either way. A claim left in progress by an instance that died is
 * taken over once it is older than {@code gca.idempotency.stale-claim-after}.
 */
public class IdempotencyStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);
    private static final String ID = "_id";
    private static final String CLAIM = "claim";
    private static final String STATE = "state";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String EXPIRES_AT = "expiresAt";
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);

    /** A stored request: in progress, or completed with its response. */
    public record Entry(String requestHash, boolean completed, int status, String contentType,
                        Map<String, String> headers, String body) {
    }

    /** The outcome of a claim: this request owns the key ({@code claim} set), or what is stored under it. */
    public record Claim(String claim, Entry existing) {

        public boolean owned() {
            return claim != null;
        }
    }

    private final MongoCollection<Document> collection;
    private final Clock clock;
    private final Duration ttl;
    private final Duration staleClaimAfter;
    private final ScheduledExecutorService sweeper;

    public IdempotencyStore(MongoDatabase database, Clock clock, GcaProperties.Idempotency settings) {
        this.collection = database.getCollection("idempotency_keys");
        this.clock = clock;
        this.ttl = settings.ttl();
        this.staleClaimAfter = settings.staleClaimAfter();
        collection.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS)
                .name("expiresAt_ttl"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, SWEEP_INTERVAL.toSeconds(), SWEEP_INTERVAL.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Claims the key for this request, unless a live entry holds it. */
    public Claim claim(String id, String requestHash) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant now = clock.instant();
            String claim = UUID.randomUUID().toString();
            try {
                collection.insertOne(claimDocument(id, claim, requestHash, now));
                return new Claim(claim, null);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = collection.find(Filters.eq(ID, id)).first();
            if (existing == null) {
                continue;
            }
            boolean expired = !existing.getDate(EXPIRES_AT).toInstant().isAfter(now);
            boolean stale = IN_PROGRESS.equals(existing.getString(STATE))
                    && !existing.getDate(CLAIMED_AT).toInstant().plus(staleClaimAfter).isAfter(now);
            if (!expired && !stale) {
                return new Claim(null, entry(existing));
            }
            // take over an expired key or a claim its request abandoned, unless another retry just did (checked on
            // the document replaced: by _id alone, as the embedded store scans for any other filter)
            Document replaced = collection.findOneAndReplace(Filters.eq(ID, id),
                    claimDocument(id, claim, requestHash, now));
            if (replaced != null && existing.getString(CLAIM).equals(replaced.getString(CLAIM))) {
                if (stale && !expired) {
                    log.warn("Idempotency key {} was in progress since {}; its request is taken as lost and this "
                            + "retry runs it", id, existing.getDate(CLAIMED_AT).toInstant());
                }
                return new Claim(claim, null);
            }
            if (replaced != null) {
                // another retry took the key over a moment ago: give it back and look again
                collection.replaceOne(Filters.eq(ID, id), replaced);
            }
        }
        throw new IllegalStateException("Could not claim idempotency key " + id);
    }

    public void complete(String id, String claim, int status, String contentType, Map<String, String> headers,
                         String body) {
        if (!ownedBy(id, claim)) {
            log.warn("Idempotency key {} was taken over while its request ran; its response is not kept", id);
            return;
        }
        collection.updateOne(Filters.eq(ID, id), Updates.combine(
                Updates.set(STATE, COMPLETED),
                Updates.set("status", status),
                Updates.set("contentType", contentType),
                Updates.set("headers", new Document(new LinkedHashMap<>(headers))),
                Updates.set("body", body),
                Updates.set("completedAt", Date.from(clock.instant()))));
    }

    /** Frees the key (a failure on our side, or a request refused as malformed), so a retry is processed afresh. */
    public void release(String id, String claim) {
        if (ownedBy(id, claim)) {
            collection.deleteOne(Filters.eq(ID, id));
        }
    }

    /** Reads by {@code _id} alone and compares the claim here: the embedded store would scan for a compound filter. */
    private boolean ownedBy(String id, String claim) {
        Document current = collection.find(Filters.eq(ID, id)).projection(new Document(CLAIM, 1)).first();
        return current != null && claim.equals(current.getString(CLAIM));
    }

    /** Deletes expired keys; returns how many. */
    public long sweep() {
        return collection.deleteMany(Filters.lte(EXPIRES_AT, Date.from(clock.instant()))).getDeletedCount();
    }

    private void sweepQuietly() {
        try {
            long deleted = sweep();
            if (deleted > 0) {
                log.debug("Deleted {} expired idempotency keys", deleted);
            }
        } catch (MongoException | IllegalStateException e) {
            log.warn("Could not sweep expired idempotency keys; will try again", e);
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    private Document claimDocument(String id, String claim, String requestHash, Instant now) {
        return new Document(ID, id)
                .append(CLAIM, claim)
                .append("requestHash", requestHash)
                .append(STATE, IN_PROGRESS)
                .append(CLAIMED_AT, Date.from(now))
                .append(EXPIRES_AT, Date.from(now.plus(ttl)));
    }

    private static Entry entry(Document document) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = document.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return new Entry(document.getString("requestHash"), COMPLETED.equals(document.getString(STATE)),
                document.getInteger("status", 0), document.getString("contentType"), headers,
                document.getString("body"));
    }

    Optional<Document> raw(String id) {
        return Optional.ofNullable(collection.find(Filters.eq(ID, id)).first());
    }
}
