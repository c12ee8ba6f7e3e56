package cn.cmcc.ah.gca.sla.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a value is in an event's data: a JSON pointer, or several tried in order, the first present and not null
 * winning (so a rule reads a field added in a later revision and falls back to an older one in events stored before
 * it, e.g. {@code /pointsPerOutcome/available} then {@code /pointCounts/available}).
 */
public record Pointer(List<JsonPointer> alternatives) {

    public Pointer {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("A pointer needs at least one alternative");
        }
    }

    public static Pointer of(String... pointers) {
        return new Pointer(java.util.Arrays.stream(pointers).map(JsonPointer::compile).toList());
    }

    public Optional<JsonNode> read(JsonNode data) {
        if (data == null) {
            return Optional.empty();
        }
        for (JsonPointer pointer : alternatives) {
            JsonNode value = data.at(pointer);
            if (!value.isMissingNode() && !value.isNull()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public Optional<String> text(JsonNode data) {
        return read(data).filter(JsonNode::isValueNode).map(JsonNode::asText);
    }

    @Override
    public String toString() {
        return alternatives.stream().map(JsonPointer::toString).collect(Collectors.joining(" | "));
    }
}
