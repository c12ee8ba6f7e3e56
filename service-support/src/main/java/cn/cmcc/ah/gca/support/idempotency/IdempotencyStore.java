package cn.cmcc.ah.gca.support.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * The first result of every request sent with an {@code Idempotency-Key}, keyed by caller and key, so a retry
 * gets the same answer. Reads and writes are by {@code _id} only.
 */
public class IdempotencyStore {

    /** A stored request: in progress, or completed with its response. */
    public record Entry(String requestHash, boolean completed, int status, String contentType, String location,
                        String body) {
    }

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public IdempotencyStore(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection("idempotency_keys");
        this.clock = clock;
    }

    /** Claims the key for this request; empty when claimed, else what is already stored under it. */
    public Optional<Entry> claim(String id, String requestHash) {
        try {
            collection.insertOne(new Document("_id", id)
                    .append("requestHash", requestHash)
                    .append("state", "IN_PROGRESS")
                    .append("createdAt", Date.from(clock.instant())));
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document existing = collection.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                return claim(id, requestHash);
            }
            return Optional.of(new Entry(existing.getString("requestHash"),
                    "COMPLETED".equals(existing.getString("state")),
                    existing.getInteger("status", 0),
                    existing.getString("contentType"),
                    existing.getString("location"),
                    existing.getString("body")));
        }
    }

    public void complete(String id, int status, String contentType, String location, String body) {
        collection.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("state", "COMPLETED"),
                Updates.set("status", status),
                Updates.set("contentType", contentType),
                Updates.set("location", location),
                Updates.set("body", body),
                Updates.set("completedAt", Date.from(clock.instant()))));
    }

    /** Frees the key after a failure on our side, so the client's retry is processed afresh. */
    public void release(String id) {
        collection.deleteOne(Filters.eq("_id", id));
    }
}
