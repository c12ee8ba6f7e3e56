package cn.cmcc.ah.gca.sla.command.calendar;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.CalendarDate;
import cn.cmcc.ah.gca.events.sla.CalendarFormat;
import cn.cmcc.ah.gca.events.sla.CalendarNotice;
import cn.cmcc.ah.gca.events.sla.CalendarSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Loads or replaces a year of the working-day calendar, already validated (sla.calendar.CalendarYears). A SHIPPED
 * year is loaded only when the calendar does not have it (so instances starting together load it once); an API load
 * always loads, replacing the year if it was there.
 *
 * @param loadedByDepartment {@code null} for a shipped year
 */
public record LoadCalendarYear(@TargetAggregateIdentifier String calendarId, int year, CalendarNotice notice,
                               List<CalendarDate> holidays, List<CalendarDate> makeUpWorkingDays,
                               CalendarSource source, CalendarFormat format, String loadedByUser,
                               Department loadedByDepartment, Instant loadedAt) {
}
