package cn.cmcc.ah.gca.sla.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A condition on a field of the event: {@code equals}, {@code in}, {@code notEquals} (values compared as text, so an
 * enum constant, a string, a number or a boolean reads as written in the rules), or {@code atLeast} (a number).
 */
public record Condition(Pointer field, Kind kind, List<String> values, BigDecimal atLeast) {

    public enum Kind { EQUALS, IN, NOT_EQUALS, AT_LEAST }

    public Condition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean test(JsonNode data) {
        Optional<JsonNode> value = field.read(data);
        return switch (kind) {
            case EQUALS, IN -> value.filter(JsonNode::isValueNode).map(v -> values.contains(v.asText())).orElse(false);
            case NOT_EQUALS -> value.filter(JsonNode::isValueNode).map(v -> !values.contains(v.asText())).orElse(true);
            case AT_LEAST -> value.filter(JsonNode::isNumber).map(v -> v.decimalValue().compareTo(atLeast) >= 0)
                    .orElse(false);
        };
    }
}
