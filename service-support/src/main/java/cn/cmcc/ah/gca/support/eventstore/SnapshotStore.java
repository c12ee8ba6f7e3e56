package cn.cmcc.ah.gca.support.eventstore;

import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.AGGREGATE_IDENTIFIER;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.EVENT_IDENTIFIER;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.ID;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.META_DATA;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.PAYLOAD;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.PAYLOAD_REVISION;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.PAYLOAD_TYPE;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.SEQUENCE_NUMBER;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.TIMESTAMP;
import static cn.cmcc.ah.gca.support.eventstore.DocumentLayout.TYPE;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;

/** The latest snapshot of each aggregate, one document per aggregate ({@code _id} = aggregate id). */
final class SnapshotStore {

    private final MongoCollection<Document> snapshots;
    /** The engine's {@code handlePersistenceException}. */
    private final BiConsumer<Exception, EventMessage<?>> persistenceExceptionHandler;

    SnapshotStore(MongoCollection<Document> snapshots,
                  BiConsumer<Exception, EventMessage<?>> persistenceExceptionHandler) {
        this.snapshots = snapshots;
        this.persistenceExceptionHandler = persistenceExceptionHandler;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        String aggregateIdentifier = snapshot.getAggregateIdentifier();
        try {
            Document existing = snapshots.find(eq(ID, aggregateIdentifier))
                                         .projection(new Document(SEQUENCE_NUMBER, 1)).first();
            if (existing != null
                    && ((Number) existing.get(SEQUENCE_NUMBER)).longValue() >= snapshot.getSequenceNumber()) {
                return; // keep the newer one
            }
            SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
            Document document = new Document(ID, aggregateIdentifier)
                    .append(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                    .append(SEQUENCE_NUMBER, snapshot.getSequenceNumber())
                    .append(TYPE, snapshot.getType())
                    .append(EVENT_IDENTIFIER, snapshot.getIdentifier())
                    .append(TIMESTAMP, snapshot.getTimestamp().toString())
                    .append(PAYLOAD_TYPE, payload.getType().getName())
                    .append(PAYLOAD_REVISION, payload.getType().getRevision())
                    .append(PAYLOAD, payload.getData())
                    .append(META_DATA, metaData.getData());
            // delete + insert rather than an in-place replace: the embedded server could otherwise hand a
            // concurrent reader a document that is half old snapshot, half new; a reader in between finds no
            // snapshot and replays the events, which is merely slower
            if (existing != null) {
                snapshots.deleteOne(eq(ID, aggregateIdentifier));
            }
            snapshots.insertOne(document);
        } catch (MongoException e) {
            if (MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                return; // another snapshotter stored one at the same moment
            }
            persistenceExceptionHandler.accept(e, snapshot);
        }
    }

    Stream<? extends DomainEventData<?>> read(String aggregateIdentifier) {
        Document d = snapshots.find(eq(ID, aggregateIdentifier)).first();
        if (d == null) {
            return Stream.empty();
        }
        return Stream.of(new StoredEventData.Domain(d.getString(TYPE), d.getString(AGGREGATE_IDENTIFIER),
                                                    ((Number) d.get(SEQUENCE_NUMBER)).longValue(),
                                                    d.getString(EVENT_IDENTIFIER),
                                                    Instant.parse(d.getString(TIMESTAMP)),
                                                    d.getString(PAYLOAD_TYPE), d.getString(PAYLOAD_REVISION),
                                                    d.getString(PAYLOAD), d.getString(META_DATA)));
    }
}
