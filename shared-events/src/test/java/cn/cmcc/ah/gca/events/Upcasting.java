package cn.cmcc.ah.gca.events;

import cn.cmcc.ah.gca.events.upcasting.ContractUpcasters;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the JSON of an event of some revision as the event store and the Kafka converter read it: through the
 * contract's upcaster chain ({@link ContractUpcasters#chain()}), then Jackson with the services' settings.
 */
final class Upcasting {

    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(Contract.JSON.copy()).build();

    private Upcasting() {
    }

    /** What the upcasters made of it: the revision reached and the payload in that revision's form. */
    record Upcast(String revision, JsonNode payload) {

        <T> T read(Class<T> eventClass) {
            try {
                return Contract.JSON.treeToValue(payload, eventClass);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code payload}, stored as {@code revision} of {@code entry}'s event, run through the contract's upcasters. */
    static Upcast upcast(EventCatalog.Entry entry, String revision, JsonNode payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Fixture", "fixture-aggregate", 0, "fixture-event", Instant.EPOCH,
                entry.eventClass().getName(), revision,
                SERIALIZER.serialize(payload, byte[].class).getData(),
                SERIALIZER.serialize(MetaData.emptyInstance(), byte[].class).getData());
        List<IntermediateEventRepresentation> upcast = ContractUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .toList();
        if (upcast.size() != 1) {
            throw new AssertionError("the upcasters made " + upcast.size() + " events of one " + entry.name());
        }
        IntermediateEventRepresentation result = upcast.get(0);
        return new Upcast(result.getType().getRevision(), result.getData(JsonNode.class).getData());
    }

    /** The fixture of {@code revision} of {@code entry}'s event, run through the contract's upcasters. */
    static Upcast upcastFixture(EventCatalog.Entry entry, int revision) {
        Path fixture = Contract.fixtureOf(entry, revision);
        try {
            return upcast(entry, String.valueOf(revision), Contract.JSON.readTree(fixture.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
