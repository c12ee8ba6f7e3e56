package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.sla.SlaMonitorApplication;
import cn.cmcc.ah.gca.support.GcaApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sla-monitor instances on one store, started together: each shipped year is loaded once (no failure, no second
 * load), and a year loaded through one instance counts on the other within the refresh interval, without a restart
 * and without a REST read there.
 */
class CalendarTwoInstancesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstancesTogether() {
        String database = "sla-calendar-two-" + UUID.randomUUID().toString().substring(0, 8);
        CompletableFuture<ConfigurableApplicationContext> one = CompletableFuture.supplyAsync(() -> start(database));
        CompletableFuture<ConfigurableApplicationContext> two = CompletableFuture.supplyAsync(() -> start(database));
        first = one.join();
        second = two.join();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[]{second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        TestInfrastructure infrastructure = TestInfrastructure.embedded();
        return GcaApplication.builder(SlaMonitorApplication.class, SlaMonitorApplication.NAME)
                .run(infrastructure.instanceArguments(database));
    }

    private static CalendarHttp http(ConfigurableApplicationContext context) {
        return new CalendarHttp(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void shippedYearsAreLoadedOnceAndAYearLoadedThroughOneInstanceCountsOnTheOther() {
        WorkingCalendar onFirst = first.getBean(WorkingCalendar.class);
        WorkingCalendar onSecond = second.getBean(WorkingCalendar.class);
        // three shipped years, three loads: the instance that lost a race found the year there and loaded nothing
        Http.eventually(Duration.ofSeconds(10), () -> onSecond.version() == 3 && onFirst.version() == 3 ? true : null);
        assertThat(http(first).get("/api/calendar/2025", Department.GCD).json().get("calendarVersion").asLong())
                .isEqualTo(3);

        Instant start = Instant.parse("2026-12-30T02:00:00Z");
        assertThat(onSecond.afterWorkingDays(start, BigDecimal.valueOf(3)).provisional()).isTrue();

        Http.Response loaded = http(first).put("/api/calendar/2027", Department.PND, """
                {"year": 2027, "notice": {"title": "测试用放假安排（非国务院通知）"},
                 "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}]}""");
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        long started = System.nanoTime();

        CalendarInstant seen = Http.eventually(Duration.ofSeconds(5), () -> {
            CalendarInstant deadline = onSecond.afterWorkingDays(start, BigDecimal.valueOf(3));
            return deadline.provisional() ? null : deadline;
        });
        System.out.printf("Second instance saw the year after %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(seen.calendarVersion()).isEqualTo(4);
        assertThat(seen.at()).isEqualTo(Instant.parse("2027-01-05T16:00:00Z"));
        assertThat(onSecond.hasYear(2027)).isTrue();
    }
}
