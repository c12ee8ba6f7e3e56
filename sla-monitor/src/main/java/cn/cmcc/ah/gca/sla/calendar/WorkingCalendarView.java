package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.CalendarDate;
import cn.cmcc.ah.gca.events.sla.CalendarFormat;
import cn.cmcc.ah.gca.events.sla.CalendarNotice;
import cn.cmcc.ah.gca.events.sla.CalendarSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole working-day calendar as one stored document (by {@code _id} only): every loaded year and the calendar
 * version. Every sla-monitor instance reads it; the calendar projection writes it.
 */
public class WorkingCalendarView {

    public long version;
    public List<Year> years = new ArrayList<>();

    /** One loaded year, as its last {@code WorkingCalendarYearLoaded} gave it. */
    public static class Year {
        public int year;
        public CalendarNotice notice;
        public List<CalendarDate> holidays = new ArrayList<>();
        public List<CalendarDate> makeUpWorkingDays = new ArrayList<>();
        public CalendarSource source;
        public CalendarFormat format;
        /** the calendar version this year was loaded at */
        public long loadedInVersion;
        public Instant loadedAt;
        public String loadedByUser;
        public Department loadedByDepartment;
    }

    public Optional<Year> year(int year) {
        return years.stream().filter(y -> y.year == year).findFirst();
    }
}
