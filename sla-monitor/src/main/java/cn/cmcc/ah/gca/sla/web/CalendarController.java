package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.CalendarFormat;
import cn.cmcc.ah.gca.events.sla.CalendarNotice;
import cn.cmcc.ah.gca.events.sla.CalendarSource;
import cn.cmcc.ah.gca.sla.calendar.CalendarDay;
import cn.cmcc.ah.gca.sla.calendar.CalendarInstant;
import cn.cmcc.ah.gca.sla.calendar.CalendarRejection;
import cn.cmcc.ah.gca.sla.calendar.CalendarYearInput;
import cn.cmcc.ah.gca.sla.calendar.CalendarYears;
import cn.cmcc.ah.gca.sla.calendar.WorkingCalendar;
import cn.cmcc.ah.gca.sla.calendar.WorkingCalendarView;
import cn.cmcc.ah.gca.sla.calendar.YearSchedule;
import cn.cmcc.ah.gca.sla.command.calendar.LoadCalendarYear;
import cn.cmcc.ah.gca.sla.command.calendar.WorkingCalendarBook;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.cmcc.ah.gca.sla.command.SlaStep.LOAD_CALENDAR_YEAR;
import static cn.cmcc.ah.gca.sla.command.SlaStep.READ_CALENDAR;

/**
 * The working-day calendar ("Working days" in workflow-en.md, docs/calendar.md): every date of a year, deadlines in
 * working days (the CRM tells a customer when a reply is due), and the loading of a year of the State Council's
 * holiday schedule by PND or ADMIN (Art. 5).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** The largest number of working days a deadline may ask for: a year's worth. */
    private static final BigDecimal MAX_WORKING_DAYS = BigDecimal.valueOf(366);
    private static final int MAX_WORKING_DAYS_SCALE = 4;

    private final CommandGateway commands;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarController(CommandGateway commands, WorkingCalendar calendar, Clock clock) {
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/{year}")
    @Endpoint(READ_CALENDAR)
    @Operation(summary = "A year of the working-day calendar, every date with its kind",
            description = "Whether the State Council's schedule of the year is loaded (else the Monday–Friday "
                    + "fallback, provisional), its notice, the calendar version, and each date: WORKING_DAY, WEEKEND, "
                    + "HOLIDAY (with its name) or MAKE_UP_WORKING_DAY (调休上班, with its holiday).")
    CalendarYear year(@PathVariable int year) {
        CalendarYears.requireYearInRange(year);
        Optional<WorkingCalendarView> stored = calendar.refresh();
        return CalendarYear.of(year, stored, calendar);
    }

    @GetMapping("/deadline")
    @Endpoint(READ_CALENDAR)
    @Operation(summary = "The deadline N working days after a start instant",
            description = "The day of the start is not counted (民法典第201条); the deadline is 24:00 Asia/Shanghai "
                    + "of the N-th working day after it, or the configured close of business (第203条). A fraction "
                    + "runs into its day proportionally. provisional: some date counted is in a year with no "
                    + "schedule loaded.")
    Deadline deadline(
            @Parameter(description = "ISO-8601 instant or offset date-time, e.g. 2026-09-30T09:15:00+08:00 "
                    + "(URL-encode the +) or 2026-09-30T01:15:00Z") @RequestParam String start,
            @Parameter(description = "working days, more than 0 and at most 366, up to 4 decimals, e.g. 3 or 2.4")
            @RequestParam String workingDays) {
        Instant from = parseStart(start);
        BigDecimal days = parseWorkingDays(workingDays);
        // read-your-writes: a year just loaded through any instance counts here at once
        calendar.refresh();
        CalendarInstant deadline = calendar.afterWorkingDays(from, days);
        return new Deadline(from, days, deadline.at(),
                OffsetDateTime.ofInstant(deadline.at(), WorkingCalendar.ZONE), deadline.provisional(),
                deadline.calendarVersion(), calendar.closeOfBusiness());
    }

    @PutMapping("/{year}")
    @Endpoint(LOAD_CALENDAR_YEAR)
    @Operation(summary = "Load or replace a year of the State Council's holiday schedule (Art. 5)",
            description = "The project's own format (year, notice, holiday periods with their make-up working days) "
                    + "or holiday-cn's per-year file as published (year, papers, days); see docs/calendar.md. "
                    + "Checked before it is loaded: every date in the year, make-up days on a Saturday or Sunday and "
                    + "not also off, each holiday period with a weekday, names given, no date twice (else 422). "
                    + "Effective at once on every instance; audited as WorkingCalendarYearLoaded.")
    CalendarYear load(@PathVariable int year, @Valid @RequestBody CalendarYearInput body, Actor actor) {
        YearSchedule schedule = CalendarYears.validate(year, body);
        commands.sendAndWait(new LoadCalendarYear(WorkingCalendarBook.ID, year, schedule.notice(),
                schedule.holidays(), schedule.makeUpWorkingDays(), CalendarSource.API, schedule.format(),
                actor.userId(), actor.department(), clock.instant()),
                CommandMetadata.of(actor, WorkingCalendarBook.ID + ":" + year));
        Optional<WorkingCalendarView> stored = calendar.refresh();
        return CalendarYear.of(year, stored, calendar);
    }

    private static Instant parseStart(String start) {
        // a + left unencoded in a query string arrives as a space
        String text = start.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw CalendarRejection.START_INVALID.reject(start);
        }
    }

    private static BigDecimal parseWorkingDays(String workingDays) {
        try {
            BigDecimal days = new BigDecimal(workingDays.strip());
            if (days.signum() > 0 && days.compareTo(MAX_WORKING_DAYS) <= 0
                    && days.stripTrailingZeros().scale() <= MAX_WORKING_DAYS_SCALE) {
                return days.stripTrailingZeros().scale() < 0 ? days.setScale(0) : days.stripTrailingZeros();
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw CalendarRejection.WORKING_DAYS_INVALID.reject(workingDays, MAX_WORKING_DAYS.toPlainString());
    }

    /**
     * A deadline.
     *
     * @param start           the start instant, as given
     * @param workingDays     N
     * @param deadline        the deadline instant (UTC)
     * @param deadlineLocal   the same in Asia/Shanghai, e.g. 2026-10-13T00:00+08:00 for 24:00 of 10-12
     * @param provisional     true when a date counted lies in a year with no schedule loaded (Monday–Friday)
     * @param calendarVersion the calendar version it was computed with
     * @param closeOfBusiness when a working day's working time ends: 24:00 or the configured time
     */
    record Deadline(Instant start, BigDecimal workingDays, Instant deadline, OffsetDateTime deadlineLocal,
                    boolean provisional, long calendarVersion, String closeOfBusiness) {
    }

    /**
     * A year of the calendar.
     *
     * @param loaded             true when the State Council's schedule of the year is loaded
     * @param provisional        true on the Monday–Friday fallback (not loaded)
     * @param calendarVersion    the calendar's version now
     * @param loadedInVersion    the calendar version the year was loaded at (absent when not loaded)
     * @param notice             the notice the dates come from (absent when not loaded)
     * @param loadedByDepartment PND or ADMIN; absent for a shipped year
     */
    record CalendarYear(int year, boolean loaded, boolean provisional, long calendarVersion, Long loadedInVersion,
                        CalendarNotice notice, CalendarSource source, CalendarFormat format, Instant loadedAt,
                        Department loadedByDepartment, int workingDays, int holidays, int makeUpWorkingDays,
                        List<Day> days) {

        static CalendarYear of(int year, Optional<WorkingCalendarView> stored, WorkingCalendar calendar) {
            Optional<WorkingCalendarView.Year> loaded = stored.flatMap(view -> view.year(year));
            long version = stored.map(view -> view.version).orElse(calendar.version());
            List<Day> days = new ArrayList<>();
            int working = 0;
            int holidays = 0;
            int makeUps = 0;
            for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
                CalendarDay day = calendar.day(date);
                days.add(new Day(date, date.getDayOfWeek(), day.kind(), day.name()));
                working += day.working() ? 1 : 0;
                holidays += day.kind() == CalendarDay.Kind.HOLIDAY ? 1 : 0;
                makeUps += day.kind() == CalendarDay.Kind.MAKE_UP_WORKING_DAY ? 1 : 0;
            }
            return new CalendarYear(year, loaded.isPresent(), loaded.isEmpty(), version,
                    loaded.map(y -> y.loadedInVersion).orElse(null), loaded.map(y -> y.notice).orElse(null),
                    loaded.map(y -> y.source).orElse(null), loaded.map(y -> y.format).orElse(null),
                    loaded.map(y -> y.loadedAt).orElse(null), loaded.map(y -> y.loadedByDepartment).orElse(null),
                    working, holidays, makeUps, days);
        }
    }

    /** One date: its kind and, for a holiday or a make-up working day, the holiday's name. */
    record Day(LocalDate date, DayOfWeek dayOfWeek, CalendarDay.Kind kind, String name) {
    }
}
