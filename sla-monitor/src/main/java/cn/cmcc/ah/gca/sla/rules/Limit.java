package cn.cmcc.ah.gca.sla.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/** TEMPORARY stand-in until the rules branch merges. */
public sealed interface Limit {
    String description();

    record WorkingDays(BigDecimal days) implements Limit {
        public String description() { return days + " WD"; }
    }

    record ClockTime(Duration duration) implements Limit {
        public String description() { return duration.toString(); }
    }

    record UntilDate(LocalDate date) implements Limit {
        public String description() { return "until " + date; }
    }
}
