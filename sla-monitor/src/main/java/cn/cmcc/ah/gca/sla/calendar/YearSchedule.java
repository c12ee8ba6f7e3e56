package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.sla.CalendarDate;
import cn.cmcc.ah.gca.events.sla.CalendarFormat;
import cn.cmcc.ah.gca.events.sla.CalendarNotice;

import java.util.List;

/**
 * A validated year of the State Council's holiday schedule (see {@link CalendarYears#validate}): every statutory day
 * off and every make-up working day of the year, ascending, each with its holiday.
 */
public record YearSchedule(int year, CalendarNotice notice, List<CalendarDate> holidays,
                           List<CalendarDate> makeUpWorkingDays, CalendarFormat format) {

    public YearSchedule {
        holidays = List.copyOf(holidays);
        makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
    }
}
