package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an open clock's limit was computed from: the data of its start or latest recompute event and the customer's
 * service level, so that a rule change computes the limit again from the same facts (Art. 5). Open clocks only — and
 * the stopped clocks of a rule that can reopen them (fault restoration), which may run again — written and read by
 * {@code _id}; kept by the Kafka intake, so a replay writes the same documents again. In the
 * intake's batches the writes are kept until the batch's end and written in one bulk ({@link ViewBatches}).
 */
@Component
class ClockInputs {

    private static final String ID = "_id";

    /**
     * @param level the customer's service level; null when the subject has none
     * @param at    when the event the data come from happened; null in documents written before it was kept
     */
    record Input(JsonNode data, ServiceLevel level, Instant at) {
    }

    private final MongoCollection<Document> inputs;
    private final ObjectMapper json;

    ClockInputs(MongoDatabase gcaMongoDatabase, ObjectMapper json) {
        this.inputs = gcaMongoDatabase.getCollection("sla_clock_inputs");
        this.json = json;
    }

    void put(String clockId, JsonNode data, ServiceLevel level, Instant at) {
        Document document = document(clockId, data, level, at);
        staged().ifPresentOrElse(batch -> batch.stage(clockId, new Write(Kind.PUT, document)),
                () -> inputs.replaceOne(Filters.eq(ID, clockId), document, new ReplaceOptions().upsert(true)));
    }

    /**
     * Keeps the start's data unless the clock has some already: a re-delivered start must not put the start's data
     * back over a later recompute's.
     */
    void putIfAbsent(String clockId, JsonNode data, ServiceLevel level, Instant at) {
        Document document = document(clockId, data, level, at);
        staged().ifPresentOrElse(batch -> batch.stage(clockId, new Write(Kind.PUT_IF_ABSENT, document)),
                () -> inputs.updateOne(Filters.eq(ID, clockId), setOnInsert(document),
                        new UpdateOptions().upsert(true)));
    }

    Optional<Input> find(String clockId) {
        Optional<Staged> batch = staged();
        Write staged = batch.map(b -> b.writes.get(clockId)).orElse(null);
        if (staged != null && staged.kind() == Kind.REMOVE) {
            return Optional.empty();
        }
        if (staged != null && staged.kind() == Kind.PUT) {
            return Optional.of(input(staged.document()));
        }
        Document stored = inputs.find(Filters.eq(ID, clockId)).first();
        if (stored == null && staged != null) {
            stored = staged.document();
        }
        return Optional.ofNullable(stored).map(this::input);
    }

    void remove(String clockId) {
        staged().ifPresentOrElse(batch -> batch.stage(clockId, new Write(Kind.REMOVE, null)),
                () -> inputs.deleteOne(Filters.eq(ID, clockId)));
    }

    private static Document document(String clockId, JsonNode data, ServiceLevel level, Instant at) {
        return new Document(ID, clockId).append("data", data.toString())
                .append("level", level == null ? null : level.name()).append("at", at.toString());
    }

    private static org.bson.conversions.Bson setOnInsert(Document document) {
        return Updates.combine(Updates.setOnInsert("data", document.get("data")),
                Updates.setOnInsert("level", document.get("level")), Updates.setOnInsert("at", document.get("at")));
    }

    private Input input(Document document) {
        try {
            String level = document.getString("level");
            String at = document.getString("at");
            return new Input(json.readTree(document.getString("data")),
                    level == null ? null : ServiceLevel.valueOf(level), at == null ? null : Instant.parse(at));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Staged> staged() {
        return ViewBatches.staging(this, ids -> new Staged());
    }

    private enum Kind { PUT_IF_ABSENT, PUT, REMOVE }

    private record Write(Kind kind, Document document) {
    }

    /** A batch's writes, one per clock as they add up: written in one bulk at the batch's end. */
    private final class Staged implements ViewBatches.Staging {

        private final Map<String, Write> writes = new LinkedHashMap<>();

        void stage(String clockId, Write write) {
            writes.merge(clockId, write, (before, now) ->
                    // a put-if-absent changes nothing after a put, and after a remove it is a put
                    now.kind() != Kind.PUT_IF_ABSENT ? now
                            : before.kind() == Kind.REMOVE ? new Write(Kind.PUT, now.document()) : before);
        }

        @Override
        public void write() {
            if (writes.isEmpty()) {
                return;
            }
            List<WriteModel<Document>> models = new ArrayList<>();
            writes.forEach((clockId, write) -> models.add(switch (write.kind()) {
                case PUT -> new ReplaceOneModel<>(Filters.eq(ID, clockId), write.document(),
                        new ReplaceOptions().upsert(true));
                case PUT_IF_ABSENT -> new UpdateOneModel<>(Filters.eq(ID, clockId), setOnInsert(write.document()),
                        new UpdateOptions().upsert(true));
                case REMOVE -> new DeleteOneModel<>(Filters.eq(ID, clockId));
            }));
            inputs.bulkWrite(models, new BulkWriteOptions().ordered(false));
            writes.clear();
        }
    }
}
