package cn.cmcc.ah.gca.events.sla;

/** The input format a year of the working-day calendar was loaded from. */
public enum CalendarFormat {
    /** the project's own format: holiday periods with their make-up days (docs/calendar.md) */
    GCA,
    /** holiday-cn's per-year file ({@code {"year":…,"papers":[…],"days":[{"name","date","isOffDay"}]}}) */
    HOLIDAY_CN
}
