package cn.cmcc.ah.gca.support.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Sorts;

/** The stored documents, field by field and type by type: existing stores must stay readable. */
class MongoKeyedStorageFormatTest extends MongoKeyedTestSupport {

    private static final Instant AT = Instant.parse("2026-11-03T08:15:30.123456789Z");
    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final String NOTE_ADDED = "\"payloadType\": \"" + NoteAdded.class.getName() + "\", ";

    @Test
    void eventsTombstonesCounterAndSnapshotsKeepTheirStoredLayout() {
        MongoKeyedEventStorageEngine engine = newEngine();
        engine.appendEvents(fixed("f", 0), fixed("f", 1));
        engine.appendEvents(new GenericEventMessage<>("plain-1", new NoteAdded("none", "system"),
                                                      MetaData.emptyInstance(), AT));
        assertThatThrownBy(() -> engine.appendEvents(fixed("f", 1))).isInstanceOf(ConcurrencyException.class);
        engine.storeSnapshot(new GenericDomainEventMessage<>("Ticket", "f", 1, new NoteAdded("f", "snapshot"),
                                                             MetaData.emptyInstance(), "snap-f", AT));

        assertThat(json("events_stream")).containsExactly(
                "{\"_id\": {\"$numberLong\": \"1\"}, \"aggKey\": \"f:0\", \"aggregateIdentifier\": \"f\", "
                        + "\"sequenceNumber\": {\"$numberLong\": \"0\"}, \"type\": \"Ticket\", \"domain\": true, "
                        + "\"eventIdentifier\": \"event-f-0\", \"timestamp\": \"2026-11-03T08:15:30.123456789Z\", "
                        + NOTE_ADDED
                        + "\"payloadRevision\": null, "
                        + "\"payload\": \"{\\\"ticketId\\\":\\\"f\\\",\\\"text\\\":\\\"note 0\\\"}\", "
                        + "\"metaData\": \"{\\\"traceId\\\":\\\"t-0\\\"}\", \"commit\": {\"$numberLong\": \"2\"}}",
                "{\"_id\": {\"$numberLong\": \"2\"}, \"aggKey\": \"f:1\", \"aggregateIdentifier\": \"f\", "
                        + "\"sequenceNumber\": {\"$numberLong\": \"1\"}, \"type\": \"Ticket\", \"domain\": true, "
                        + "\"eventIdentifier\": \"event-f-1\", \"timestamp\": \"2026-11-03T08:15:30.123456789Z\", "
                        + NOTE_ADDED
                        + "\"payloadRevision\": null, "
                        + "\"payload\": \"{\\\"ticketId\\\":\\\"f\\\",\\\"text\\\":\\\"note 1\\\"}\", "
                        + "\"metaData\": \"{\\\"traceId\\\":\\\"t-1\\\"}\", \"commit\": {\"$numberLong\": \"2\"}}",
                "{\"_id\": {\"$numberLong\": \"3\"}, \"aggKey\": \"~event:plain-1\", "
                        + "\"aggregateIdentifier\": \"plain-1\", "
                        + "\"sequenceNumber\": {\"$numberLong\": \"0\"}, \"type\": null, \"domain\": false, "
                        + "\"eventIdentifier\": \"plain-1\", \"timestamp\": \"2026-11-03T08:15:30.123456789Z\", "
                        + NOTE_ADDED
                        + "\"payloadRevision\": null, "
                        + "\"payload\": \"{\\\"ticketId\\\":\\\"none\\\",\\\"text\\\":\\\"system\\\"}\", "
                        + "\"metaData\": \"{}\", \"commit\": {\"$numberLong\": \"3\"}}",
                "{\"_id\": {\"$numberLong\": \"4\"}, \"tombstone\": true, \"aggKey\": \"~gap:4\"}");
        assertThat(json("events_counters"))
                .containsExactly("{\"_id\": \"position\", \"value\": {\"$numberLong\": \"4\"}}");
        assertThat(json("events_snapshots")).containsExactly(
                "{\"_id\": \"f\", \"aggregateIdentifier\": \"f\", \"sequenceNumber\": {\"$numberLong\": \"1\"}, "
                        + "\"type\": \"Ticket\", \"eventIdentifier\": \"snap-f\", "
                        + "\"timestamp\": \"2026-11-03T08:15:30.123456789Z\", "
                        + NOTE_ADDED
                        + "\"payloadRevision\": null, "
                        + "\"payload\": \"{\\\"ticketId\\\":\\\"f\\\",\\\"text\\\":\\\"snapshot\\\"}\", "
                        + "\"metaData\": \"{}\"}");
        assertThat(database.getCollection("events_stream").listIndexes().map(i -> i.getString("name")))
                .contains("aggKey_unique");
    }

    private List<String> json(String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id"))
                       .map(document -> document.toJson(EXACT)).into(new ArrayList<>());
    }

    private static DomainEventMessage<?> fixed(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Ticket", aggregateId, sequence,
                                               new NoteAdded(aggregateId, "note " + sequence),
                                               MetaData.with("traceId", "t-" + sequence),
                                               "event-" + aggregateId + "-" + sequence, AT);
    }
}
