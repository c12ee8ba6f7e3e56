package cn.cmcc.ah.gca.presale.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One read-model collection whose documents are the JSON form of a view class (the same JSON the REST API returns),
 * keyed by the business number in {@code _id}. Views are rewritten whole, by {@code _id}: replaying events rewrites
 * the same documents.
 */
final class ViewStore<T extends SequencedView> {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoCollection<Document> collection;
    private final ObjectMapper mapper;
    private final Class<T> type;

    ViewStore(MongoDatabase database, String collectionName, ObjectMapper mapper, Class<T> type) {
        this.collection = database.getCollection(collectionName);
        this.mapper = mapper;
        this.type = type;
    }

    Optional<T> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::fromDocument);
    }

    List<T> find(Bson filter, Bson sort, int limit) {
        List<T> views = new ArrayList<>();
        collection.find(filter).sort(sort).limit(limit).forEach(document -> views.add(fromDocument(document)));
        return views;
    }

    void save(String id, T view) {
        Document document = toDocument(view);
        document.put("_id", id);
        collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    /** Stores the view built for an aggregate's creating event, unless a re-delivery finds it already there. */
    void insertIfAbsent(String id, Supplier<T> created) {
        if (find(id).isEmpty()) {
            save(id, created.get());
        }
    }

    /**
     * Applies the event at {@code sequence} to the stored view, unless the view already took it (a re-delivery) or
     * does not exist; records the sequence and stores the view.
     */
    void applyIfNewer(String id, long sequence, Consumer<T> change) {
        find(id).filter(view -> sequence > view.lastSequence).ifPresent(view -> {
            change.accept(view);
            view.lastSequence = sequence;
            save(id, view);
        });
    }

    void deleteAll() {
        collection.deleteMany(Filters.empty());
    }

    private Document toDocument(T view) {
        try {
            return Document.parse(mapper.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    private T fromDocument(Document document) {
        document.remove("_id");
        try {
            return mapper.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
