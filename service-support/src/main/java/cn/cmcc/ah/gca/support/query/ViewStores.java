package cn.cmcc.ah.gca.support.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

import java.util.function.Function;

/**
 * Makes the view stores of a service: in its database, with its JSON mapping, each behind the read fence of the
 * processor that keeps it (read-your-writes, see {@link ReadFence}).
 */
public class ViewStores {

    private final MongoDatabase database;
    private final ObjectMapper mapper;
    private final Function<String, ReadFence> fences;

    public ViewStores(MongoDatabase database, ObjectMapper mapper, Function<String, ReadFence> fences) {
        this.database = database;
        this.mapper = mapper;
        this.fences = fences;
    }

    /** View stores whose reads do not wait for a processor: for projections tested as plain objects. */
    public static ViewStores unfenced(MongoDatabase database, ObjectMapper mapper) {
        return new ViewStores(database, mapper, processor -> ReadFence.NONE);
    }

    /** A view store in {@code collection}, kept by the processor {@code processingGroup}. */
    public <V> ViewStore.Builder<V> builder(String collection, Class<V> type, String processingGroup) {
        return ViewStore.builder(database, collection, type, mapper).readFence(fences.apply(processingGroup));
    }
}
