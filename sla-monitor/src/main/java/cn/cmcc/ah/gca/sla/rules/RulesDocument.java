package cn.cmcc.ah.gca.sla.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The rules document as written (sla-rules.yml, or the body of {@code PUT /api/sla/rules}), before validation. Every
 * field may be missing here; {@link RuleCompiler} says which must not be. The format is described in
 * {@code docs/sla-rules.md}. A pointer field takes one JSON pointer or a list of them, tried in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RulesDocument(BigDecimal warnFraction, List<Rule> rules) {

    public record Rule(String id, String article, String name, String description, Customer customer,
                       List<TriggerSpec> start, List<TriggerSpec> recompute, List<TriggerSpec> pause,
                       List<TriggerSpec> resume, List<TriggerSpec> stop, List<TriggerSpec> reopen,
                       List<TriggerSpec> handOver, List<TriggerSpec> cancel, LimitSpec limit,
                       BigDecimal warnFraction, HolderSpec heldBy, String escalateTo) {
    }

    /** Where the start event carries the group customer and its service level. */
    public record Customer(List<String> groupId, List<String> serviceLevel) {
    }

    /** {@code department}: where a hand-over trigger's event names the department the subject passed to. */
    public record TriggerSpec(String event, List<String> subjectId, List<String> at, List<String> department,
                              List<ConditionSpec> when) {
    }

    /** Exactly one of {@code equals}, {@code in}, {@code notEquals}, {@code atLeast}. */
    public record ConditionSpec(List<String> field, @JsonProperty("equals") JsonNode equalTo, List<JsonNode> in,
                                JsonNode notEquals, BigDecimal atLeast) {
    }

    /**
     * Exactly one of {@code workingDays}, {@code clockTime}, {@code untilDate}, {@code table}; {@code tiers} optional.
     */
    public record LimitSpec(BigDecimal workingDays, String clockTime, List<String> untilDate, TableSpec table,
                            Map<String, LimitSpec> tiers) {
    }

    public record TableSpec(@JsonProperty("default") LimitSpec otherwise, List<EntrySpec> entries) {
    }

    /** {@code field} ≥ {@code atLeast} → {@code workingDays} or {@code clockTime}. */
    public record EntrySpec(List<String> field, BigDecimal atLeast, BigDecimal workingDays, String clockTime,
                            String article) {
    }

    /** Either {@code department}, or {@code field} with a {@code fallback}. */
    public record HolderSpec(String department, List<String> field, String fallback) {
    }
}
