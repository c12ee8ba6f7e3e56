package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.sla.rules.InvalidRulesException.Problem;
import cn.cmcc.ah.gca.sla.rules.RulesDocument.ConditionSpec;
import cn.cmcc.ah.gca.sla.rules.RulesDocument.EntrySpec;
import cn.cmcc.ah.gca.sla.rules.RulesDocument.HolderSpec;
import cn.cmcc.ah.gca.sla.rules.RulesDocument.LimitSpec;
import cn.cmcc.ah.gca.sla.rules.RulesDocument.TriggerSpec;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and validates a rules document against the event catalog, and compiles it into a {@link RuleSet}; refuses it
 * with every problem found ({@link InvalidRulesException}). What it checks (docs/sla-rules.md): unique well-formed
 * ids; an article, a name, a limit, a holder and an escalation department on every rule; at least one start and one
 * stop, so no clock starts that nothing can stop; every trigger naming an event some service publishes (a type of
 * {@link EventCatalog}); a hand-over trigger saying where its event names the department, and no other trigger
 * naming one; every pointer well-formed and present in the event record it is read from, of the type it is
 * read as; conditions with one operator, and on an enum field only its constants; limits positive, tiers real
 * service levels, warning thresholds strictly between 0 and 1.
 */
public final class RuleCompiler {

    /**
     * A whole document may not be larger than this (the shipped one is ~13 KB with its comments; the audit event
     * carries it whole).
     */
    public static final int MAX_DOCUMENT_CHARS = 256 * 1024;
    public static final BigDecimal DEFAULT_WARN_FRACTION = new BigDecimal("0.8");

    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    /** Whether {@code text} can be a rule id (as the compiler accepts them): for query parameters naming a rule. */
    public static boolean isRuleId(String text) {
        return text.length() <= MAX_RULE_ID && RULE_ID.matcher(text).matches();
    }
    private static final int MAX_RULE_ID = 64;
    private static final String LEVELS = Arrays.stream(ServiceLevel.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final String DEPARTMENTS = Arrays.stream(Department.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RuleCompiler() {
    }

    /** The document's text as a tree: YAML (a superset of JSON) or strict JSON. */
    public static JsonNode parse(String text, boolean yaml) {
        if (text == null || text.isBlank()) {
            throw new InvalidRulesException(List.of(new Problem(RuleRejection.NO_RULES, new Object[0])));
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new InvalidRulesException(List.of(new Problem(RuleRejection.DOCUMENT_TOO_LARGE,
                    new Object[]{text.length() / 1024, MAX_DOCUMENT_CHARS / 1024})));
        }
        try {
            JsonNode tree = (yaml ? YAML : JSON).readTree(text);
            if (tree == null || !tree.isObject()) {
                throw unreadable("the document is not a mapping with 'rules'");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw unreadable(e.getOriginalMessage() + location(e));
        }
    }

    /** The tree as compact JSON text, as it is stored with its version. */
    public static String json(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parsed document, validated and compiled as {@code version}. */
    public static RuleSet compile(JsonNode tree, long version) {
        RulesDocument document;
        try {
            document = BINDER.treeToValue(tree, RulesDocument.class);
        } catch (JsonProcessingException e) {
            throw unreadable(e.getOriginalMessage() + " at " + pathOf(e));
        } catch (IllegalArgumentException e) {
            throw unreadable(e.getMessage());
        }
        return new Session().compile(document, tree, version);
    }

    private static InvalidRulesException unreadable(String detail) {
        return new InvalidRulesException(List.of(new Problem(RuleRejection.DOCUMENT_UNREADABLE,
                new Object[]{detail})));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "-";
    }

    /** One validation run: the problems and warnings found so far. */
    private static final class Session {

        private final List<Problem> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private void refuse(RuleRejection rejection, Object... args) {
            problems.add(new Problem(rejection, args));
        }

        RuleSet compile(RulesDocument document, JsonNode tree, long version) {
            BigDecimal warnFraction = document.warnFraction() == null ? DEFAULT_WARN_FRACTION
                    : fraction("document", document.warnFraction());
            if (document.rules() == null || document.rules().isEmpty()) {
                refuse(RuleRejection.NO_RULES);
            }
            List<SlaRule> rules = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            List<RulesDocument.Rule> specs = document.rules() == null ? List.of() : document.rules();
            for (int i = 0; i < specs.size(); i++) {
                RulesDocument.Rule spec = specs.get(i);
                if (spec == null) {
                    refuse(RuleRejection.RULE_ID_MISSING, i + 1);
                    continue;
                }
                String id = spec.id();
                if (id == null || id.isBlank()) {
                    refuse(RuleRejection.RULE_ID_MISSING, i + 1);
                    id = "#" + (i + 1);
                } else if (id.length() > MAX_RULE_ID || !RULE_ID.matcher(id).matches()) {
                    refuse(RuleRejection.RULE_ID_MALFORMED, id);
                } else if (!ids.add(id)) {
                    refuse(RuleRejection.RULE_ID_DUPLICATE, id);
                }
                rule(id, spec, warnFraction).ifPresent(rules::add);
            }
            if (!problems.isEmpty()) {
                throw new InvalidRulesException(problems);
            }
            return new RuleSet(version, warnFraction, rules, tree, warnings);
        }

        private BigDecimal fraction(String where, BigDecimal value) {
            if (value.compareTo(BigDecimal.ZERO) <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
                refuse(RuleRejection.WARN_FRACTION_OUT_OF_RANGE, where, value.toPlainString());
            }
            return value;
        }

        private Optional<SlaRule> rule(String id, RulesDocument.Rule spec, BigDecimal documentWarnFraction) {
            int before = problems.size();
            required(id, "article", spec.article());
            required(id, "name", spec.name());
            BigDecimal warnFraction = spec.warnFraction() == null ? documentWarnFraction
                    : fraction(id, spec.warnFraction());

            List<Trigger> triggers = new ArrayList<>();
            Map<ClockAction, List<TriggerSpec>> byAction = new LinkedHashMap<>();
            byAction.put(ClockAction.START, spec.start());
            byAction.put(ClockAction.RECOMPUTE, spec.recompute());
            byAction.put(ClockAction.PAUSE, spec.pause());
            byAction.put(ClockAction.RESUME, spec.resume());
            byAction.put(ClockAction.STOP, spec.stop());
            byAction.put(ClockAction.REOPEN, spec.reopen());
            // after reopen: an event that reopens a clock and hands it over does both in this order
            byAction.put(ClockAction.HAND_OVER, spec.handOver());
            byAction.put(ClockAction.CANCEL, spec.cancel());
            Map<ClockAction, List<Class<?>>> events = new EnumMap<>(ClockAction.class);
            byAction.forEach((action, list) -> {
                events.put(action, new ArrayList<>());
                for (TriggerSpec trigger : list == null ? List.<TriggerSpec>of() : list) {
                    trigger(id, action, trigger).ifPresent(compiled -> {
                        triggers.add(compiled);
                        EventCatalog.byCloudEventType(compiled.eventType())
                                .ifPresent(entry -> events.get(action).add(entry.eventClass()));
                    });
                }
            });
            if (spec.start() == null || spec.start().isEmpty()) {
                refuse(RuleRejection.RULE_WITHOUT_START, id);
            }
            if (spec.stop() == null || spec.stop().isEmpty()) {
                refuse(RuleRejection.RULE_WITHOUT_STOP, id);
            }
            if (spec.pause() != null && !spec.pause().isEmpty() && (spec.resume() == null || spec.resume().isEmpty())) {
                refuse(RuleRejection.RULE_FIELD_MISSING, id, "resume");
            }
            List<Class<?>> startEvents = events.get(ClockAction.START);
            List<Class<?>> limitEvents = Stream.concat(startEvents.stream(),
                    events.get(ClockAction.RECOMPUTE).stream()).toList();

            LimitRule limit = null;
            Map<ServiceLevel, LimitRule> tiers = new EnumMap<>(ServiceLevel.class);
            if (spec.limit() == null) {
                refuse(RuleRejection.RULE_FIELD_MISSING, id, "limit");
            } else {
                limit = limit(id, "limit", spec.limit(), limitEvents);
                if (spec.limit().tiers() != null) {
                    spec.limit().tiers().forEach((tier, tierSpec) -> {
                        Optional<ServiceLevel> level = serviceLevel(tier);
                        if (level.isEmpty()) {
                            refuse(RuleRejection.TIER_UNKNOWN, id, tier, LEVELS);
                        } else if (tierSpec == null) {
                            refuse(RuleRejection.LIMIT_INVALID, id, "limit.tiers." + tier);
                        } else if (tierSpec.tiers() != null) {
                            refuse(RuleRejection.LIMIT_INVALID, id, "limit.tiers." + tier + ".tiers");
                        } else {
                            LimitRule tierLimit = limit(id, "limit.tiers." + tier, tierSpec, limitEvents);
                            if (tierLimit != null) {
                                tiers.put(level.get(), tierLimit);
                            }
                        }
                    });
                }
            }

            Holder holder = holder(id, spec.heldBy(), startEvents);
            Department escalateTo = null;
            if (spec.escalateTo() == null) {
                refuse(RuleRejection.RULE_FIELD_MISSING, id, "escalateTo");
            } else {
                escalateTo = department(id, spec.escalateTo());
            }
            Pointer customer = null;
            Pointer level = null;
            if (spec.customer() != null) {
                customer = pointer(id, spec.customer().groupId(), startEvents, EventShapes::isValue, "text");
                level = pointer(id, spec.customer().serviceLevel(), startEvents,
                        type -> type == ServiceLevel.class || type == String.class, "ServiceLevel");
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new SlaRule(id, spec.article(), spec.name(), triggers, limit, tiers, holder,
                    escalateTo, customer, level, warnFraction));
        }

        private void required(String id, String field, String value) {
            if (value == null || value.isBlank()) {
                refuse(RuleRejection.RULE_FIELD_MISSING, id, field);
            }
        }

        private Optional<Trigger> trigger(String id, ClockAction action, TriggerSpec spec) {
            String name = action.documentName();
            if (spec == null || spec.event() == null || spec.event().isBlank()) {
                refuse(RuleRejection.TRIGGER_INCOMPLETE, id, name, "-", "event");
                return Optional.empty();
            }
            Optional<EventCatalog.Entry> entry = EventCatalog.byCloudEventType(spec.event());
            if (entry.isEmpty()) {
                refuse(RuleRejection.EVENT_TYPE_UNKNOWN, id, name, spec.event());
                return Optional.empty();
            }
            if (!entry.get().cloudEventType().equals(spec.event())) {
                warnings.add("rule " + id + ": " + spec.event() + " is an older revision; read as "
                        + entry.get().cloudEventType() + ", whose fields the pointers are checked against");
            }
            List<Class<?>> event = List.of(entry.get().eventClass());
            int before = problems.size();
            if (spec.subjectId() == null || spec.subjectId().isEmpty()) {
                refuse(RuleRejection.TRIGGER_INCOMPLETE, id, name, spec.event(), "subjectId");
            }
            if (spec.at() == null || spec.at().isEmpty()) {
                refuse(RuleRejection.TRIGGER_INCOMPLETE, id, name, spec.event(), "at");
            }
            Pointer subject = pointer(id, spec.subjectId(), event, EventShapes::isValue, "text");
            Pointer at = pointer(id, spec.at(), event, type -> type == Instant.class, "Instant");
            Pointer department = null;
            if (action == ClockAction.HAND_OVER) {
                if (spec.department() == null || spec.department().isEmpty()) {
                    refuse(RuleRejection.TRIGGER_INCOMPLETE, id, name, spec.event(), "department");
                }
                department = pointer(id, spec.department(), event,
                        type -> type == Department.class || type == String.class, "Department");
            } else if (spec.department() != null) {
                refuse(RuleRejection.TRIGGER_FIELD_UNEXPECTED, id, name, spec.event(), "department");
            }
            List<Condition> conditions = new ArrayList<>();
            for (ConditionSpec condition : spec.when() == null ? List.<ConditionSpec>of() : spec.when()) {
                condition(id, condition, entry.get().eventClass()).ifPresent(conditions::add);
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Trigger(action, entry.get().cloudEventType(), subject, at, department, conditions));
        }

        private Optional<Condition> condition(String id, ConditionSpec spec, Class<?> event) {
            if (spec == null || spec.field() == null || spec.field().isEmpty()) {
                refuse(RuleRejection.CONDITION_INVALID, id, "-");
                return Optional.empty();
            }
            String fieldText = String.join(" | ", spec.field());
            long operators = Stream.of(spec.equalTo(), spec.in(), spec.notEquals(), spec.atLeast())
                    .filter(java.util.Objects::nonNull).count();
            if (operators != 1 || (spec.in() != null && spec.in().isEmpty())) {
                refuse(RuleRejection.CONDITION_INVALID, id, fieldText);
                return Optional.empty();
            }
            if (spec.atLeast() != null) {
                Pointer field = pointer(id, spec.field(), List.of(event), EventShapes::isNumber, "number");
                return Optional.ofNullable(field)
                        .map(f -> new Condition(f, Condition.Kind.AT_LEAST, List.of(), spec.atLeast()));
            }
            Pointer field = pointer(id, spec.field(), List.of(event), EventShapes::isValue, "value");
            Condition.Kind kind = spec.equalTo() != null ? Condition.Kind.EQUALS
                    : spec.in() != null ? Condition.Kind.IN : Condition.Kind.NOT_EQUALS;
            List<JsonNode> nodes = spec.in() != null ? spec.in()
                    : List.of(spec.equalTo() != null ? spec.equalTo() : spec.notEquals());
            List<String> values = new ArrayList<>();
            for (JsonNode node : nodes) {
                if (node == null || !node.isValueNode() || node.isNull()) {
                    refuse(RuleRejection.CONDITION_INVALID, id, fieldText);
                    return Optional.empty();
                }
                values.add(node.asText());
            }
            if (field == null) {
                return Optional.empty();
            }
            for (JsonPointer alternative : field.alternatives()) {
                Optional<Class<?>> type = EventShapes.typeAt(event, alternative);
                if (type.isPresent() && type.get().isEnum()) {
                    Set<String> constants = Arrays.stream(type.get().getEnumConstants())
                            .map(c -> ((Enum<?>) c).name()).collect(Collectors.toCollection(java.util.TreeSet::new));
                    for (String value : values) {
                        if (!constants.contains(value)) {
                            refuse(RuleRejection.CONDITION_VALUE_UNKNOWN, id, alternative.toString(), value,
                                    String.join(", ", constants));
                            return Optional.empty();
                        }
                    }
                }
            }
            return Optional.of(new Condition(field, kind, values, null));
        }

        private LimitRule limit(String id, String path, LimitSpec spec, List<Class<?>> dataEvents) {
            long kinds = Stream.of(spec.workingDays(), spec.clockTime(), spec.untilDate(), spec.table())
                    .filter(java.util.Objects::nonNull).count();
            if (kinds != 1) {
                refuse(RuleRejection.LIMIT_INVALID, id, path);
                return null;
            }
            if (spec.untilDate() != null) {
                // The contract carries dates as ISO text (plannedInServiceDate) or LocalDate; read as yyyy-MM-dd.
                Pointer date = pointer(id, spec.untilDate(), dataEvents,
                        type -> type == LocalDate.class || type == String.class, "date");
                return date == null ? null : new LimitRule.DateField(date);
            }
            if (spec.table() != null) {
                return table(id, path + ".table", spec.table(), dataEvents);
            }
            Limit fixed = fixed(id, spec.workingDays(), spec.clockTime());
            return fixed == null ? null : new LimitRule.Fixed(fixed);
        }

        private Limit fixed(String id, BigDecimal workingDays, String clockTime) {
            if (workingDays != null) {
                if (workingDays.signum() <= 0) {
                    refuse(RuleRejection.LIMIT_NOT_POSITIVE, id, workingDays.toPlainString());
                    return null;
                }
                return new Limit.WorkingDays(workingDays);
            }
            try {
                Duration duration = Duration.parse(clockTime);
                if (duration.isNegative() || duration.isZero()) {
                    refuse(RuleRejection.LIMIT_NOT_POSITIVE, id, clockTime);
                    return null;
                }
                return new Limit.ClockTime(duration);
            } catch (DateTimeParseException e) {
                refuse(RuleRejection.DURATION_MALFORMED, id, clockTime);
                return null;
            }
        }

        private LimitRule table(String id, String path, RulesDocument.TableSpec spec, List<Class<?>> dataEvents) {
            int before = problems.size();
            Limit otherwise = null;
            LimitSpec fallback = spec.otherwise();
            if (fallback == null || fallback.tiers() != null || fallback.table() != null || fallback.untilDate() != null
                    || (fallback.workingDays() == null) == (fallback.clockTime() == null)) {
                refuse(RuleRejection.LIMIT_INVALID, id, path + ".default");
            } else {
                otherwise = fixed(id, fallback.workingDays(), fallback.clockTime());
            }
            if (spec.entries() == null || spec.entries().isEmpty()) {
                refuse(RuleRejection.LIMIT_INVALID, id, path + ".entries");
                return null;
            }
            List<LimitRule.Table.Entry> entries = new ArrayList<>();
            for (int i = 0; i < spec.entries().size(); i++) {
                EntrySpec entry = spec.entries().get(i);
                String entryPath = path + ".entries[" + i + "]";
                if (entry == null || entry.field() == null || entry.atLeast() == null || entry.atLeast().signum() <= 0
                        || (entry.workingDays() == null) == (entry.clockTime() == null)) {
                    refuse(RuleRejection.LIMIT_INVALID, id, entryPath);
                    continue;
                }
                Pointer field = pointer(id, entry.field(), dataEvents, EventShapes::isNumber, "number");
                Limit limit = fixed(id, entry.workingDays(), entry.clockTime());
                if (field != null && limit != null) {
                    entries.add(new LimitRule.Table.Entry(field, entry.atLeast(), limit,
                            entry.article() == null ? "" : entry.article()));
                }
            }
            if (problems.size() > before) {
                return null;
            }
            Class<?> kind = otherwise.getClass();
            if (entries.stream().anyMatch(entry -> entry.limit().getClass() != kind)) {
                refuse(RuleRejection.LIMIT_INVALID, id, path + " (workingDays and clockTime mixed)");
                return null;
            }
            return new LimitRule.Table(entries, otherwise);
        }

        private Holder holder(String id, HolderSpec spec, List<Class<?>> startEvents) {
            if (spec == null) {
                refuse(RuleRejection.RULE_FIELD_MISSING, id, "heldBy");
                return null;
            }
            if (spec.department() != null) {
                if (spec.field() != null || spec.fallback() != null) {
                    refuse(RuleRejection.RULE_FIELD_MISSING, id, "heldBy: department, or field with fallback");
                    return null;
                }
                Department department = department(id, spec.department());
                return department == null ? null : Holder.fixed(department);
            }
            if (spec.field() == null || spec.fallback() == null) {
                refuse(RuleRejection.RULE_FIELD_MISSING, id, "heldBy: department, or field with fallback");
                return null;
            }
            Pointer field = pointer(id, spec.field(), startEvents,
                    type -> type == Department.class || type == String.class, "Department");
            Department fallback = department(id, spec.fallback());
            return field == null || fallback == null ? null : new Holder(null, field, fallback);
        }

        private Department department(String id, String code) {
            try {
                return Department.valueOf(code);
            } catch (IllegalArgumentException e) {
                refuse(RuleRejection.DEPARTMENT_UNKNOWN, id, code, DEPARTMENTS);
                return null;
            }
        }

        private static Optional<ServiceLevel> serviceLevel(String name) {
            try {
                return Optional.of(ServiceLevel.valueOf(name));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /**
         * A pointer (list), each alternative well-formed; at least one present in one of {@code events} (when any is
         * known), and of the type {@code typeOk} wants wherever present. An alternative present in none is kept (it is
         * read when an event carries it: a field of another revision) and noted as a warning.
         */
        private Pointer pointer(String id, List<String> texts, List<Class<?>> events, Predicate<Class<?>> typeOk,
                                String needed) {
            if (texts == null || texts.isEmpty()) {
                return null;
            }
            List<JsonPointer> alternatives = new ArrayList<>();
            for (String text : texts) {
                if (text == null || !text.startsWith("/") || text.length() < 2) {
                    refuse(RuleRejection.POINTER_MALFORMED, id, String.valueOf(text));
                    return null;
                }
                try {
                    alternatives.add(JsonPointer.compile(text));
                } catch (IllegalArgumentException e) {
                    refuse(RuleRejection.POINTER_MALFORMED, id, text);
                    return null;
                }
            }
            Pointer pointer = new Pointer(alternatives);
            if (events.isEmpty()) {
                return pointer;
            }
            boolean found = false;
            int before = problems.size();
            for (JsonPointer alternative : alternatives) {
                boolean here = false;
                for (Class<?> event : events) {
                    Optional<Class<?>> type = EventShapes.typeAt(event, alternative);
                    if (type.isPresent()) {
                        here = true;
                        if (!typeOk.test(type.get())) {
                            refuse(RuleRejection.POINTER_WRONG_TYPE, id, alternative.toString(),
                                    event.getSimpleName(), type.get().getSimpleName(), needed);
                        }
                    }
                }
                found |= here;
                if (!here && alternatives.size() > 1) {
                    warnings.add("rule " + id + ": " + alternative + " is in none of " + names(events)
                            + " (read only from events that carry it)");
                }
            }
            if (!found) {
                refuse(RuleRejection.POINTER_NOT_ON_EVENT, id, pointer.toString(), names(events));
                return null;
            }
            return problems.size() > before ? null : pointer;
        }

        private static String names(List<Class<?>> events) {
            return events.stream().map(Class::getSimpleName).distinct().collect(Collectors.joining(", "));
        }
    }
}
