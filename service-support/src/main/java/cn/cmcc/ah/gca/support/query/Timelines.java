package cn.cmcc.ah.gca.support.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Append-only lists of item ids, one per list key ({@code all}, {@code customer:5510001234}, …), numbered 1, 2, 3 …
 * per list. Reading a page newest-first is a unique-key lookup of the head and of a window of positions, so its cost
 * follows the page, never the length of the history (the embedded store has only unique indexes: stack notes,
 * trap 10). Entries are never rewritten; the view document records which position it took in each list, and a
 * reader ignores entries the view does not confirm (left by a crash between the append and the view's write).
 */
final class Timelines {

    private static final String ID = "_id";
    private static final String ITEM = "item";
    private static final String VALUE = "value";

    private final MongoCollection<Document> entries;

    Timelines(MongoDatabase database, String collection) {
        this.entries = database.getCollection(collection);
    }

    /** Appends {@code item} to {@code list}; returns its position. */
    long append(String list, String item) {
        // the pre-image: the embedded server can leak a concurrent $inc into a post-image (docs/event-store.md)
        Document before = entries.findOneAndUpdate(Filters.eq(ID, headId(list)), Updates.inc(VALUE, 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        long position = (before == null ? 0L : ((Number) before.get(VALUE)).longValue()) + 1;
        entries.insertOne(new Document(ID, entryId(list, position)).append(ITEM, item));
        return position;
    }

    /**
     * Appends each {@code (list, item)} in order; returns the positions they took, in the same order. A few requests
     * however many: one increment per list in one bulk, the heads read back in one query, the entries inserted in one
     * bulk. Positions are taken below the head read back; if another writer appended to the same list in between, the
     * entries' unique ids collide and those items are appended again one by one (positions may then have gaps, which
     * readers skip).
     */
    long[] appendAll(List<Map.Entry<String, String>> appends) {
        long[] positions = new long[appends.size()];
        if (appends.isEmpty()) {
            return positions;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        appends.forEach(append -> counts.merge(append.getKey(), 1L, Long::sum));
        List<WriteModel<Document>> increments = new ArrayList<>();
        counts.forEach((list, n) -> increments.add(new UpdateOneModel<>(Filters.eq(ID, headId(list)),
                Updates.inc(VALUE, n), new UpdateOptions().upsert(true))));
        entries.bulkWrite(increments, new BulkWriteOptions().ordered(true));
        Map<String, Long> next = new HashMap<>();
        List<String> heads = counts.keySet().stream().map(Timelines::headId).toList();
        for (Document head : entries.find(Filters.in(ID, heads)).batchSize(heads.size())) {
            String id = head.getString(ID);
            String list = id.substring(0, id.length() - "#head".length());
            next.put(list, ((Number) head.get(VALUE)).longValue() - counts.get(list) + 1);
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            String list = appends.get(i).getKey();
            positions[i] = next.merge(list, 1L, Long::sum) - 1;
            documents.add(new Document(ID, entryId(list, positions[i])).append(ITEM, appends.get(i).getValue()));
        }
        try {
            entries.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Map.Entry<String, String> append = appends.get(error.getIndex());
                positions[error.getIndex()] = append(append.getKey(), append.getValue());
            }
        }
        return positions;
    }

    long head(String list) {
        Document head = entries.find(Filters.eq(ID, headId(list))).first();
        return head == null ? 0 : ((Number) head.get(VALUE)).longValue();
    }

    /** The items at positions {@code from … to} (inclusive, from ≤ to) that exist, by position. */
    Map<Long, String> range(String list, long from, long to) {
        List<String> ids = new ArrayList<>();
        for (long position = from; position <= to; position++) {
            ids.add(entryId(list, position));
        }
        Map<Long, String> found = new HashMap<>();
        for (Document entry : entries.find(Filters.in(ID, ids)).batchSize(ids.size())) {
            String id = entry.getString(ID);
            found.put(Long.parseLong(id.substring(id.lastIndexOf('#') + 1)), entry.getString(ITEM));
        }
        return found;
    }

    void deleteAll() {
        entries.deleteMany(Filters.empty());
    }

    private static String headId(String list) {
        return list + "#head";
    }

    private static String entryId(String list, long position) {
        return list + "#" + position;
    }
}
