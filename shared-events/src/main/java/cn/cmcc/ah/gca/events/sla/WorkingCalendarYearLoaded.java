package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A year of the working-day calendar was loaded or replaced ("Working days" in workflow-en.md): the statutory days off
 * and the make-up working days (调休上班) of the State Council's holiday notice for that year. Every date of the year
 * not listed is a working day from Monday to Friday and a weekend day on Saturday and Sunday. PND owns the time
 * limits (Art. 5), so PND (or ADMIN) loads a year; the years shipped with sla-monitor are loaded at start-up.
 *
 * @param year                the calendar year, e.g. 2026
 * @param notice              the notice the dates come from
 * @param holidays            every statutory day off, ascending, each with its holiday (a weekend day inside a
 *                            holiday period is listed too)
 * @param makeUpWorkingDays   every Saturday or Sunday that is a working day, ascending, each with the holiday it
 *                            makes up for
 * @param source              SHIPPED (a year shipped with sla-monitor, loaded at start-up) or API
 * @param format              the input format: GCA (docs/calendar.md) or HOLIDAY_CN (the holiday-cn per-year file)
 * @param replaced            true when the year was loaded before and this replaces it
 * @param calendarVersion     the calendar's version after this load (1 for the first year ever loaded; every deadline
 *                            records the version it was computed with)
 * @param loadedByUser        the user id of the caller; the service name for a shipped year
 * @param loadedByDepartment  PND or ADMIN; absent for a shipped year
 * @param loadedAt            when the year was loaded
 */
@Revision("1")
public record WorkingCalendarYearLoaded(
        int year,
        CalendarNotice notice,
        List<CalendarDate> holidays,
        List<CalendarDate> makeUpWorkingDays,
        CalendarSource source,
        CalendarFormat format,
        boolean replaced,
        long calendarVersion,
        String loadedByUser,
        @MayBeAbsent Department loadedByDepartment,
        Instant loadedAt) {

    public WorkingCalendarYearLoaded {
        holidays = List.copyOf(holidays);
        makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
    }
}
