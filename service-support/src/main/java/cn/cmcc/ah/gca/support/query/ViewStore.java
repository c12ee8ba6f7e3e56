package cn.cmcc.ah.gca.support.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One read model kept by a projection: a document per aggregate holding the JSON of a typed view class, with what
 * only the store needs kept beside it, never in the view (so it never reaches an API response): the aggregate
 * sequence of the last event applied ({@code _seq}), the positions the item took in its lists ({@code _lists}) and
 * its sort key ({@code _sort}).
 * <ul>
 * <li><b>Idempotent and replayable.</b> {@link #create} stores a view once; {@link #apply} changes it only for an
 * event newer than the last one it took, so re-delivery changes nothing and a reset plus replay rebuilds the same
 * documents.</li>
 * <li><b>Open work.</b> Views that are still open (waiting for someone's move) are also kept in
 * {@code <collection>_open}. Inboxes and "awaiting" lists query only that collection, so their cost follows the open
 * work, not the history, also on the embedded store that has no secondary indexes; on MongoDB the indexes declared
 * with {@link Builder#openIndex} serve them.</li>
 * <li><b>History lists.</b> Every view is appended to the lists it belongs to ({@link Builder#listedIn}); a list
 * pages newest first through {@link Timelines} at a cost that follows the page.</li>
 * </ul>
 * Writes go to the open collection and the lists first and to the view document last: the view's {@code _seq} is what
 * makes a redelivered event a no-op, so everything it vouches for is written before it. Stored views and lists are
 * read and written by {@code _id} only (a filter on exactly one unique key is the only one the embedded store does not
 * answer by scanning); other filters run only on the open work.
 */
public final class ViewStore<V> {

    /** Which way a list of open views runs. */
    public enum Order { NEWEST_FIRST, OLDEST_FIRST }

    static final String ID = "_id";
    static final String SEQ = "_seq";
    static final String LISTS = "_lists";
    static final String SORT = "_sort";
    private static final String LIST_KEY = "k";
    private static final String LIST_POSITION = "p";
    /** Positions of a list a single page may look at when a filter skips most of them. */
    private static final int LIST_SCAN_BUDGET = 2_000;
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final String name;
    private final MongoCollection<Document> views;
    private final MongoCollection<Document> open;
    private final Timelines timelines;
    private final ObjectMapper mapper;
    private final Class<V> type;
    private final Predicate<V> isOpen;
    private final Function<V, ? extends Comparable<?>> sortKey;
    private final Function<V, Collection<String>> lists;
    private final ReadFence fence;

    private ViewStore(Builder<V> builder) {
        this.name = builder.collection;
        this.views = builder.database.getCollection(builder.collection);
        this.open = builder.database.getCollection(builder.collection + "_open");
        this.timelines = new Timelines(builder.database, builder.collection + "_lists");
        this.mapper = builder.mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.type = builder.type;
        this.isOpen = builder.isOpen;
        this.sortKey = builder.sortKey;
        this.lists = builder.lists;
        this.fence = builder.fence;
        for (Bson keys : builder.openIndexes) {
            open.createIndex(keys, new IndexOptions().background(true));
        }
    }

    public static <V> Builder<V> builder(MongoDatabase database, String collection, Class<V> type,
                                         ObjectMapper mapper) {
        return new Builder<>(database, collection, type, mapper);
    }

    // ------------------------------------------------------------------------------------------- projection side

    /**
     * Stores the view of an aggregate's creating event (sequence 0), unless a re-delivery finds it there already.
     *
     * @return whether this call stored it (false for a re-delivery), for side effects that must happen once
     */
    public boolean create(String id, Supplier<V> created) {
        return create(id, 0, created);
    }

    /**
     * Stores a view first made by the event at {@code sequence} of its aggregate (a view of a part of an aggregate,
     * e.g. one access point's referral), unless it exists already.
     */
    public boolean create(String id, long sequence, Supplier<V> created) {
        Optional<Staged> batch = staged();
        if (batch.isPresent()) {
            return batch.get().create(id, sequence, created);
        }
        if (views.find(Filters.eq(ID, id)).projection(new Document(SEQ, 1)).first() != null) {
            return false;
        }
        V view = created.get();
        Document document = write(id, sequence, view, List.of());
        try {
            views.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Applies the event at {@code sequence} to the stored view, unless the view already took it (a re-delivery) or
     * does not exist (its creating event was not seen: nothing to change).
     *
     * @return whether this call changed the view (false for a re-delivery), for side effects that must happen once
     */
    public boolean apply(String id, long sequence, Consumer<V> change) {
        Optional<Staged> batch = staged();
        if (batch.isPresent()) {
            return batch.get().apply(id, sequence, change);
        }
        Document stored = views.find(Filters.eq(ID, id)).first();
        if (stored == null) {
            return false;
        }
        long storedSequence = ((Number) stored.get(SEQ)).longValue();
        if (sequence <= storedSequence) {
            return false;
        }
        List<Document> storedLists = stored.getList(LISTS, Document.class, List.of());
        V view = fromDocument(stored);
        change.accept(view);
        Document document = write(id, sequence, view, storedLists);
        // by _id alone: the embedded store answers only a filter on exactly a unique key from its index, anything
        // more (even _id plus _seq) scans the collection; one processor thread applies a view's events in order
        return views.replaceOne(Filters.eq(ID, id), document).getMatchedCount() > 0;
    }

    /**
     * The view as stored now, without waiting for the projection: for the projection itself (its own read would wait
     * for the event it is handling), never for answering a caller.
     */
    public Optional<V> findAsStored(String id) {
        return findStored(id).map(Stored::view);
    }

    /**
     * As {@link #findAsStored}, with the sequence of the last event the view took: for a projection that must know,
     * before it applies an event, whether the view has taken it already (to write what depends on the change first).
     */
    public Optional<Stored<V>> findStored(String id) {
        Optional<Staged> batch = staged();
        Document document = batch.isPresent() ? batch.get().document(id) : views.find(Filters.eq(ID, id)).first();
        return Optional.ofNullable(document)
                .map(stored -> new Stored<>(fromDocument(stored), ((Number) stored.get(SEQ)).longValue()));
    }

    /** A view as stored, and the aggregate sequence of the last event applied to it. */
    public record Stored<V>(V view, long sequence) {
    }

    /** For a reset before a replay. */
    public void deleteAll() {
        views.deleteMany(Filters.empty());
        open.deleteMany(Filters.empty());
        timelines.deleteAll();
    }

    /** Appends the view to the lists it newly belongs to, keeps the open collection right, returns the document. */
    private Document write(String id, long sequence, V view, List<Document> storedLists) {
        Document document = compose(id, sequence, view, storedLists, list -> timelines.append(list, id));
        if (isOpen.test(view)) {
            open.replaceOne(Filters.eq(ID, id), document, new ReplaceOptions().upsert(true));
        } else {
            open.deleteOne(Filters.eq(ID, id));
        }
        return document;
    }

    /**
     * The document of a view: its JSON, sequence, sort key, and its list positions — those it has, and for a list it
     * newly belongs to, what {@code append} gives (null while a batch has not appended yet).
     */
    private Document compose(String id, long sequence, V view, List<Document> storedLists,
                             Function<String, Long> append) {
        Map<String, Long> positions = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (Document entry : storedLists) {
            known.add(entry.getString(LIST_KEY));
            Number position = (Number) entry.get(LIST_POSITION);
            positions.put(entry.getString(LIST_KEY), position == null ? null : position.longValue());
        }
        List<Document> listEntries = new ArrayList<>();
        for (String list : new LinkedHashSet<>(lists.apply(view))) {
            Long position = known.contains(list) ? positions.get(list) : append.apply(list);
            listEntries.add(new Document(LIST_KEY, list).append(LIST_POSITION, position));
        }
        Document document = toDocument(view);
        document.put(ID, id);
        document.put(SEQ, sequence);
        document.put(LISTS, listEntries);
        document.put(SORT, sortKey.apply(view));
        return document;
    }

    /** This store's changes in the batch being handled, if a batched processor handles it ({@link ViewBatches}). */
    private Optional<Staged> staged() {
        return ViewBatches.staging(this, Staged::new);
    }

    /**
     * What a batch of {@link ViewBatches} changed in this store: the documents as they stand with the batch's changes,
     * read in one query for the batch's aggregates (and one at a time for any other id), written by {@link #write()}
     * in the order the single writes keep: list entries, then open work, then the views, whose sequence vouches for
     * the rest.
     */
    private final class Staged implements ViewBatches.Staging {

        /** Stands for a view known not to exist. */
        private static final Document ABSENT = new Document();

        private final Map<String, Document> documents = new HashMap<>();
        /** The views to write, in the order they were first changed; true for one this batch creates. */
        private final Map<String, Boolean> changed = new LinkedHashMap<>();
        private final Map<String, Boolean> openAfter = new HashMap<>();

        private Staged(List<String> ids) {
            List<String> distinct = ids.stream().distinct().toList();
            if (!distinct.isEmpty()) {
                views.find(Filters.in(ID, distinct)).batchSize(distinct.size())
                        .forEach(document -> documents.put(document.getString(ID), document));
                distinct.forEach(id -> documents.putIfAbsent(id, ABSENT));
            }
        }

        /** The document as it stands with this batch's changes, null if there is none. */
        Document document(String id) {
            Document document = documents.computeIfAbsent(id, key -> {
                Document stored = views.find(Filters.eq(ID, key)).first();
                return stored == null ? ABSENT : stored;
            });
            return document == ABSENT ? null : document;
        }

        boolean create(String id, long sequence, Supplier<V> created) {
            if (document(id) != null) {
                return false;
            }
            stage(id, sequence, created.get(), List.of(), true);
            return true;
        }

        boolean apply(String id, long sequence, Consumer<V> change) {
            Document stored = document(id);
            if (stored == null || sequence <= ((Number) stored.get(SEQ)).longValue()) {
                return false;
            }
            V view = fromDocument(stored);
            change.accept(view);
            stage(id, sequence, view, stored.getList(LISTS, Document.class, List.of()), false);
            return true;
        }

        private void stage(String id, long sequence, V view, List<Document> storedLists, boolean create) {
            documents.put(id, compose(id, sequence, view, storedLists, list -> null));
            changed.merge(id, create, (before, now) -> before || now);
            openAfter.put(id, isOpen.test(view));
        }

        /** Writes what the batch changed: a few bulk requests, however many views. */
        @Override
        public void write() {
            if (changed.isEmpty()) {
                return;
            }
            List<Map.Entry<String, String>> appends = new ArrayList<>();
            List<Document> unplaced = new ArrayList<>();
            for (String id : changed.keySet()) {
                for (Document entry : documents.get(id).getList(LISTS, Document.class)) {
                    if (entry.get(LIST_POSITION) == null) {
                        appends.add(Map.entry(entry.getString(LIST_KEY), id));
                        unplaced.add(entry);
                    }
                }
            }
            long[] positions = timelines.appendAll(appends);
            for (int i = 0; i < positions.length; i++) {
                unplaced.get(i).put(LIST_POSITION, positions[i]);
            }
            List<WriteModel<Document>> openWrites = new ArrayList<>();
            List<WriteModel<Document>> viewWrites = new ArrayList<>();
            for (Map.Entry<String, Boolean> change : changed.entrySet()) {
                String id = change.getKey();
                Document document = documents.get(id);
                openWrites.add(openAfter.get(id)
                        ? new ReplaceOneModel<>(Filters.eq(ID, id), document, new ReplaceOptions().upsert(true))
                        : new DeleteOneModel<>(Filters.eq(ID, id)));
                viewWrites.add(change.getValue() ? new InsertOneModel<>(document)
                        : new ReplaceOneModel<>(Filters.eq(ID, id), document));
            }
            open.bulkWrite(openWrites, new BulkWriteOptions().ordered(false));
            try {
                views.bulkWrite(viewWrites, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                // a view created meanwhile by the instance that held the segment before: it stays as that one wrote it
                if (e.getWriteErrors().stream().anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode())
                        != ErrorCategory.DUPLICATE_KEY)) {
                    throw e;
                }
            }
            changed.clear();
            openAfter.clear();
        }
    }

    // ----------------------------------------------------------------------------------------------- query side

    public Optional<V> find(String id) {
        fence.await();
        return Optional.ofNullable(views.find(Filters.eq(ID, id)).first()).map(this::fromDocument);
    }

    /** The views of these ids that exist, in no particular order: one query by {@code _id}. */
    public List<V> findAll(Collection<String> ids) {
        fence.await();
        return findDocuments(ids).values().stream().map(this::fromDocument).toList();
    }

    /**
     * Open views matching {@code filter}, in {@code order} of their sort key (then id). The filter runs on the open
     * collection only: cost follows the open work.
     */
    public Page<V> open(Bson filter, Order order, PageRequest page) {
        fence.await();
        String list = name + "_open/" + order + "/" + filter.toBsonDocument().toJson();
        List<Bson> filters = new ArrayList<>(List.of(filter));
        Cursors.decode(page.cursor(), list).map(OpenCursor::parse).ifPresent(after -> filters.add(after.after(order)));
        Bson sort = order == Order.NEWEST_FIRST ? Sorts.descending(SORT, ID) : Sorts.ascending(SORT, ID);
        List<Document> documents = open.find(Filters.and(filters)).sort(sort).limit(page.limit() + 1)
                .into(new ArrayList<>());
        boolean more = documents.size() > page.limit();
        List<Document> shown = more ? documents.subList(0, page.limit()) : documents;
        String next = more ? Cursors.encode(list, OpenCursor.of(shown.get(shown.size() - 1)).toString()) : null;
        return Page.of(shown.stream().map(this::fromDocument).toList(), next);
    }

    /**
     * Every open view matching {@code filter}, as stored now, without waiting for the projection: for what the
     * projection itself keeps in step (an in-memory schedule rebuilt at start-up), never for answering a caller.
     */
    public List<V> openAsStored(Bson filter) {
        return open.find(filter).map(this::fromDocument).into(new ArrayList<>());
    }

    /**
     * {@link #openAsStored(Bson)} one view at a time, read in batches of {@code batchSize}: for open work too large
     * to hold as one list (or, on the embedded store, to answer in one reply, which the driver refuses above 48 MB).
     */
    public void forEachOpenAsStored(Bson filter, int batchSize, java.util.function.Consumer<V> action) {
        try (com.mongodb.client.MongoCursor<Document> cursor = open.find(filter).batchSize(batchSize).iterator()) {
            while (cursor.hasNext()) {
                action.accept(fromDocument(cursor.next()));
            }
        }
    }

    /**
     * The views of {@code list}, newest first, that pass {@code filter}. Looks at no more than a bounded number of
     * positions per page: a selective filter may return a short page that still has a {@code next}.
     */
    public Page<V> list(String list, Predicate<V> filter, PageRequest page) {
        fence.await();
        Optional<String> cursor = Cursors.decode(page.cursor(), name + "/" + list);
        long below;
        try {
            below = cursor.map(Long::parseLong).orElseGet(() -> timelines.head(list) + 1);
        } catch (NumberFormatException e) {
            throw new InvalidCursorException();
        }
        List<V> items = new ArrayList<>();
        long budget = Math.max(LIST_SCAN_BUDGET, page.limit() * 4L);
        while (below > 1 && budget > 0 && items.size() < page.limit()) {
            int window = (int) Math.min(Math.min(below - 1, budget), Math.max(16, 2L * (page.limit() - items.size())));
            long from = below - window;
            Map<Long, String> entries = timelines.range(list, from, below - 1);
            Map<String, Document> documents = findDocuments(entries.values());
            for (long position = below - 1; position >= from && items.size() < page.limit(); position--) {
                below = position;
                Document document = documents.get(entries.get(position));
                if (document != null && positionIn(document, list) == position) {
                    V view = fromDocument(document);
                    if (filter.test(view)) {
                        items.add(view);
                    }
                }
            }
            if (items.size() < page.limit()) {
                below = from;
            }
            budget -= window;
        }
        String next = below > 1 ? Cursors.encode(name + "/" + list, Long.toString(below)) : null;
        return Page.of(items, next);
    }

    private Map<String, Document> findDocuments(Collection<String> ids) {
        Map<String, Document> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        views.find(Filters.in(ID, distinct)).batchSize(distinct.size())
                .forEach(document -> found.put(document.getString(ID), document));
        return found;
    }

    private static long positionIn(Document document, String list) {
        for (Document entry : document.getList(LISTS, Document.class, List.of())) {
            if (list.equals(entry.getString(LIST_KEY))) {
                return ((Number) entry.get(LIST_POSITION)).longValue();
            }
        }
        return -1;
    }

    // --------------------------------------------------------------------------------------------------- mapping

    private Document toDocument(V view) {
        try {
            return Document.parse(mapper.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    private V fromDocument(Document stored) {
        Document document = new Document(stored);
        document.remove(ID);
        document.remove(SEQ);
        document.remove(LISTS);
        document.remove(SORT);
        try {
            return mapper.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " " + stored.get(ID)
                    + " is not readable", e);
        }
    }

    /** Where a page of open views stopped: the last view's sort key and id. */
    private record OpenCursor(Object sort, String id) {

        static OpenCursor of(Document document) {
            return new OpenCursor(document.get(SORT), document.getString(ID));
        }

        static OpenCursor parse(String text) {
            String[] parts = text.split("\n", 3);
            if (parts.length != 3) {
                throw new InvalidCursorException();
            }
            try {
                Object sort = switch (parts[0]) {
                    case "l" -> Long.parseLong(parts[1]);
                    case "s" -> parts[1];
                    default -> throw new InvalidCursorException();
                };
                return new OpenCursor(sort, parts[2]);
            } catch (NumberFormatException e) {
                throw new InvalidCursorException();
            }
        }

        Bson after(Order order) {
            boolean descending = order == Order.NEWEST_FIRST;
            Bson beyondSort = descending ? Filters.lt(SORT, sort) : Filters.gt(SORT, sort);
            Bson beyondId = descending ? Filters.lt(ID, id) : Filters.gt(ID, id);
            return Filters.or(beyondSort, Filters.and(Filters.eq(SORT, sort), beyondId));
        }

        @Override
        public String toString() {
            return (sort instanceof Number ? "l\n" : "s\n") + sort + "\n" + id;
        }
    }

    /** How a view store is set up. */
    public static final class Builder<V> {

        private final MongoDatabase database;
        private final String collection;
        private final Class<V> type;
        private final ObjectMapper mapper;
        private Predicate<V> isOpen = view -> false;
        private Function<V, ? extends Comparable<?>> sortKey;
        private Function<V, Collection<String>> lists = view -> List.of();
        private final List<Bson> openIndexes = new ArrayList<>();
        private ReadFence fence = ReadFence.NONE;
        private Function<V, String> idOf;

        private Builder(MongoDatabase database, String collection, Class<V> type, ObjectMapper mapper) {
            this.database = database;
            this.collection = collection;
            this.type = type;
            this.mapper = mapper;
        }

        /** The view's id: the default sort key of open views. */
        public Builder<V> id(Function<V, String> idOf) {
            this.idOf = idOf;
            return this;
        }

        /** Keeps views in the open collection while {@code open} holds. */
        public Builder<V> openWhile(Predicate<V> open) {
            this.isOpen = open;
            return this;
        }

        /** The key open views are ordered by (a {@code String} or a {@code Long}); the view's id by default. */
        public Builder<V> sortedBy(Function<V, ? extends Comparable<?>> key) {
            this.sortKey = key;
            return this;
        }

        /** A secondary index of the open collection, for MongoDB (the embedded store ignores it). */
        public Builder<V> openIndex(Bson keys) {
            openIndexes.add(keys);
            return this;
        }

        /**
         * The lists a view belongs to. Membership must be a lasting fact about the item (its customer, a final
         * status), because an entry once appended stays where it is.
         */
        public Builder<V> listedIn(Function<V, Collection<String>> lists) {
            this.lists = lists;
            return this;
        }

        public Builder<V> readFence(ReadFence fence) {
            this.fence = fence;
            return this;
        }

        public ViewStore<V> build() {
            if (sortKey == null) {
                if (idOf == null) {
                    throw new IllegalStateException("View store " + collection + " needs id(...) or sortedBy(...)");
                }
                sortKey = idOf;
            }
            return new ViewStore<>(this);
        }
    }
}
