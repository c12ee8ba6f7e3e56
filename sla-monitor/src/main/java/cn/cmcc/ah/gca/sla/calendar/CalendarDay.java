package cn.cmcc.ah.gca.sla.calendar;

import java.time.LocalDate;

/**
 * One date of the working-day calendar.
 *
 * @param date        the date (Asia/Shanghai)
 * @param kind        working day, weekend, statutory holiday or make-up working day (调休上班)
 * @param name        the holiday of a HOLIDAY or a MAKE_UP_WORKING_DAY (e.g. 春节); {@code null} otherwise
 * @param provisional true when the date's year has no schedule loaded (the Monday–Friday fallback)
 */
public record CalendarDay(LocalDate date, Kind kind, String name, boolean provisional) {

    public enum Kind {
        WORKING_DAY(true), WEEKEND(false), HOLIDAY(false), MAKE_UP_WORKING_DAY(true);

        private final boolean working;

        Kind(boolean working) {
            this.working = working;
        }

        public boolean working() {
            return working;
        }
    }

    public boolean working() {
        return kind.working();
    }
}
