package cn.cmcc.ah.gca.events.sla;

/**
 * A date of a holiday notice and the holiday it belongs to.
 *
 * @param date ISO-8601, e.g. {@code 2026-02-15}
 * @param name the holiday, e.g. 春节; for a make-up working day, the holiday it makes up for
 */
public record CalendarDate(String date, String name) {
}
