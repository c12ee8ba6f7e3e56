package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.EventCatalog;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One validated version of the SLA rules. Immutable, so it is shared by every thread; {@link #match} is on the hot
 * path (every consumed event) and looks the event's type up in an index built once.
 */
public final class RuleSet {

    /** A trigger with the rule it belongs to. */
    private record Bound(SlaRule rule, Trigger trigger) {
    }

    private static final Map<String, String> CURRENT_TYPES = new ConcurrentHashMap<>();

    private final long version;
    private final BigDecimal warnFraction;
    private final List<SlaRule> rules;
    private final Map<String, SlaRule> byId;
    private final Map<String, List<Bound>> byEventType;
    private final JsonNode document;
    private final List<String> warnings;

    RuleSet(long version, BigDecimal warnFraction, List<SlaRule> rules, JsonNode document, List<String> warnings) {
        this.version = version;
        this.warnFraction = warnFraction;
        this.rules = List.copyOf(rules);
        this.document = document.deepCopy();
        this.warnings = warnings.stream().distinct().toList();
        Map<String, SlaRule> ids = new LinkedHashMap<>();
        Map<String, List<Bound>> index = new LinkedHashMap<>();
        for (SlaRule rule : this.rules) {
            ids.put(rule.id(), rule);
            for (Trigger trigger : rule.triggers()) {
                index.computeIfAbsent(trigger.eventType(), type -> new ArrayList<>()).add(new Bound(rule, trigger));
            }
        }
        index.replaceAll((type, bound) -> List.copyOf(bound));
        this.byId = Collections.unmodifiableMap(ids);
        this.byEventType = Collections.unmodifiableMap(index);
    }

    /** The same rules as another version (e.g. the shipped file once it is stored as version 1). */
    RuleSet withVersion(long newVersion) {
        return new RuleSet(newVersion, warnFraction, rules, document, warnings);
    }

    public long version() {
        return version;
    }

    /** The document's default warning threshold; each rule's own is {@link SlaRule#warnFraction()}. */
    public BigDecimal warnFraction() {
        return warnFraction;
    }

    public List<SlaRule> rules() {
        return rules;
    }

    public Optional<SlaRule> rule(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The rules document this set was compiled from (JSON), as stored with its version. */
    public JsonNode document() {
        return document.deepCopy();
    }

    /** What validation noted without refusing (e.g. a fallback pointer the current event revision does not carry). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Every rule action this event triggers, rule by rule in the document's order, and for each rule in the order
     * start, recompute, pause, resume, stop, reopen, hand-over, cancel (so an event that reopens a clock and hands it
     * over does the reopening first). {@code cloudEventType} is the record's {@code ce_type}, e.g.
     * {@code gca.presale.ConfirmationFormReceived.v1}; an older revision of a catalog event counts as its current one,
     * since its data reach the consumer upcast. {@code data} is the event as a Jackson tree
     * ({@code objectMapper.valueToTree(payload)}).
     */
    public List<RuleMatch> match(String cloudEventType, JsonNode data) {
        List<Bound> bound = byEventType.get(currentType(cloudEventType));
        if (bound == null) {
            return List.of();
        }
        List<RuleMatch> matches = new ArrayList<>(bound.size());
        for (Bound candidate : bound) {
            candidate.trigger().match(candidate.rule(), data).ifPresent(matches::add);
        }
        return matches;
    }

    /** Whether any rule acts on events of this type (a consumer may skip the others without building a tree). */
    public boolean watches(String cloudEventType) {
        return byEventType.containsKey(currentType(cloudEventType));
    }

    /** The catalog's current type for a type of any of its revisions; the type itself if the catalog has none. */
    static String currentType(String cloudEventType) {
        String known = CURRENT_TYPES.get(cloudEventType);
        if (known != null) {
            return known;
        }
        Optional<String> current = EventCatalog.byCloudEventType(cloudEventType)
                .map(EventCatalog.Entry::cloudEventType);
        current.ifPresent(type -> CURRENT_TYPES.put(cloudEventType, type));
        return current.orElse(cloudEventType);
    }

    @Override
    public String toString() {
        return "RuleSet[version " + version + ", " + byId.keySet() + "]";
    }
}
