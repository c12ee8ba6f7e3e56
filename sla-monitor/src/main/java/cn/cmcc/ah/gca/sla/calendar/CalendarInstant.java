package cn.cmcc.ah.gca.sla.calendar;

import java.time.Instant;

/**
 * A deadline on the working-day calendar.
 *
 * @param at              the instant
 * @param provisional     true when some date counted lies in a year with no schedule loaded (Monday–Friday fallback)
 * @param calendarVersion the calendar version it was computed with
 */
public record CalendarInstant(Instant at, boolean provisional, long calendarVersion) {
}
