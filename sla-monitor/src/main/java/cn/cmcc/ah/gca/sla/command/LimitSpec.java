package cn.cmcc.ah.gca.sla.command;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A clock's limit as the clock holds it (sla-rules.md): working days, clock time, or a date carried by an event
 * (Art. 19). Its text form ({@code 3 WD}, {@code PT15M}, {@code until 2027-01-31}) travels in the events and parses
 * back, so a view or a report can measure the time used the way the limit counts it.
 *
 * @param kind        which of the three
 * @param workingDays for {@link Kind#WORKING_DAYS}
 * @param duration    for {@link Kind#CLOCK_TIME}
 * @param date        for {@link Kind#UNTIL_DATE}: the limit ends at the close of that date
 */
public record LimitSpec(Kind kind, BigDecimal workingDays, Duration duration, LocalDate date) {

    /** How a limit counts. */
    public enum Kind { WORKING_DAYS, CLOCK_TIME, UNTIL_DATE }

    private static final String WD = " WD";
    private static final String UNTIL = "until ";

    public LimitSpec {
        Objects.requireNonNull(kind, "kind");
        switch (kind) {
            case WORKING_DAYS -> requirePositive(workingDays != null && workingDays.signum() > 0);
            case CLOCK_TIME -> requirePositive(duration != null && !duration.isNegative() && !duration.isZero());
            case UNTIL_DATE -> Objects.requireNonNull(date, "date");
        }
    }

    private static void requirePositive(boolean positive) {
        if (!positive) {
            throw new IllegalArgumentException("A limit must be positive");
        }
    }

    public static LimitSpec workingDays(BigDecimal days) {
        return new LimitSpec(Kind.WORKING_DAYS, days.stripTrailingZeros(), null, null);
    }

    public static LimitSpec clockTime(Duration duration) {
        return new LimitSpec(Kind.CLOCK_TIME, null, duration, null);
    }

    public static LimitSpec until(LocalDate date) {
        return new LimitSpec(Kind.UNTIL_DATE, null, null, date);
    }

    /** Parses {@link #toString()}; {@code null} for text that is not a limit (events older than revision 3). */
    public static LimitSpec parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.endsWith(WD)) {
                return workingDays(new BigDecimal(text.substring(0, text.length() - WD.length())));
            }
            if (text.startsWith(UNTIL)) {
                return until(LocalDate.parse(text.substring(UNTIL.length())));
            }
            return clockTime(Duration.parse(text));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The amount in the limit's own unit (working days, seconds); null for a date. */
    public BigDecimal amount() {
        return switch (kind) {
            case WORKING_DAYS -> workingDays;
            case CLOCK_TIME -> BigDecimal.valueOf(duration.toSeconds());
            case UNTIL_DATE -> null;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case WORKING_DAYS -> workingDays.toPlainString() + WD;
            case CLOCK_TIME -> duration.toString();
            case UNTIL_DATE -> UNTIL + date;
        };
    }
}
