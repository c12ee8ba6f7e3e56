package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.ServiceLevel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * What an open clock's limit was computed from: the data of its start or latest recompute event and the customer's
 * service level, so that a rule change computes the limit again from the same facts (Art. 5). Open clocks only,
 * written and read by {@code _id}; kept by the Kafka intake, so a replay writes the same documents again.
 */
@Component
class ClockInputs {

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
        Document document = new Document("_id", clockId).append("data", data.toString())
                .append("level", level == null ? null : level.name()).append("at", at.toString());
        inputs.replaceOne(Filters.eq("_id", clockId), document, new ReplaceOptions().upsert(true));
    }

    /**
     * Keeps the start's data unless the clock has some already: a re-delivered start must not put the start's data
     * back over a later recompute's. One request.
     */
    void putIfAbsent(String clockId, JsonNode data, ServiceLevel level, Instant at) {
        inputs.updateOne(Filters.eq("_id", clockId), Updates.combine(Updates.setOnInsert("data", data.toString()),
                Updates.setOnInsert("level", level == null ? null : level.name()),
                Updates.setOnInsert("at", at.toString())), new UpdateOptions().upsert(true));
    }

    Optional<Input> find(String clockId) {
        Document document = inputs.find(Filters.eq("_id", clockId)).first();
        if (document == null) {
            return Optional.empty();
        }
        try {
            String level = document.getString("level");
            String at = document.getString("at");
            return Optional.of(new Input(json.readTree(document.getString("data")),
                    level == null ? null : ServiceLevel.valueOf(level), at == null ? null : Instant.parse(at)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String clockId) {
        inputs.deleteOne(Filters.eq("_id", clockId));
    }
}
