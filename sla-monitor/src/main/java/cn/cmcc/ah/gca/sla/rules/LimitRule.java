package cn.cmcc.ah.gca.sla.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** How a rule's limit follows from a clock's data: fixed, a date the event carries, or a table over its data. */
public sealed interface LimitRule {

    /** The limit for this data; empty when the data lack what the limit is read from (a date field). */
    Optional<Limit> evaluate(JsonNode data);

    /** The same limit for every clock (3 WD, PT15M). */
    record Fixed(Limit limit) implements LimitRule {
        @Override
        public Optional<Limit> evaluate(JsonNode data) {
            return Optional.of(limit);
        }
    }

    /** Until the close of a date the event carries (Art. 19: the planned in-service date). */
    record DateField(Pointer field) implements LimitRule {
        @Override
        public Optional<Limit> evaluate(JsonNode data) {
            return field.text(data).flatMap(DateField::date).map(Limit.UntilDate::new);
        }

        private static Optional<LocalDate> date(String text) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * The longest limit among the entries whose field is at least their threshold, or the default when none is
     * (Art. 11–14: the longest limit among the outcomes found; 2 WD before any assessment).
     */
    record Table(List<Entry> entries, Limit otherwise) implements LimitRule {

        /** {@code field} ≥ {@code atLeast} → {@code limit}; {@code article} says where the line comes from. */
        public record Entry(Pointer field, BigDecimal atLeast, Limit limit, String article) {
            boolean matches(JsonNode data) {
                return field.read(data).filter(JsonNode::isNumber)
                        .map(value -> value.decimalValue().compareTo(atLeast) >= 0).orElse(false);
            }
        }

        public Table {
            entries = List.copyOf(entries);
        }

        @Override
        public Optional<Limit> evaluate(JsonNode data) {
            Limit longest = null;
            for (Entry entry : entries) {
                if (entry.matches(data) && (longest == null || entry.limit().longerThan(longest))) {
                    longest = entry.limit();
                }
            }
            return Optional.of(longest == null ? otherwise : longest);
        }
    }
}
