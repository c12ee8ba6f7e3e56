package cn.cmcc.ah.gca.sla.calendar;

import java.time.Instant;

/** TEMPORARY stand-in until the calendar branch merges. */
public record CalendarInstant(Instant at, boolean provisional, long calendarVersion) {
}
