package cn.cmcc.ah.gca.events.sla;

/** Where a year of the working-day calendar came from. */
public enum CalendarSource {
    /** shipped with sla-monitor, loaded at start-up when the store did not have the year */
    SHIPPED,
    /** loaded or replaced through the API by PND or ADMIN (Art. 5) */
    API
}
