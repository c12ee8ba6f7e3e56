package cn.cmcc.ah.gca.sla.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * An event that acts on a rule's clocks: its CloudEvents type (the catalog's current revision), where the subject id
 * and the instant it happened are in its data, and the conditions its data must meet.
 *
 * @param department for a hand-over, where the event names the department the subject passed to; null otherwise
 */
public record Trigger(ClockAction action, String eventType, Pointer subjectId, Pointer at, Pointer department,
                      List<Condition> when) {

    public Trigger {
        when = List.copyOf(when);
    }

    /**
     * The match for this event's data, or empty when a condition fails or the data lack the subject or instant (or,
     * for a hand-over, a department code).
     */
    public Optional<RuleMatch> match(SlaRule rule, JsonNode data) {
        for (Condition condition : when) {
            if (!condition.test(data)) {
                return Optional.empty();
            }
        }
        Optional<String> subject = subjectId.text(data).filter(s -> !s.isBlank());
        Optional<Instant> instant = at.read(data).flatMap(Trigger::instant);
        if (subject.isEmpty() || instant.isEmpty()) {
            return Optional.empty();
        }
        if (department == null) {
            return Optional.of(new RuleMatch(rule, action, subject.get(), instant.get(), null));
        }
        return department.text(data).flatMap(Holder::department)
                .map(to -> new RuleMatch(rule, action, subject.get(), instant.get(), to));
    }

    /** ISO-8601 text as the services write instants; seconds since the epoch if a mapper wrote a number. */
    static Optional<Instant> instant(JsonNode value) {
        try {
            if (value.isTextual()) {
                return Optional.of(Instant.parse(value.asText()));
            }
            if (value.isNumber()) {
                BigDecimal seconds = value.decimalValue();
                return Optional.of(Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue()));
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
