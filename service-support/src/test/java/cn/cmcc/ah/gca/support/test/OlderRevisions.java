package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Events as an older version of a service left them: in its own event store (the JSON of that revision under that
 * revision's number, written by the store's own code) or on its Kafka topic, so that a test can show that the
 * running services still read what is in existing data directories and on replayed topics.
 */
public final class OlderRevisions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStorageEngine engine;
    private final Serializer eventSerializer;

    /** {@code eventSerializer} must be the one the engine serializes with (the {@code eventSerializer} bean). */
    public OlderRevisions(EventStorageEngine engine, Serializer eventSerializer) {
        this.engine = engine;
        this.eventSerializer = eventSerializer;
    }

    /**
     * Stores {@code event} as revision {@code revision}: its current JSON, changed by {@code toOlderForm} into what
     * that revision looked like (nothing to change when the JSON is the same), with the given metadata.
     */
    public void append(String aggregateType, String aggregateId, long sequence, Object event, String revision,
                       Consumer<ObjectNode> toOlderForm, Map<String, ?> metaData) {
        ObjectNode json = read(eventSerializer.serialize(event, String.class).getData());
        toOlderForm.accept(json);
        SerializedMessage<?> stored = new SerializedMessage<>(UUID.randomUUID().toString(),
                new SimpleSerializedObject<>(json.toString(), String.class, event.getClass().getName(), revision),
                eventSerializer.serialize(MetaData.from(metaData), String.class), eventSerializer);
        engine.appendEvents(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, stored,
                Instant.now()));
    }

    /** Stores {@code event} as revision {@code revision} with the same JSON as today. */
    public void append(String aggregateType, String aggregateId, long sequence, Object event, String revision,
                       Map<String, ?> metaData) {
        append(aggregateType, aggregateId, sequence, event, revision, json -> {
        }, metaData);
    }

    /**
     * The CloudEvent an older version of the producing service published for {@code event}: {@code ce_type} and
     * revision header of {@code revision}, the event's current JSON changed by {@code toOlderForm} into that
     * revision's, the aggregate extensions, and {@code extensions} (metadata such as {@code actingdepartment}).
     */
    public static CloudEvent publishedAs(String revision, Serializer serializer, String aggregateType,
                                         String aggregateId, long sequence, Object event,
                                         Consumer<ObjectNode> toOlderForm, Map<String, String> extensions) {
        EventCatalog.Entry entry = EventCatalog.byClassName(event.getClass().getName()).orElseThrow();
        ObjectNode json = read(serializer.serialize(event, String.class).getData());
        toOlderForm.accept(json);
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:gca:" + Topics.domainOf(entry.topic())))
                .withType("gca." + Topics.domainOf(entry.topic()) + "." + entry.name() + ".v" + revision)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.toString().getBytes(StandardCharsets.UTF_8))
                .withExtension("axonmessageaggregatetype", aggregateType)
                .withExtension("axonmessageaggregateid", aggregateId)
                .withExtension("axonmessageaggregateseq", sequence)
                .withExtension("axonmessagerevision", revision);
        extensions.forEach(builder::withExtension);
        return builder.build();
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
