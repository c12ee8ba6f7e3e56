package cn.cmcc.ah.gca.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SerializedType;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An event of an older revision holds, in a field that is now enum-typed, a value that names no constant. Nothing
 * is substituted for it: the event stays as stored (or on the topic) and is not read until someone decides what the
 * value means, for instance with an upcaster for that value. A tracking processor that meets it stops and retries
 * rather than skip the event; an aggregate with it in its history does not load.
 */
public class UnknownConstantException extends RuntimeException {

    private final String eventType;
    private final String revision;
    private final String field;
    private final String value;

    UnknownConstantException(SerializedType event, String field, Class<? extends Enum<?>> type, JsonNode value,
                             String eventIdentifier, String aggregateIdentifier, Long sequenceNumber) {
        super(String.format("%s revision %s (event %s%s): %s %s %s (%s); the event is kept as it is and is not read "
                        + "as a newer revision until that value is given a meaning",
                simpleName(event.getName()), event.getRevision(), eventIdentifier,
                aggregateIdentifier == null ? "" : ", aggregate " + aggregateIdentifier + " #" + sequenceNumber,
                field, value == null ? "is missing, where it must name a" : value + " names no",
                type.getSimpleName(),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        this.eventType = event.getName();
        this.revision = event.getRevision();
        this.field = field;
        this.value = value == null ? null : value.isTextual() ? value.asText() : value.toString();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The event's class name. */
    public String eventType() {
        return eventType;
    }

    /** The revision the event was stored or published with. */
    public String revision() {
        return revision;
    }

    public String field() {
        return field;
    }

    /** The value as it was (text, or the JSON of a non-text value); {@code null} when the property was missing. */
    public String value() {
        return value;
    }
}
