package cn.cmcc.ah.gca.support.eventstore;

import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.AGG_KEY;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.AGG_KEY_INDEX;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.COUNTER_ID;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.COUNTER_VALUE;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.ID;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.position;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.MongoException;
import com.mongodb.ReadPreference;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** The engine's three collections and the position lookups every part of it shares (all by {@code _id}). */
final class EventCollections {

    /** Positions probed per query when a search must step over tombstones or holes. */
    static final int PROBE_WINDOW = 32;

    final MongoCollection<Document> stream;
    final MongoCollection<Document> counters;
    final MongoCollection<Document> snapshots;

    EventCollections(MongoDatabase database, String prefix) {
        // every read must see the primary: a stale secondary would make written positions look like gaps
        this.stream = database.getCollection(prefix + "_stream").withReadPreference(ReadPreference.primary());
        this.counters = database.getCollection(prefix + "_counters").withReadPreference(ReadPreference.primary());
        this.snapshots = database.getCollection(prefix + "_snapshots").withReadPreference(ReadPreference.primary());
    }

    void ensureCreated() {
        stream.createIndex(Indexes.ascending(AGG_KEY), new IndexOptions().unique(true).name(AGG_KEY_INDEX));
        try {
            counters.insertOne(new Document(ID, COUNTER_ID).append(COUNTER_VALUE, 0L));
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /** The last reserved position; 0 for a store that never reserved one. */
    long readCounter() {
        Document counter = counters.find(eq(ID, COUNTER_ID)).first();
        return counter == null ? 0 : ((Number) counter.get(COUNTER_VALUE)).longValue();
    }

    Map<Long, Document> findByPositions(List<Long> positions) {
        Map<Long, Document> found = new HashMap<>();
        if (positions.isEmpty()) {
            return found;
        }
        for (Document document : stream.find(in(ID, positions)).batchSize(positions.size())) {
            found.put(position(document), document);
        }
        return found;
    }

    Document find(long position) {
        return stream.find(eq(ID, position)).first();
    }

    Document findQuietly(long position) {
        try {
            return find(position);
        } catch (MongoException e) {
            return null;
        }
    }

    static List<Long> range(long from, long to) {
        List<Long> positions = new ArrayList<>((int) Math.max(0, to - from + 1));
        for (long p = from; p <= to; p++) {
            positions.add(p);
        }
        return positions;
    }
}
