package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.sla.CalendarDate;
import cn.cmcc.ah.gca.events.sla.CalendarFormat;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.test.RejectionMessages;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a year of the holiday schedule keeps before it is loaded, in both input formats. */
class CalendarYearsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A schedule for tests only (no 2027 notice is used): 元旦 Friday 2027-01-01 to Sunday 01-03. */
    static CalendarYearInput testYear2027() {
        return gca(2027, holiday("元旦", "2027-01-01", "2027-01-03"));
    }

    static CalendarYearInput gca(int year, CalendarYearInput.Holiday... holidays) {
        return new CalendarYearInput(null, null, year, new CalendarYearInput.Notice("测试用放假安排（非国务院通知）", null,
                null, null), List.of(holidays), null, null);
    }

    static CalendarYearInput.Holiday holiday(String name, String from, String to, String... makeUps) {
        return new CalendarYearInput.Holiday(name, LocalDate.parse(from), LocalDate.parse(to),
                java.util.Arrays.stream(makeUps).map(LocalDate::parse).toList());
    }

    private static CalendarYearInput holidayCn(String resource) throws Exception {
        try (InputStream in = CalendarYearsTest.class.getResourceAsStream(resource)) {
            return JSON.readValue(in, CalendarYearInput.class);
        }
    }

    private static void refused(CalendarRejection rejection, ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rejection()).isEqualTo(rejection));
    }

    @Test
    void everyRejectionHasAChineseAndAnEnglishText() {
        RejectionMessages.assertComplete(CalendarRejection.class, "sla-calendar-messages");
    }

    @Test
    void theShippedYearsKeepEveryRuleAndRecordTheirNotices() {
        List<YearSchedule> shipped = ShippedCalendars.all();

        assertThat(shipped).extracting(YearSchedule::year).containsExactly(2024, 2025, 2026);
        assertThat(shipped).extracting(year -> year.notice().number())
                .containsExactly("国办发明电〔2023〕7号", "国办发明电〔2024〕12号", "国办发明电〔2025〕7号");
        assertThat(shipped).extracting(year -> year.notice().publishedOn())
                .containsExactly("2023-10-25", "2024-11-12", "2025-11-04");
        assertThat(shipped.get(2).makeUpWorkingDays()).containsExactly(
                new CalendarDate("2026-01-04", "元旦"), new CalendarDate("2026-02-14", "春节"),
                new CalendarDate("2026-02-28", "春节"), new CalendarDate("2026-05-09", "劳动节"),
                new CalendarDate("2026-09-20", "国庆节"), new CalendarDate("2026-10-10", "国庆节"));
        assertThat(shipped.get(2).holidays()).hasSize(33);
    }

    @Test
    void holidayCnsPublishedFileGivesTheSameDaysAsTheShippedYear() throws Exception {
        YearSchedule fromHolidayCn = CalendarYears.validate(2026, holidayCn("/holiday-cn/2026.json"));
        YearSchedule shipped = ShippedCalendars.year(2026);

        assertThat(fromHolidayCn.format()).isEqualTo(CalendarFormat.HOLIDAY_CN);
        assertThat(fromHolidayCn.holidays()).isEqualTo(shipped.holidays());
        assertThat(fromHolidayCn.makeUpWorkingDays()).isEqualTo(shipped.makeUpWorkingDays());
        assertThat(fromHolidayCn.notice().title()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(fromHolidayCn.notice().url())
                .isEqualTo("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
        assertThat(fromHolidayCn.notice().number()).isNull();
    }

    @Test
    void holidayCnsEmptyFileForAYearNotYetPublishedIsRefused() throws Exception {
        CalendarYearInput empty = holidayCn("/holiday-cn/2027.json");
        refused(CalendarRejection.NO_HOLIDAYS, () -> CalendarYears.validate(2027, empty));
    }

    @Test
    void aDayOffOnAWeekendInsideAHolidayPeriodIsAccepted() {
        YearSchedule year = CalendarYears.validate(2027, testYear2027());
        assertThat(year.holidays()).extracting(CalendarDate::date)
                .containsExactly("2027-01-01", "2027-01-02", "2027-01-03");
    }

    @Test
    void aMakeUpWorkingDayMustBeASaturdayOrSunday() {
        refused(CalendarRejection.MAKE_UP_DAY_NOT_WEEKEND, () -> CalendarYears.validate(2027,
                gca(2027, holiday("春节", "2027-02-06", "2027-02-12", "2027-02-15"))));
    }

    @Test
    void aMakeUpWorkingDayMustNotAlsoBeADayOff() {
        refused(CalendarRejection.MAKE_UP_DAY_ALSO_OFF, () -> CalendarYears.validate(2027,
                gca(2027, holiday("春节", "2027-02-06", "2027-02-12", "2027-02-06"))));
    }

    @Test
    void everyDateMustBeInTheYearOfThePath() {
        refused(CalendarRejection.DATE_OUTSIDE_YEAR, () -> CalendarYears.validate(2027,
                gca(2027, holiday("元旦", "2026-12-31", "2027-01-01"))));
        refused(CalendarRejection.DATE_OUTSIDE_YEAR, () -> CalendarYears.validate(2027,
                gca(2027, holiday("元旦", "2027-01-01", "2027-01-01", "2026-12-27"))));
        refused(CalendarRejection.YEAR_MISMATCH, () -> CalendarYears.validate(2028, testYear2027()));
        refused(CalendarRejection.YEAR_OUT_OF_RANGE, () -> CalendarYears.validate(1999, gca(1999,
                holiday("元旦", "1999-01-01", "1999-01-01"))));
    }

    @Test
    void aHolidayPeriodOfWeekendDaysOnlyIsRefusedAsALikelyTypo() {
        refused(CalendarRejection.HOLIDAY_PERIOD_WEEKEND_ONLY, () -> CalendarYears.validate(2027,
                gca(2027, holiday("端午节", "2027-06-12", "2027-06-13"))));
    }

    @Test
    void aHolidayPeriodRunsForwardAndIsNotAbsurdlyLong() {
        refused(CalendarRejection.HOLIDAY_PERIOD_REVERSED, () -> CalendarYears.validate(2027,
                gca(2027, holiday("国庆节", "2027-10-07", "2027-10-01"))));
        refused(CalendarRejection.HOLIDAY_PERIOD_TOO_LONG, () -> CalendarYears.validate(2027,
                gca(2027, holiday("国庆节", "2027-10-01", "2027-10-31"))));
    }

    @Test
    void holidayNamesAreGivenAndShort() {
        refused(CalendarRejection.HOLIDAY_NAME_BLANK, () -> CalendarYears.validate(2027,
                gca(2027, holiday(" ", "2027-01-01", "2027-01-01"))));
        refused(CalendarRejection.HOLIDAY_NAME_TOO_LONG, () -> CalendarYears.validate(2027,
                gca(2027, holiday("元旦".repeat(11), "2027-01-01", "2027-01-01"))));
    }

    @Test
    void noDateIsListedTwice() {
        refused(CalendarRejection.DUPLICATE_DATE, () -> CalendarYears.validate(2027, gca(2027,
                holiday("元旦", "2027-01-01", "2027-01-01"), holiday("新年", "2027-01-01", "2027-01-01"))));
        refused(CalendarRejection.DUPLICATE_DATE, () -> CalendarYears.validate(2027, gca(2027,
                holiday("春节", "2027-02-06", "2027-02-12", "2027-02-20", "2027-02-20"))));
    }

    @Test
    void oneFormatAtATime_andTheOwnFormatNamesItsNotice() {
        refused(CalendarRejection.FORMAT_UNCLEAR, () -> CalendarYears.validate(2027,
                new CalendarYearInput(null, null, 2027, null, null, null, null)));
        refused(CalendarRejection.FORMAT_UNCLEAR, () -> CalendarYears.validate(2027,
                new CalendarYearInput(null, null, 2027, null, List.of(), null, List.of())));
        refused(CalendarRejection.NOTICE_REQUIRED, () -> CalendarYears.validate(2027,
                new CalendarYearInput(null, null, 2027, null,
                        List.of(holiday("元旦", "2027-01-01", "2027-01-01")), null, null)));
        refused(CalendarRejection.DATE_REQUIRED, () -> CalendarYears.validate(2027, new CalendarYearInput(null, null,
                2027, null, null, null, List.of(new CalendarYearInput.Day("元旦", null, true)))));
    }

    @Test
    void holidayCnMakeUpDaysJoinTheirHolidayAndAreCheckedTheSameWay() {
        CalendarYearInput weekdayMakeUp = new CalendarYearInput(null, null, 2027, null, null, null, List.of(
                new CalendarYearInput.Day("元旦", LocalDate.parse("2027-01-01"), true),
                new CalendarYearInput.Day("元旦", LocalDate.parse("2027-01-04"), false)));
        refused(CalendarRejection.MAKE_UP_DAY_NOT_WEEKEND, () -> CalendarYears.validate(2027, weekdayMakeUp));

        YearSchedule year = CalendarYears.validate(2027, new CalendarYearInput(null, null, 2027, null, null,
                List.of("https://example.invalid/notice"), List.of(
                new CalendarYearInput.Day("元旦", LocalDate.parse("2027-01-01"), true),
                new CalendarYearInput.Day("元旦", LocalDate.parse("2027-01-09"), false))));
        assertThat(year.makeUpWorkingDays()).containsExactly(new CalendarDate("2027-01-09", "元旦"));
        assertThat(year.notice().url()).isEqualTo("https://example.invalid/notice");
    }
}
