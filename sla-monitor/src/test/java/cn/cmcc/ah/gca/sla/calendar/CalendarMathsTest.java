package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.sla.MovableClock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar's rules, on the shipped State Council schedules 2024–2026 (workflow-en.md "Working days"): the start
 * day is not counted (民法典第201条), the N-th working day ends at 24:00 Asia/Shanghai or at the close of business
 * (第203条), holidays are off, make-up days (调休上班) count, a year with no schedule falls back to Monday–Friday.
 */
class CalendarMathsTest {

    private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-12-02T02:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private WorkingCalendar calendar(InMemoryCalendarStore store, LocalTime closeOfBusiness) {
        return new WorkingCalendar(store, new CalendarProperties(closeOfBusiness, Duration.ofSeconds(1)), clock,
                registry);
    }

    private final WorkingCalendar calendar = calendar(InMemoryCalendarStore.shipped(), null);

    /** A local time in Asia/Shanghai. */
    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
    }

    private static BigDecimal days(String n) {
        return new BigDecimal(n);
    }

    @Test
    void theDeadlineIs2400OfTheNthWorkingDayAfterTheStartDay_theStartDayNotCounted() {
        // Monday 2026-11-30 10:00 + 3 working days: Tuesday, Wednesday, Thursday → Thursday 24:00
        CalendarInstant deadline = calendar.afterWorkingDays(shanghai("2026-11-30T10:00"), days("3"));

        assertThat(deadline.at()).isEqualTo(shanghai("2026-12-04T00:00"));
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.calendarVersion()).isEqualTo(3);
    }

    @Test
    void aStatutoryHolidayIsNotAWorkingDay() {
        // Wednesday 2026-09-30 + 1: 10-01 … 10-07 are 国庆节, so the first working day is Thursday 10-08
        assertThat(calendar.afterWorkingDays(shanghai("2026-09-30T16:00"), days("1")).at())
                .isEqualTo(shanghai("2026-10-09T00:00"));
        // Friday 2026-02-13 + 1: Saturday 02-14 is a make-up day of 春节
        assertThat(calendar.afterWorkingDays(shanghai("2026-02-13T09:00"), days("2")).at())
                .as("02-14 make-up, then 02-15 … 02-23 春节, then Tuesday 02-24")
                .isEqualTo(shanghai("2026-02-25T00:00"));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        // Friday 2026-10-09 + 1: Saturday 10-10 is 调休上班 for 国庆节
        assertThat(calendar.afterWorkingDays(shanghai("2026-10-09T10:00"), days("1")).at())
                .isEqualTo(shanghai("2026-10-11T00:00"));
        // an ordinary Saturday is not: Friday 2026-11-27 + 1 → Monday 11-30
        assertThat(calendar.afterWorkingDays(shanghai("2026-11-27T10:00"), days("1")).at())
                .isEqualTo(shanghai("2026-12-01T00:00"));
    }

    @Test
    void countingCrossesTheYearBoundaryIntoTheNextYearsSchedule() {
        // 2025-12-31 + 3: 2026-01-01 … 01-03 元旦 off, Sunday 01-04 make-up (1), Monday 01-05 (2), Tuesday 01-06 (3)
        CalendarInstant deadline = calendar.afterWorkingDays(shanghai("2025-12-31T11:00"), days("3"));

        assertThat(deadline.at()).isEqualTo(shanghai("2026-01-07T00:00"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void receiptOnAHolidayStartsCountingAtTheFirstWorkingDayAfterIt() {
        // received Saturday 2026-10-03 in the middle of 国庆节: 10-08 (1), 10-09 (2), Saturday 10-10 make-up (3)
        assertThat(calendar.afterWorkingDays(shanghai("2026-10-03T10:00"), days("1")).at())
                .isEqualTo(shanghai("2026-10-09T00:00"));
        assertThat(calendar.afterWorkingDays(shanghai("2026-10-03T10:00"), days("3")).at())
                .isEqualTo(shanghai("2026-10-11T00:00"));
    }

    @Test
    void aYearWithNoScheduleFallsBackToMondayToFriday_provisional_andTheMetricMoves() {
        assertThat(calendar.hasYear(2027)).isFalse();
        assertThat(registry.get("gca.sla.calendar.year.loaded").tag("year", "2026").gauge().value()).isEqualTo(1);
        assertThat(registry.get("gca.sla.calendar.year.loaded").tag("year", "2027").gauge().value()).isEqualTo(0);
        double before = registry.get("gca.sla.calendar.provisional").counter().count();

        // Wednesday 2026-12-30 + 3: Thursday 12-31 (1), Friday 2027-01-01 (2: no schedule, so a working day), Monday
        CalendarInstant deadline = calendar.afterWorkingDays(shanghai("2026-12-30T10:00"), days("3"));

        assertThat(deadline.at()).isEqualTo(shanghai("2027-01-05T00:00"));
        assertThat(deadline.provisional()).isTrue();
        assertThat(calendar.day(LocalDate.parse("2027-01-01")))
                .isEqualTo(new CalendarDay(LocalDate.parse("2027-01-01"), CalendarDay.Kind.WORKING_DAY, null, true));
        assertThat(registry.get("gca.sla.calendar.provisional").counter().count()).isEqualTo(before + 1);
        // a deadline entirely within a loaded year is not provisional and does not count
        assertThat(calendar.afterWorkingDays(shanghai("2026-12-01T10:00"), days("3")).provisional()).isFalse();
        assertThat(registry.get("gca.sla.calendar.provisional").counter().count()).isEqualTo(before + 1);
    }

    @Test
    void aYearLoadedLaterCountsOnceTheRefreshIntervalHasPassed_andTheVersionChanges() {
        InMemoryCalendarStore store = InMemoryCalendarStore.shipped();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        WorkingCalendar calendar = new WorkingCalendar(store, new CalendarProperties(null, Duration.ofSeconds(1)),
                clock, registry);
        Instant start = shanghai("2026-12-30T10:00");
        assertThat(calendar.afterWorkingDays(start, days("3")).provisional()).isTrue();

        store.load(CalendarYears.validate(2027, CalendarYearsTest.testYear2027()));
        assertThat(calendar.version()).as("within the refresh interval: not read yet").isEqualTo(3);
        clock.advance(Duration.ofSeconds(1));

        CalendarInstant deadline = calendar.afterWorkingDays(start, days("3"));
        assertThat(deadline.provisional()).isFalse();
        assertThat(deadline.calendarVersion()).isEqualTo(4);
        assertThat(calendar.hasYear(2027)).isTrue();
        assertThat(registry.get("gca.sla.calendar.year.loaded").tag("year", "2027").gauge().value()).isEqualTo(1);
        // the test schedule makes 2027-01-01 (Friday) a holiday: Thursday 12-31, Monday 01-04, Tuesday 01-05
        assertThat(deadline.at()).isEqualTo(shanghai("2027-01-06T00:00"));
    }

    @Test
    void aHandlerOfTheLoadEventCanWaitForThatVersionBeforeRecomputing() {
        InMemoryCalendarStore store = InMemoryCalendarStore.shipped();
        WorkingCalendar calendar = calendar(store, null);

        assertThat(calendar.awaitVersion(4, Duration.ofMillis(100))).as("not loaded yet").isFalse();
        store.load(CalendarYears.validate(2027, CalendarYearsTest.testYear2027()));
        assertThat(calendar.awaitVersion(4, Duration.ofSeconds(1))).isTrue();
        assertThat(calendar.version()).isEqualTo(4);
        assertThat(calendar.hasYear(2027)).isTrue();
    }

    @Test
    void theStoreIsReadOnlyWhenItsVersionChanged_atMostOncePerRefreshInterval() {
        InMemoryCalendarStore store = InMemoryCalendarStore.shipped();
        WorkingCalendar calendar = calendar(store, null);
        int reads = store.reads;
        for (int i = 0; i < 10_000; i++) {
            calendar.afterWorkingDays(shanghai("2026-03-02T10:00"), days("5"));
        }
        clock.advance(Duration.ofSeconds(5));
        calendar.afterWorkingDays(shanghai("2026-03-02T10:00"), days("5"));

        assertThat(store.reads).as("full reads: the version did not change").isEqualTo(reads);
    }

    @Test
    void withACloseOfBusinessTheDeadlineIsThatTimeOfTheLastDay_alsoForAReceiptAfterTheClose() {
        WorkingCalendar calendar = calendar(InMemoryCalendarStore.shipped(), LocalTime.of(17, 30));

        // received Friday 2026-11-27 18:05, after the close: the day is not counted anyway → Monday 17:30
        assertThat(calendar.afterWorkingDays(shanghai("2026-11-27T18:05"), days("1")).at())
                .isEqualTo(shanghai("2026-11-30T17:30"));
        assertThat(calendar.afterWorkingDays(shanghai("2026-11-27T09:00"), days("1")).at())
                .isEqualTo(shanghai("2026-11-30T17:30"));
        assertThat(calendar.closeOfBusiness()).isEqualTo("17:30");
        // a day's working time ends at the close: Monday 18:00 is one full working day after Friday
        assertThat(calendar.workingDaysBetween(shanghai("2026-11-27T18:05"), shanghai("2026-11-30T18:00")))
                .isEqualByComparingTo("1");
        assertThat(calendar.workingDaysBetween(shanghai("2026-11-27T18:05"), shanghai("2026-11-30T08:45")))
                .isEqualByComparingTo("0.5");
    }

    @Test
    void aFractionOfTheLimitRunsProportionallyIntoItsDay_forThe80PercentWarning() {
        Instant monday = shanghai("2026-11-30T10:00");
        // 80 % of 3 working days = 2.4: Tuesday and Wednesday, then 40 % into Thursday (09:36 of 24 h)
        assertThat(calendar.afterWorkingDays(monday, days("2.4")).at()).isEqualTo(shanghai("2026-12-03T09:36"));
        assertThat(calendar.afterWorkingDays(monday, days("0.5")).at()).isEqualTo(shanghai("2026-12-01T12:00"));
        // with the close at 17:30, 40 % of the 17.5-hour day is 07:00
        WorkingCalendar closing = calendar(InMemoryCalendarStore.shipped(), LocalTime.of(17, 30));
        assertThat(closing.afterWorkingDays(monday, days("2.4")).at()).isEqualTo(shanghai("2026-12-03T07:00"));
        assertThat(closing.afterWorkingDays(monday, days("3")).at()).isEqualTo(shanghai("2026-12-03T17:30"));
        // no working days: the start itself
        assertThat(calendar.afterWorkingDays(monday, days("0")).at()).isEqualTo(monday);
        assertThatThrownBy(() -> calendar.afterWorkingDays(monday, days("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsTheWorkingTimeAfterTheStartDay() {
        Instant monday = shanghai("2026-11-30T10:00");
        assertThat(calendar.workingDaysBetween(monday, shanghai("2026-12-03T09:36"))).isEqualByComparingTo("2.4")
                .hasScaleOf(4);
        assertThat(calendar.workingDaysBetween(monday, shanghai("2026-11-30T23:00"))).as("same day")
                .isEqualByComparingTo("0");
        assertThat(calendar.workingDaysBetween(monday, monday.minusSeconds(1))).as("end before start")
                .isEqualByComparingTo("0");
        // over 国庆节: 09-30 → 10-09 12:00 is 10-08 (1) and half of 10-09
        assertThat(calendar.workingDaysBetween(shanghai("2026-09-30T10:00"), shanghai("2026-10-09T12:00")))
                .isEqualByComparingTo("1.5");
        // across the year boundary, over the 元旦 days off and the make-up Sunday 2026-01-04
        assertThat(calendar.workingDaysBetween(shanghai("2025-12-31T11:00"), shanghai("2026-01-07T00:00")))
                .isEqualByComparingTo("3");
        // a weekend end adds nothing of its own day
        assertThat(calendar.workingDaysBetween(monday, shanghai("2026-12-05T15:00"))).isEqualByComparingTo("4");
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAfterWorkingDays() {
        Random random = new Random(9);
        Instant first = shanghai("2024-01-01T00:00");
        for (int i = 0; i < 5_000; i++) {
            Instant start = first.plusSeconds(random.nextInt(3 * 365 * 86_400));
            BigDecimal n = BigDecimal.valueOf(1 + random.nextInt(400_000), 4);
            CalendarInstant deadline = calendar.afterWorkingDays(start, n);
            assertThat(calendar.workingDaysBetween(start, deadline.at())).as("%s + %s", start, n)
                    .isEqualByComparingTo(n);
        }
    }

    @Test
    void everyDateHasItsKindAndAHolidayOrMakeUpDayItsName() {
        assertThat(calendar.day(LocalDate.parse("2026-02-14")))
                .isEqualTo(new CalendarDay(LocalDate.parse("2026-02-14"), CalendarDay.Kind.MAKE_UP_WORKING_DAY, "春节",
                        false));
        // a Sunday inside the holiday period is shown as the holiday
        assertThat(calendar.day(LocalDate.parse("2026-02-15")).kind()).isEqualTo(CalendarDay.Kind.HOLIDAY);
        assertThat(calendar.day(LocalDate.parse("2026-02-15")).name()).isEqualTo("春节");
        assertThat(calendar.day(LocalDate.parse("2026-02-24")).kind()).isEqualTo(CalendarDay.Kind.WORKING_DAY);
        assertThat(calendar.day(LocalDate.parse("2026-03-01")).kind()).isEqualTo(CalendarDay.Kind.WEEKEND);
        assertThat(calendar.day(LocalDate.parse("2025-10-08")).name()).isEqualTo("国庆节、中秋节");
        assertThat(calendar.day(LocalDate.parse("2024-05-11")).kind())
                .isEqualTo(CalendarDay.Kind.MAKE_UP_WORKING_DAY);
        assertThat(calendar.hasYear(2024)).isTrue();
    }

    @Test
    void theShippedYearsHaveTheWorkingDaysOfTheirNotices() {
        // 365/366 days − weekend days − weekday holidays + make-up days
        assertThat(workingDays(2024)).isEqualTo(251);
        assertThat(workingDays(2025)).isEqualTo(248);
        assertThat(workingDays(2026)).isEqualTo(248);
    }

    private int workingDays(int year) {
        int count = 0;
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            count += calendar.day(date).working() ? 1 : 0;
        }
        return count;
    }

    @Test
    void aMillionDeadlinesTakeSecondsNotMinutes() {
        Instant first = shanghai("2024-01-01T00:00");
        BigDecimal[] limits = {days("1"), days("2.4"), days("3"), days("5"), days("15"), days("0.8")};
        long started = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < 1_000_000; i++) {
            sum += calendar.afterWorkingDays(first.plusSeconds(i * 97L), limits[i % limits.length]).at()
                    .getEpochSecond();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("10^6 afterWorkingDays: %d ms (checksum %d)%n", took.toMillis(), sum);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
    }
}
