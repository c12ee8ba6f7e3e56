package cn.cmcc.ah.gca.sla.calendar;

import java.util.Optional;

/** A stored calendar in memory: what the projection would write, for the calendar maths without a store. */
final class InMemoryCalendarStore implements CalendarStore {

    private volatile WorkingCalendarView view;
    int reads;

    static InMemoryCalendarStore shipped() {
        InMemoryCalendarStore store = new InMemoryCalendarStore();
        for (YearSchedule year : ShippedCalendars.all()) {
            store.load(year);
        }
        return store;
    }

    synchronized void load(YearSchedule schedule) {
        WorkingCalendarView next = new WorkingCalendarView();
        if (view != null) {
            next.years.addAll(view.years);
            next.version = view.version;
        }
        next.years.removeIf(y -> y.year == schedule.year());
        WorkingCalendarView.Year year = new WorkingCalendarView.Year();
        year.year = schedule.year();
        year.notice = schedule.notice();
        year.holidays.addAll(schedule.holidays());
        year.makeUpWorkingDays.addAll(schedule.makeUpWorkingDays());
        year.format = schedule.format();
        next.years.add(year);
        next.version++;
        year.loadedInVersion = next.version;
        view = next;
    }

    @Override
    public long storedVersion() {
        return view == null ? 0 : view.version;
    }

    @Override
    public Optional<WorkingCalendarView> current() {
        reads++;
        return Optional.ofNullable(view);
    }

    @Override
    public Optional<WorkingCalendarView> fresh() {
        return current();
    }
}
