package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.sla.WorkingCalendarYearLoaded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.Comparator;

/**
 * Keeps the one calendar document from the calendar's events: a load adds the year or replaces it, and sets the
 * version. Every instance's {@link WorkingCalendar} reads that document.
 */
@Component
@ProcessingGroup(WorkingCalendarProjection.GROUP)
class WorkingCalendarProjection {

    static final String GROUP = "sla-calendar";

    private final CalendarViews views;

    WorkingCalendarProjection(CalendarViews views) {
        this.views = views;
    }

    @EventHandler
    void on(WorkingCalendarYearLoaded event, @SequenceNumber long sequence) {
        if (sequence == 0) {
            views.calendar.create(CalendarViews.ID, () -> {
                WorkingCalendarView view = new WorkingCalendarView();
                apply(view, event);
                return view;
            });
        } else {
            views.calendar.apply(CalendarViews.ID, sequence, view -> apply(view, event));
        }
    }

    private static void apply(WorkingCalendarView view, WorkingCalendarYearLoaded event) {
        view.years.removeIf(year -> year.year == event.year());
        WorkingCalendarView.Year year = new WorkingCalendarView.Year();
        year.year = event.year();
        year.notice = event.notice();
        year.holidays.addAll(event.holidays());
        year.makeUpWorkingDays.addAll(event.makeUpWorkingDays());
        year.source = event.source();
        year.format = event.format();
        year.loadedInVersion = event.calendarVersion();
        year.loadedAt = event.loadedAt();
        year.loadedByUser = event.loadedByUser();
        year.loadedByDepartment = event.loadedByDepartment();
        view.years.add(year);
        view.years.sort(Comparator.comparingInt(y -> y.year));
        view.version = event.calendarVersion();
    }

    @ResetHandler
    void reset() {
        views.calendar.deleteAll();
    }
}
