package cn.cmcc.ah.gca.sla.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/** The limit of one clock, as the rule gives it for the clock's data and the customer's service level. */
public sealed interface Limit {

    /** For people and events, e.g. {@code 3 个工作日 / 3 WD}, {@code PT15M}, {@code 至 2027-01-31 / until 2027-01-31}. */
    String description();

    /** N working days from the day of the start, that day not counted (workflow-en.md, "Working days"). */
    record WorkingDays(BigDecimal days) implements Limit {
        @Override
        public String description() {
            String n = days.stripTrailingZeros().toPlainString();
            return n + " 个工作日 / " + n + " WD";
        }
    }

    /** 7×24 clock time (the fault limits are clock hours, not working days: workflow-en.md). */
    record ClockTime(Duration duration) implements Limit {
        @Override
        public String description() {
            return duration.toString();
        }
    }

    /** Ends at the close of this date (Art. 19: the planned in-service date replied at confirmation). */
    record UntilDate(LocalDate date) implements Limit {
        @Override
        public String description() {
            return "至 " + date + " / until " + date;
        }
    }

    /** Whether this limit is longer than {@code other}, for limits of the same kind (a table takes the longest). */
    default boolean longerThan(Limit other) {
        if (this instanceof WorkingDays a && other instanceof WorkingDays b) {
            return a.days().compareTo(b.days()) > 0;
        }
        if (this instanceof ClockTime a && other instanceof ClockTime b) {
            return a.duration().compareTo(b.duration()) > 0;
        }
        if (this instanceof UntilDate a && other instanceof UntilDate b) {
            return a.date().isAfter(b.date());
        }
        throw new IllegalArgumentException("Limits of different kinds do not compare: " + this + ", " + other);
    }
}
