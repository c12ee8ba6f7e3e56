package cn.cmcc.ah.gca.sla.calendar;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** TEMPORARY stand-in (Monday–Friday) until the calendar branch merges. */
@Component
public class WorkingCalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public CalendarInstant afterWorkingDays(Instant start, BigDecimal workingDays) {
        LocalDate day = start.atZone(ZONE).toLocalDate();
        BigDecimal left = workingDays;
        while (true) {
            day = day.plusDays(1);
            if (!working(day)) {
                continue;
            }
            if (left.compareTo(BigDecimal.ONE) <= 0) {
                long seconds = left.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
                return new CalendarInstant(day.atStartOfDay(ZONE).toInstant().plusSeconds(seconds), true, 0);
            }
            left = left.subtract(BigDecimal.ONE);
        }
    }

    public BigDecimal workingDaysBetween(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        LocalDate day = start.atZone(ZONE).toLocalDate().plusDays(1);
        BigDecimal used = BigDecimal.ZERO;
        while (true) {
            ZonedDateTime from = day.atStartOfDay(ZONE);
            if (!from.toInstant().isBefore(end)) {
                return used.setScale(4, RoundingMode.HALF_UP);
            }
            if (working(day)) {
                Instant to = from.plusDays(1).toInstant();
                long seconds = java.time.Duration.between(from.toInstant(), end.isBefore(to) ? end : to).toSeconds();
                used = used.add(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400), 6, RoundingMode.HALF_UP));
            }
            day = day.plusDays(1);
        }
    }

    public long version() {
        return 0;
    }

    private static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
