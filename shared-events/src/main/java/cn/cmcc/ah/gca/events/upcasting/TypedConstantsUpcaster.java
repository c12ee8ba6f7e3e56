package cn.cmcc.ah.gca.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Arrays;
import java.util.List;

/**
 * One revision step of an event whose string fields became enum-typed. The JSON of a constant is its name, so a
 * value that names a constant passes unchanged. A value that does not is never guessed at, nulled or skipped: the
 * read fails with {@link UnknownConstantException}, and the stored event or the Kafka record stays exactly as it
 * was. Only a field that {@linkplain Field#optional may be absent} turns an empty or missing value into an absent
 * property, which is what the older revision meant by it.
 */
final class TypedConstantsUpcaster extends SingleEventUpcaster {

    /** A field of the event that now holds a constant of {@code type}. */
    record Field(String name, Class<? extends Enum<?>> type, boolean mayBeAbsent) {

        static Field required(String name, Class<? extends Enum<?>> type) {
            return new Field(name, type, false);
        }

        /** The empty string, {@code null} or a missing property of the older revision become an absent property. */
        static Field optional(String name, Class<? extends Enum<?>> type) {
            return new Field(name, type, true);
        }

        List<String> constants() {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final List<Field> fields;

    TypedConstantsUpcaster(Class<?> event, String fromRevision, String toRevision, Field... fields) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
        this.fields = List.of(fields);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> typed(payload, representation));
    }

    private JsonNode typed(JsonNode payload, IntermediateEventRepresentation event) {
        if (!(payload instanceof ObjectNode object)) {
            return payload; // not an event of this shape: deserialization says so
        }
        for (Field field : fields) {
            JsonNode value = object.get(field.name());
            if (field.mayBeAbsent() && isEmpty(value)) {
                object.remove(field.name());
            } else if (value == null || !value.isTextual() || !field.constants().contains(value.asText())) {
                throw new UnknownConstantException(from, field.name(), field.type(), value,
                        event.getMessageIdentifier(), event.getAggregateIdentifier().orElse(null),
                        event.getSequenceNumber().orElse(null));
            }
        }
        return object;
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty());
    }

    @Override
    public String toString() {
        return "TypedConstantsUpcaster[" + from.getName() + " " + from.getRevision() + " → " + to.getRevision() + " "
                + fields.stream().map(Field::name).toList() + "]";
    }
}
