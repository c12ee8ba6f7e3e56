package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SLA rule of the rules document (sla-rules.md), validated: what starts, recomputes, pauses, resumes, stops,
 * reopens and cancels its clocks, its limit (with per-service-level tiers), its warning threshold, who holds its clocks
 * and to whom a breach escalates.
 *
 * @param id              e.g. {@code presale.confirmation}; clocks are {@code <id>:<subjectId>}
 * @param article         where it comes from, e.g. {@code Art. 11–14}
 * @param name            its Chinese name, e.g. {@code 资源确认答复}
 * @param triggers        every trigger, all actions
 * @param limitRule       the limit for customers without a tier of their own
 * @param tiers           the limit per customer service level, where it differs (AAA 4 h …)
 * @param holder          who holds the clocks
 * @param escalateTo      the department a breach is escalated to
 * @param customerGroupId where the start event carries the group customer, or null for a rule without one
 * @param serviceLevel    where the start event carries the customer's service level, or null
 * @param warnFraction    the share of the limit at which a running clock warns (the document's default if not set)
 */
public record SlaRule(String id, String article, String name, List<Trigger> triggers, LimitRule limitRule,
                      Map<ServiceLevel, LimitRule> tiers, Holder holder, Department escalateTo,
                      Pointer customerGroupId, Pointer serviceLevel, BigDecimal warnFraction) {

    public SlaRule {
        triggers = List.copyOf(triggers);
        tiers = Map.copyOf(tiers);
    }

    /**
     * The limit of a clock, from the start (or recompute) event's data and the customer's service level (nullable).
     *
     * @throws IllegalArgumentException when the limit is read from the data (a date) and the data do not carry it
     */
    public Limit limit(JsonNode data, ServiceLevel level) {
        LimitRule rule = level != null ? tiers.getOrDefault(level, limitRule) : limitRule;
        return rule.evaluate(data).orElseThrow(() -> new IllegalArgumentException(
                "SLA rule " + id + ": the event carries no value for its limit (" + rule + ")"));
    }

    /** The department holding the clock: fixed, or read from the start event's data. */
    public Department heldBy(JsonNode startData) {
        return holder.of(startData);
    }

    public Optional<String> customerGroupId(JsonNode startData) {
        return customerGroupId == null ? Optional.empty() : customerGroupId.text(startData);
    }

    public Optional<ServiceLevel> serviceLevel(JsonNode startData) {
        if (serviceLevel == null) {
            return Optional.empty();
        }
        return serviceLevel.text(startData).flatMap(text -> {
            try {
                return Optional.of(ServiceLevel.valueOf(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public List<Trigger> triggers(ClockAction action) {
        return triggers.stream().filter(trigger -> trigger.action() == action).toList();
    }

    /** Whether an event can run this rule's stopped clocks again. */
    public boolean reopenable() {
        return triggers.stream().anyMatch(trigger -> trigger.action() == ClockAction.REOPEN);
    }

    /** Whether an event can pause this rule's clocks. */
    public boolean pausable() {
        return triggers.stream().anyMatch(trigger -> trigger.action() == ClockAction.PAUSE);
    }
}
