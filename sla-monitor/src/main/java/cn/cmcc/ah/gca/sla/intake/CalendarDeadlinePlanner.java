package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.sla.calendar.CalendarInstant;
import cn.cmcc.ah.gca.sla.calendar.WorkingCalendar;
import cn.cmcc.ah.gca.sla.command.DeadlinePlanner;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Deadlines on the working-day calendar for working-day limits (start day not counted, ending at the close of the
 * N-th working day: "Working days" in workflow-en.md), in clock time for hour limits, and at the end of the date for
 * a date carried by an event (Art. 19, 22), moved out by the clock time a pause took.
 */
@Component
class CalendarDeadlinePlanner implements DeadlinePlanner {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final WorkingCalendar calendar;

    CalendarDeadlinePlanner(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Plan plan(LimitSpec limit, Instant from, BigDecimal usedBefore, BigDecimal warnFraction) {
        return switch (limit.kind()) {
            case WORKING_DAYS -> workingDays(limit.workingDays(), from, usedBefore, warnFraction);
            case CLOCK_TIME -> clockTime(limit.duration(), from, usedBefore, warnFraction);
            case UNTIL_DATE -> untilDate(limit, from, usedBefore, warnFraction);
        };
    }

    /**
     * The close of the date, moved out by the clock time the pauses took ({@code usedBefore} negative, in seconds, from
     * the clock's start, as the clock plans a date limit): a date limit counts 7×24 clock time up to that close, so a
     * pause of 3 days and 2 hours moves it by exactly that. The warning comes at its share of the running time from
     * the start to the close, likewise moved out.
     */
    private static Plan untilDate(LimitSpec limit, Instant from, BigDecimal usedBefore, BigDecimal warnFraction) {
        Instant close = limit.date().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        long used = usedBefore.longValue();
        long span = Math.max(0, Duration.between(from, close).toSeconds());
        long warnAfter = Math.max(0, BigDecimal.valueOf(span).multiply(warnFraction)
                .setScale(0, RoundingMode.HALF_UP).longValue() - used);
        return new Plan(from.plusSeconds(warnAfter), close.minusSeconds(used), false, 0);
    }

    private Plan workingDays(BigDecimal days, Instant from, BigDecimal usedBefore, BigDecimal warnFraction) {
        BigDecimal remaining = days.subtract(usedBefore);
        BigDecimal untilWarning = days.multiply(warnFraction).subtract(usedBefore);
        CalendarInstant deadline = remaining.signum() > 0 ? calendar.afterWorkingDays(from, remaining)
                : new CalendarInstant(from, false, calendar.version());
        CalendarInstant warnAt = untilWarning.signum() > 0 ? calendar.afterWorkingDays(from, untilWarning)
                : new CalendarInstant(from, false, deadline.calendarVersion());
        return new Plan(warnAt.at(), deadline.at(), deadline.provisional() || warnAt.provisional(),
                deadline.calendarVersion());
    }

    private static Plan clockTime(Duration limit, Instant from, BigDecimal usedBefore, BigDecimal warnFraction) {
        long used = usedBefore.longValue();
        long remaining = Math.max(0, limit.toSeconds() - used);
        long untilWarning = Math.max(0, BigDecimal.valueOf(limit.toMillis()).multiply(warnFraction)
                .setScale(0, RoundingMode.HALF_UP).longValue() - used * 1000);
        return new Plan(from.plusMillis(untilWarning), from.plusSeconds(remaining), false, 0);
    }

    @Override
    public BigDecimal used(LimitSpec limit, Instant from, Instant to) {
        return switch (limit.kind()) {
            case WORKING_DAYS -> calendar.workingDaysBetween(from, to);
            // a date limit counts clock time up to the close of its date: a pause moves that close out by as much
            case CLOCK_TIME, UNTIL_DATE -> BigDecimal.valueOf(Math.max(0, Duration.between(from, to).toSeconds()));
        };
    }
}
