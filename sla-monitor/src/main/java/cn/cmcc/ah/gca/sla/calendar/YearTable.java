package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.sla.CalendarDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the calendar, precomputed for the hot path: the kind and holiday name of each day of the year, the
 * running count of working days and the index of every working day, so that "the n-th working day after a date" is
 * two array reads within a year and one step per year boundary crossed. Immutable.
 */
final class YearTable {

    final int year;
    /** false for the Monday–Friday fallback of a year with no schedule */
    final boolean scheduled;
    final LocalDate firstDay;
    final int length;
    private final CalendarDay.Kind[] kinds;
    private final String[] names;
    /** {@code workingBefore[i]}: the working days among the days of index 0 … i-1; length + 1 entries */
    private final int[] workingBefore;
    /** the day index of each working day, ascending */
    private final int[] workingDays;

    private YearTable(int year, boolean scheduled, CalendarDay.Kind[] kinds, String[] names) {
        this.year = year;
        this.scheduled = scheduled;
        this.firstDay = LocalDate.of(year, 1, 1);
        this.length = kinds.length;
        this.kinds = kinds;
        this.names = names;
        this.workingBefore = new int[length + 1];
        int count = 0;
        for (int i = 0; i < length; i++) {
            workingBefore[i] = count;
            if (kinds[i].working()) {
                count++;
            }
        }
        workingBefore[length] = count;
        this.workingDays = new int[count];
        for (int i = 0, w = 0; i < length; i++) {
            if (kinds[i].working()) {
                workingDays[w++] = i;
            }
        }
    }

    /** Monday to Friday working, Saturday and Sunday not: for a year with no schedule. */
    static YearTable fallback(int year) {
        return new YearTable(year, false, weekKinds(year), new String[LocalDate.of(year, 1, 1).lengthOfYear()]);
    }

    static YearTable scheduled(int year, List<CalendarDate> holidays, List<CalendarDate> makeUpWorkingDays) {
        CalendarDay.Kind[] kinds = weekKinds(year);
        String[] names = new String[kinds.length];
        for (CalendarDate holiday : holidays) {
            int index = LocalDate.parse(holiday.date()).getDayOfYear() - 1;
            kinds[index] = CalendarDay.Kind.HOLIDAY;
            names[index] = holiday.name();
        }
        for (CalendarDate makeUp : makeUpWorkingDays) {
            int index = LocalDate.parse(makeUp.date()).getDayOfYear() - 1;
            kinds[index] = CalendarDay.Kind.MAKE_UP_WORKING_DAY;
            names[index] = makeUp.name();
        }
        return new YearTable(year, true, kinds, names);
    }

    private static CalendarDay.Kind[] weekKinds(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        CalendarDay.Kind[] kinds = new CalendarDay.Kind[first.lengthOfYear()];
        int dayOfWeek = first.getDayOfWeek().getValue();
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = dayOfWeek >= DayOfWeek.SATURDAY.getValue() ? CalendarDay.Kind.WEEKEND
                    : CalendarDay.Kind.WORKING_DAY;
            dayOfWeek = dayOfWeek == 7 ? 1 : dayOfWeek + 1;
        }
        return kinds;
    }

    CalendarDay day(int index) {
        return new CalendarDay(firstDay.plusDays(index), kinds[index], names[index], !scheduled);
    }

    boolean working(int index) {
        return kinds[index].working();
    }

    /** Working days among the days of index {@code from} (inclusive) to {@code to} (exclusive). */
    int workingBetween(int from, int to) {
        return workingBefore[to] - workingBefore[from];
    }

    /** Working days from index {@code from} to the end of the year. */
    int workingFrom(int from) {
        return workingBefore[length] - workingBefore[from];
    }

    /** The day index of the n-th (1-based) working day at or after index {@code from}; n ≤ workingFrom(from). */
    int nthWorkingDayFrom(int from, int n) {
        return workingDays[workingBefore[from] + n - 1];
    }

    int workingDayCount() {
        return workingBefore[length];
    }
}
