package cn.cmcc.ah.gca.sla.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code sla_clocks} read model; every write is by {@code _id}, so a replay rewrites the same state. */
@Repository
public class SlaClockRepository {

    private final MongoCollection<SlaClockView> clocks;

    public SlaClockRepository(MongoDatabase gcaMongoDatabase) {
        this.clocks = gcaMongoDatabase.getCollection("sla_clocks", SlaClockView.class);
    }

    void save(SlaClockView view) {
        clocks.replaceOne(Filters.eq("_id", view.clockId()), view, new ReplaceOptions().upsert(true));
    }

    void update(String clockId, Bson update) {
        clocks.updateOne(Filters.eq("_id", clockId), update);
    }

    void markStopped(String clockId, Instant at, boolean met, long overrunSeconds) {
        update(clockId, Updates.combine(Updates.set("state", SlaClockView.STOPPED), Updates.set("stoppedAt", at),
                Updates.set("met", met), Updates.set("overrunSeconds", overrunSeconds)));
    }

    void deleteAll() {
        clocks.deleteMany(Filters.empty());
    }

    public Optional<SlaClockView> find(String clockId) {
        return Optional.ofNullable(clocks.find(Filters.eq("_id", clockId)).first());
    }

    /** Running clocks; read once at start-up to rebuild the in-memory deadline schedule. */
    public List<SlaClockView> running() {
        return clocks.find(Filters.eq("state", SlaClockView.RUNNING)).into(new ArrayList<>());
    }

    public List<SlaClockView> search(Optional<String> subjectId, Optional<String> ruleId, Optional<String> state,
                                     Optional<String> customerGroupId, int limit) {
        List<Bson> filters = new ArrayList<>();
        subjectId.ifPresent(v -> filters.add(Filters.eq("subjectId", v)));
        ruleId.ifPresent(v -> filters.add(Filters.eq("ruleId", v)));
        state.ifPresent(v -> filters.add(Filters.eq("state", v)));
        customerGroupId.ifPresent(v -> filters.add(Filters.eq("customerGroupId", v)));
        Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
        return clocks.find(filter).sort(Sorts.ascending("deadline")).limit(limit).into(new ArrayList<>());
    }
}
