package cn.cmcc.ah.gca.sla.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** TEMPORARY stand-in until the rules branch merges. */
public record RuleSet(long version, BigDecimal warnFraction, List<SlaRule> rules) {
    public Optional<SlaRule> rule(String id) { return rules.stream().filter(r -> r.id().equals(id)).findFirst(); }
    public List<RuleMatch> match(String cloudEventType, JsonNode data) { return List.of(); }
}
