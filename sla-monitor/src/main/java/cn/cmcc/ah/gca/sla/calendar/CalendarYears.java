package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.sla.CalendarDate;
import cn.cmcc.ah.gca.events.sla.CalendarFormat;
import cn.cmcc.ah.gca.events.sla.CalendarNotice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.DATE_OUTSIDE_YEAR;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.DATE_REQUIRED;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.DUPLICATE_DATE;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.FORMAT_UNCLEAR;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.HOLIDAY_NAME_BLANK;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.HOLIDAY_NAME_TOO_LONG;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.HOLIDAY_PERIOD_REVERSED;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.HOLIDAY_PERIOD_TOO_LONG;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.HOLIDAY_PERIOD_WEEKEND_ONLY;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.MAKE_UP_DAY_ALSO_OFF;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.MAKE_UP_DAY_NOT_WEEKEND;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.NOTICE_REQUIRED;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.NO_HOLIDAYS;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.YEAR_MISMATCH;
import static cn.cmcc.ah.gca.sla.calendar.CalendarRejection.YEAR_OUT_OF_RANGE;

/**
 * The rules a year of the holiday schedule must keep before it is loaded (workflow-en.md, "Working days"; issue 9):
 * every date in the year of the path; a make-up working day (调休上班) is a Saturday or Sunday and not also a day off;
 * a holiday period holds at least one weekday (a period of weekend days only changes nothing, so it is refused as the
 * likely typo it is); holiday names present and short; no date twice. A day off on a weekend inside a holiday period
 * is fine: it is shown as the holiday.
 */
public final class CalendarYears {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2199;
    public static final int MAX_NAME_LENGTH = 20;
    /** The longest holiday period accepted; the longest so far is 9 days (春节 2026). */
    public static final int MAX_PERIOD_DAYS = 15;

    private CalendarYears() {
    }

    public static void requireYearInRange(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw YEAR_OUT_OF_RANGE.reject(String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    /** The input's format: GCA with {@code holidays}, HOLIDAY_CN with {@code days}. */
    public static CalendarFormat formatOf(CalendarYearInput input) {
        boolean gca = input.holidays() != null;
        boolean holidayCn = input.days() != null;
        if (gca == holidayCn || (gca && (input.papers() != null || input.schema() != null || input.id() != null))) {
            throw FORMAT_UNCLEAR.reject();
        }
        return gca ? CalendarFormat.GCA : CalendarFormat.HOLIDAY_CN;
    }

    /** Checks a year sent for {@code pathYear}: the schedule, or a refusal naming the first rule broken. */
    public static YearSchedule validate(int pathYear, CalendarYearInput input) {
        requireYearInRange(pathYear);
        if (input.year() != pathYear) {
            throw YEAR_MISMATCH.reject(String.valueOf(input.year()), String.valueOf(pathYear));
        }
        CalendarFormat format = formatOf(input);
        List<Period> periods = format == CalendarFormat.GCA ? periodsOf(input.holidays())
                : holidayCnPeriodsOf(input.days());
        return schedule(pathYear, noticeOf(pathYear, input, format), periods, format);
    }

    private static CalendarNotice noticeOf(int year, CalendarYearInput input, CalendarFormat format) {
        CalendarYearInput.Notice notice = input.notice();
        String paper = input.papers() == null || input.papers().isEmpty() ? null : input.papers().get(0);
        if (notice == null || blank(notice.title())) {
            if (format == CalendarFormat.GCA) {
                throw NOTICE_REQUIRED.reject(String.valueOf(year));
            }
            // holiday-cn names the notice by its address only; its title is the State Council's standard one
            return new CalendarNotice("国务院办公厅关于" + year + "年部分节假日安排的通知",
                    notice == null ? null : trimmed(notice.number()),
                    notice == null || notice.publishedOn() == null ? null : notice.publishedOn().toString(),
                    notice == null || blank(notice.url()) ? paper : notice.url().strip());
        }
        return new CalendarNotice(notice.title().strip(), trimmed(notice.number()),
                notice.publishedOn() == null ? null : notice.publishedOn().toString(),
                blank(notice.url()) ? paper : notice.url().strip());
    }

    /** A holiday period: consecutive days off with one name, and the make-up days that belong to it. */
    private record Period(String name, LocalDate from, LocalDate to, List<LocalDate> makeUpWorkingDays) {
    }

    private static List<Period> periodsOf(List<CalendarYearInput.Holiday> holidays) {
        List<Period> periods = new ArrayList<>();
        for (CalendarYearInput.Holiday holiday : holidays) {
            if (holiday.from() == null || holiday.to() == null) {
                throw DATE_REQUIRED.reject(holiday.name());
            }
            periods.add(new Period(holiday.name(), holiday.from(), holiday.to(),
                    holiday.makeUpWorkingDays() == null ? List.of() : holiday.makeUpWorkingDays()));
        }
        return periods;
    }

    /** holiday-cn lists days; days off of one name on consecutive dates make one period. */
    private static List<Period> holidayCnPeriodsOf(List<CalendarYearInput.Day> days) {
        for (CalendarYearInput.Day day : days) {
            if (day.date() == null || day.isOffDay() == null) {
                throw DATE_REQUIRED.reject(day.name());
            }
        }
        Map<String, List<LocalDate>> offByName = new LinkedHashMap<>();
        Map<String, List<LocalDate>> workByName = new LinkedHashMap<>();
        days.stream().sorted(Comparator.comparing(CalendarYearInput.Day::date)).forEach(day ->
                (day.isOffDay() ? offByName : workByName)
                        .computeIfAbsent(day.name() == null ? "" : day.name(), name -> new ArrayList<>())
                        .add(day.date()));
        List<Period> periods = new ArrayList<>();
        offByName.forEach((name, dates) -> {
            LocalDate from = dates.get(0);
            LocalDate previous = from;
            for (LocalDate date : dates.subList(1, dates.size())) {
                if (!date.equals(previous.plusDays(1))) {
                    periods.add(new Period(name, from, previous, List.of()));
                    from = date;
                }
                previous = date;
            }
            periods.add(new Period(name, from, previous, List.of()));
        });
        // make-up days belong to their holiday; one whose holiday has no day off this year stands alone
        workByName.forEach((name, dates) -> {
            int index = -1;
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).name().equals(name)) {
                    index = i;
                    break;
                }
            }
            if (index >= 0) {
                Period period = periods.get(index);
                List<LocalDate> makeUps = new ArrayList<>(period.makeUpWorkingDays());
                makeUps.addAll(dates);
                periods.set(index, new Period(period.name(), period.from(), period.to(), makeUps));
            } else {
                periods.add(new Period(name, null, null, dates));
            }
        });
        return periods;
    }

    private static YearSchedule schedule(int year, CalendarNotice notice, List<Period> periods,
                                         CalendarFormat format) {
        TreeMap<LocalDate, String> off = new TreeMap<>();
        TreeMap<LocalDate, String> work = new TreeMap<>();
        for (Period period : periods) {
            String name = name(period);
            if (period.from() != null) {
                inYear(period.from(), year);
                inYear(period.to(), year);
                if (period.to().isBefore(period.from())) {
                    throw HOLIDAY_PERIOD_REVERSED.reject(name, period.from(), period.to());
                }
                long length = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
                if (length > MAX_PERIOD_DAYS) {
                    throw HOLIDAY_PERIOD_TOO_LONG.reject(name, period.from(), period.to(),
                            String.valueOf(MAX_PERIOD_DAYS));
                }
                boolean weekday = false;
                for (LocalDate date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
                    if (off.put(date, name) != null) {
                        throw DUPLICATE_DATE.reject(date);
                    }
                    weekday |= !weekend(date);
                }
                if (!weekday) {
                    throw HOLIDAY_PERIOD_WEEKEND_ONLY.reject(name, period.from(), period.to());
                }
            }
            for (LocalDate date : period.makeUpWorkingDays()) {
                inYear(date, year);
                if (work.put(date, name) != null) {
                    throw DUPLICATE_DATE.reject(date);
                }
            }
        }
        for (LocalDate date : work.keySet()) {
            if (off.containsKey(date)) {
                throw MAKE_UP_DAY_ALSO_OFF.reject(date);
            }
            if (!weekend(date)) {
                throw MAKE_UP_DAY_NOT_WEEKEND.reject(date);
            }
        }
        if (off.isEmpty()) {
            throw NO_HOLIDAYS.reject(String.valueOf(year));
        }
        return new YearSchedule(year, notice, dates(off), dates(work), format);
    }

    private static String name(Period period) {
        LocalDate first = period.from() != null ? period.from() : period.makeUpWorkingDays().isEmpty() ? null
                : period.makeUpWorkingDays().get(0);
        if (blank(period.name())) {
            throw HOLIDAY_NAME_BLANK.reject(first);
        }
        String name = period.name().strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw HOLIDAY_NAME_TOO_LONG.reject(name, String.valueOf(MAX_NAME_LENGTH));
        }
        return name;
    }

    private static void inYear(LocalDate date, int year) {
        if (date.getYear() != year) {
            throw DATE_OUTSIDE_YEAR.reject(date, String.valueOf(year));
        }
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<CalendarDate> dates(Map<LocalDate, String> dates) {
        return dates.entrySet().stream().map(e -> new CalendarDate(e.getKey().toString(), e.getValue())).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}
