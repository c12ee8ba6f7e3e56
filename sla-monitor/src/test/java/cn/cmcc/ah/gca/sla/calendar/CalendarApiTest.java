package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.sla.command.SlaStep;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar API on a real sla-monitor (embedded Kafka and store): the shipped years loaded at start-up, the
 * calendar and deadline reads, loading a year in either format by PND or ADMIN only, the refusals, and the audit
 * event on gca.sla.events.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,sla-monitor")
public class CalendarApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Autowired
    WorkingCalendar calendar;

    private CalendarHttp http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "sla-monitor");
    }

    @BeforeEach
    void client() {
        http = new CalendarHttp(port);
    }

    /** A test schedule (not a State Council notice) in the project's own format. */
    private static String testYear(int year, String makeUpDay) {
        return """
                {"year": %d,
                 "notice": {"title": "测试用放假安排（非国务院通知）", "number": "测试〔%d〕1号", "publishedOn": "%d-11-01"},
                 "holidays": [
                   {"name": "元旦", "from": "%d-01-01", "to": "%d-01-03", "makeUpWorkingDays": []},
                   {"name": "春节", "from": "%d-02-08", "to": "%d-02-12", "makeUpWorkingDays": ["%s"]}]}"""
                .formatted(year, year - 1, year - 1, year, year, year, year, makeUpDay);
    }

    private static JsonNode day(JsonNode year, String date) {
        for (JsonNode day : year.get("days")) {
            if (day.get("date").asText().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("no " + date);
    }

    @Test
    void theShippedYearsAreLoadedAtStartUp_andEveryoneReadsAYearDateByDate() {
        Http.Response response = http.get("/api/calendar/2026", Department.CUSTOMER);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode year = response.json();
        assertThat(year.get("loaded").asBoolean()).isTrue();
        assertThat(year.get("provisional").asBoolean()).isFalse();
        assertThat(year.get("source").asText()).isEqualTo("SHIPPED");
        assertThat(year.get("notice").get("number").asText()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(year.get("notice").get("publishedOn").asText()).isEqualTo("2025-11-04");
        assertThat(year.get("days")).hasSize(365);
        assertThat(year.get("workingDays").asInt()).isEqualTo(248);
        assertThat(day(year, "2026-02-14").get("kind").asText()).isEqualTo("MAKE_UP_WORKING_DAY");
        assertThat(day(year, "2026-02-14").get("name").asText()).isEqualTo("春节");
        assertThat(day(year, "2026-02-15").get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(day(year, "2026-03-02").get("kind").asText()).isEqualTo("WORKING_DAY");
        assertThat(day(year, "2026-03-01").get("kind").asText()).isEqualTo("WEEKEND");
        assertThat(calendar.hasYear(2024) && calendar.hasYear(2025) && calendar.hasYear(2026)).isTrue();
    }

    @Test
    void theDeadlineOfNWorkingDaysCrossesIntoTheNextYearsSchedule() {
        Http.Response response = http.get("/api/calendar/deadline?start=2025-12-31T10:00:00%2B08:00&workingDays=3",
                Department.GCD);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode deadline = response.json();
        // 2026-01-01 … 03 元旦 off, Sunday 01-04 make-up (1), 01-05 (2), 01-06 (3) → 24:00 of 01-06
        assertThat(deadline.get("deadline").asText()).isEqualTo("2026-01-06T16:00:00Z");
        assertThat(deadline.get("deadlineLocal").asText()).isEqualTo("2026-01-07T00:00:00+08:00");
        assertThat(deadline.get("start").asText()).isEqualTo("2025-12-31T02:00:00Z");
        assertThat(deadline.get("provisional").asBoolean()).isFalse();
        assertThat(deadline.get("closeOfBusiness").asText()).isEqualTo("24:00");
        assertThat(deadline.get("calendarVersion").asLong()).isGreaterThanOrEqualTo(3);
        // a + left unencoded arrives as a space and is still understood; Z works too
        assertThat(http.get("/api/calendar/deadline?start=2025-12-31T10:00:00+08:00&workingDays=3",
                Department.CUSTOMER).json().get("deadline").asText()).isEqualTo("2026-01-06T16:00:00Z");
        assertThat(http.get("/api/calendar/deadline?start=2026-11-30T02:00:00Z&workingDays=2.4",
                Department.CUSTOMER).json().get("deadlineLocal").asText()).isEqualTo("2026-12-03T09:36:00+08:00");
    }

    @Test
    void badDeadlineParametersAre400ProblemJson() {
        for (String query : new String[]{"start=2026-11-30&workingDays=3", "start=yesterday&workingDays=3",
                "start=2026-11-30T10:00:00Z&workingDays=0", "start=2026-11-30T10:00:00Z&workingDays=-1",
                "start=2026-11-30T10:00:00Z&workingDays=abc", "start=2026-11-30T10:00:00Z&workingDays=1.23456",
                "start=2026-11-30T10:00:00Z&workingDays=367", "workingDays=3", "start=2026-11-30T10:00:00Z",
                "start=2026-11-30T10:00:00Z&workingDays=3&days=4"}) {
            Http.Response response = http.get("/api/calendar/deadline?" + query, Department.GCD);
            assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith(PROBLEM_JSON);
        }
        Http.Response bad = http.get("/api/calendar/deadline?start=2026-11-30&workingDays=3", Department.GCD, "en");
        assertThat(bad.json().get("code").asText()).isEqualTo("start-invalid");
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("start");
        assertThat(bad.json().get("detail").asText()).contains("ISO-8601");
        assertThat(http.get("/api/calendar/1999", Department.GCD).status()).isEqualTo(400);
    }

    @Test
    void aMissingYearIsProvisionalAndCounted_untilPndLoadsItThroughTheApi_andTheLoadIsAudited() throws Exception {
        String query = "/api/calendar/deadline?start=2026-12-30T10:00:00%2B08:00&workingDays=3";
        double provisionalBefore = registry.get("gca.sla.calendar.provisional").counter().count();
        JsonNode before = http.get(query, Department.CSSC).json();
        assertThat(before.get("provisional").asBoolean()).isTrue();
        // Thursday 12-31 (1), Friday 2027-01-01 (2: Monday–Friday fallback), Monday 01-04 (3)
        assertThat(before.get("deadline").asText()).isEqualTo("2027-01-04T16:00:00Z");
        assertThat(registry.get("gca.sla.calendar.provisional").counter().count()).isGreaterThan(provisionalBefore);
        assertThat(registry.get("gca.sla.calendar.year.loaded").tag("year", "2027").gauge().value()).isEqualTo(0);
        assertThat(http.get("/api/calendar/2027", Department.GCD).json().get("provisional").asBoolean()).isTrue();

        try (TopicReader reader = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            Http.Response loaded = http.put("/api/calendar/2027", Department.PND, testYear(2027, "2027-02-20"));
            assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
            JsonNode year = loaded.json();
            assertThat(year.get("loaded").asBoolean()).isTrue();
            assertThat(year.get("source").asText()).isEqualTo("API");
            assertThat(year.get("format").asText()).isEqualTo("GCA");
            assertThat(year.get("loadedByDepartment").asText()).isEqualTo("PND");
            assertThat(year.get("calendarVersion").asLong()).isGreaterThan(before.get("calendarVersion").asLong());
            assertThat(day(year, "2027-02-20").get("kind").asText()).isEqualTo("MAKE_UP_WORKING_DAY");

            JsonNode after = http.get(query, Department.CSSC).json();
            assertThat(after.get("provisional").asBoolean()).isFalse();
            assertThat(after.get("calendarVersion").asLong()).isEqualTo(year.get("calendarVersion").asLong());
            // 2027-01-01 is now 元旦: Thursday 12-31, Monday 01-04, Tuesday 01-05
            assertThat(after.get("deadline").asText()).isEqualTo("2027-01-05T16:00:00Z");
            assertThat(registry.get("gca.sla.calendar.year.loaded").tag("year", "2027").gauge().value())
                    .isEqualTo(1);

            ConsumerRecord<String, CloudEvent> record = reader.await(r -> r.value().getType()
                    .equals("gca.sla.WorkingCalendarYearLoaded.v1"), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo("working-calendar");
            JsonNode event = JSON.readTree(record.value().getData().toBytes());
            assertThat(event.get("year").asInt()).isEqualTo(2027);
            assertThat(event.get("source").asText()).isEqualTo("API");
            assertThat(event.get("replaced").asBoolean()).isFalse();
            assertThat(event.get("loadedByDepartment").asText()).isEqualTo("PND");
            assertThat(event.get("loadedByUser").asText()).isEqualTo("pnd-user");
            assertThat(event.get("calendarVersion").asLong()).isEqualTo(year.get("calendarVersion").asLong());
            assertThat(event.get("makeUpWorkingDays").get(0).get("date").asText()).isEqualTo("2027-02-20");
        }
    }

    @Test
    void prometheusShowsTheProvisionalCounterAndWhetherThisAndNextYearAreLoaded() {
        // no test loads 2031: this deadline is provisional
        http.get("/api/calendar/deadline?start=2031-01-06T10:00:00%2B08:00&workingDays=3", Department.GCD);
        int thisYear = java.time.LocalDate.now(WorkingCalendar.ZONE).getYear();

        String metrics = Http.localhost(port).get("/actuator/prometheus").send().body();

        assertThat(metrics).containsPattern("gca_sla_calendar_provisional_total(\\{[^}]*})? [1-9]");
        assertThat(metrics).containsPattern("gca_sla_calendar_year_loaded\\{[^}]*year=\"" + thisYear
                + "\"[^}]*} [01]\\.0");
        assertThat(metrics).containsPattern("gca_sla_calendar_year_loaded\\{[^}]*year=\"" + (thisYear + 1)
                + "\"[^}]*} [01]\\.0");
    }

    @Test
    void holidayCnsPublishedFileIsAcceptedAsItIs() throws Exception {
        String file;
        try (InputStream in = getClass().getResourceAsStream("/holiday-cn/2026.json")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Http.Response response = http.put("/api/calendar/2026", Department.ADMIN, file);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode year = response.json();
        assertThat(year.get("format").asText()).isEqualTo("HOLIDAY_CN");
        assertThat(year.get("notice").get("url").asText())
                .isEqualTo("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
        assertThat(year.get("workingDays").asInt()).isEqualTo(248);
        assertThat(day(year, "2026-09-20").get("kind").asText()).isEqualTo("MAKE_UP_WORKING_DAY");
        assertThat(day(year, "2026-09-20").get("name").asText()).isEqualTo("国庆节");
    }

    @Test
    void aYearBreakingARuleIsRefusedWith422InChineseOrEnglish() {
        Http.Response weekday = http.put("/api/calendar/2029", Department.PND, testYear(2029, "2029-02-14"));
        assertThat(weekday.status()).as(weekday.body()).isEqualTo(422);
        assertThat(weekday.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(weekday.json().get("code").asText()).isEqualTo("make-up-day-not-weekend");
        assertThat(weekday.json().get("detail").asText()).contains("调休上班日 2029-02-14 不是周六或周日");
        assertThat(http.put("/api/calendar/2029", Department.PND, testYear(2029, "2029-02-14"), "en").json()
                .get("detail").asText()).contains("Make-up working day 2029-02-14 is not a Saturday or Sunday");

        Http.Response mismatch = http.put("/api/calendar/2030", Department.PND, testYear(2029, "2029-02-17"));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.json().get("code").asText()).isEqualTo("year-mismatch");

        Http.Response weekendOnly = http.put("/api/calendar/2029", Department.PND, """
                {"year": 2029, "notice": {"title": "测试"},
                 "holidays": [{"name": "端午节", "from": "2029-06-16", "to": "2029-06-17"}]}""");
        assertThat(weekendOnly.status()).isEqualTo(422);
        assertThat(weekendOnly.json().get("code").asText()).isEqualTo("holiday-period-weekend-only");

        // strict input: an unknown field, a number for a text, trailing bytes
        assertThat(http.put("/api/calendar/2029", Department.PND, testYear(2029, "2029-02-17")
                .replace("\"year\": 2029,", "\"year\": 2029, \"region\": \"安徽\",")).status()).isEqualTo(400);
        assertThat(http.put("/api/calendar/2029", Department.PND, testYear(2029, "2029-02-17")
                .replace("\"name\": \"元旦\"", "\"name\": 1")).status()).isEqualTo(400);
        assertThat(http.put("/api/calendar/2029", Department.PND, testYear(2029, "2029-02-17") + "{}").status())
                .isEqualTo(400);
        assertThat(http.get("/api/calendar/2029", Department.PND).json().get("loaded").asBoolean())
                .as("nothing refused was loaded").isFalse();
    }

    /** The steps this class's role matrix tries; {@code SlaStepsTest} checks the classes together cover the table. */
    public static final java.util.Set<SlaStep> STEPS = java.util.EnumSet.of(SlaStep.LOAD_CALENDAR_YEAR,
            SlaStep.READ_CALENDAR);

    @Test
    void onlyPndAndAdminLoadAYear_everyDepartmentAndCustomerReads() {
        RoleMatrix<SlaStep> matrix = RoleMatrix.of(SlaStep.class);
        matrix.check(SlaStep.LOAD_CALENDAR_YEAR, 200,
                department -> http.put("/api/calendar/2028", department, testYear(2028, "2028-02-19")));
        matrix.check(SlaStep.READ_CALENDAR, 200, department -> http.get("/api/calendar/2028", department));
        matrix.assertChecked(STEPS.toArray(SlaStep[]::new));

        Http.Response gcd = http.put("/api/calendar/2028", Department.GCD, testYear(2028, "2028-02-19"));
        assertThat(gcd.status()).isEqualTo(403);
        assertThat(gcd.header("Content-Type")).startsWith(PROBLEM_JSON);
        assertThat(gcd.json().get("article").asText()).isEqualTo("Art. 5");
    }
}
