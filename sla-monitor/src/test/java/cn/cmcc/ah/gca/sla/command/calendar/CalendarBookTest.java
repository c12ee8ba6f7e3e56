package cn.cmcc.ah.gca.sla.command.calendar;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.CalendarDate;
import cn.cmcc.ah.gca.events.sla.CalendarFormat;
import cn.cmcc.ah.gca.events.sla.CalendarNotice;
import cn.cmcc.ah.gca.events.sla.CalendarSource;
import cn.cmcc.ah.gca.events.sla.WorkingCalendarYearLoaded;
import cn.cmcc.ah.gca.sla.command.SlaStep;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.cmcc.ah.gca.support.test.Refusals.forbidden;

/**
 * The calendar's history: every load is one event with the next version; a shipped year is loaded only once, however
 * many instances send it; an API load replaces; only PND and ADMIN load through the API (Art. 5).
 */
class CalendarBookTest {

    private static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");
    private static final CalendarNotice NOTICE = new CalendarNotice("国务院办公厅关于2026年部分节假日安排的通知",
            "国办发明电〔2025〕7号", "2025-11-04", null);
    private static final List<CalendarDate> OFF = List.of(new CalendarDate("2026-01-01", "元旦"));
    private static final List<CalendarDate> WORK = List.of(new CalendarDate("2026-01-04", "元旦"));

    private AggregateTestFixture<WorkingCalendarBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingCalendarBook.class);
    }

    private static LoadCalendarYear load(int year, CalendarSource source, Department department) {
        return new LoadCalendarYear(WorkingCalendarBook.ID, year, NOTICE, OFF, WORK, source, CalendarFormat.GCA,
                source == CalendarSource.SHIPPED ? "sla-monitor" : "pnd-user", department, AT);
    }

    private static WorkingCalendarYearLoaded loaded(int year, CalendarSource source, Department department,
                                                    boolean replaced, long version) {
        return new WorkingCalendarYearLoaded(year, NOTICE, OFF, WORK, source, CalendarFormat.GCA, replaced, version,
                source == CalendarSource.SHIPPED ? "sla-monitor" : "pnd-user", department, AT);
    }

    @Test
    void theFirstShippedYearStartsTheCalendarAtVersion1() {
        fixture.givenNoPriorActivity()
                .when(load(2026, CalendarSource.SHIPPED, null))
                .expectEvents(loaded(2026, CalendarSource.SHIPPED, null, false, 1));
    }

    @Test
    void aShippedYearAlreadyThereIsNotLoadedAgain_soInstancesStartingTogetherLoadItOnce() {
        fixture.given(loaded(2026, CalendarSource.SHIPPED, null, false, 1))
                .when(load(2026, CalendarSource.SHIPPED, null))
                .expectNoEvents();
    }

    @Test
    void anApiLoadReplacesAYearWithTheNextVersion() {
        fixture.given(loaded(2025, CalendarSource.SHIPPED, null, false, 1),
                        loaded(2026, CalendarSource.SHIPPED, null, false, 2))
                .when(load(2026, CalendarSource.API, Department.PND))
                .expectEvents(loaded(2026, CalendarSource.API, Department.PND, true, 3));
    }

    @Test
    void onlyPndAndAdminLoadAYearThroughTheApi() {
        fixture.given(loaded(2026, CalendarSource.SHIPPED, null, false, 1))
                .when(load(2027, CalendarSource.API, Department.GCD))
                .expectException(forbidden(SlaStep.LOAD_CALENDAR_YEAR, Department.GCD));
        fixture.given(loaded(2026, CalendarSource.SHIPPED, null, false, 1))
                .when(load(2027, CalendarSource.API, Department.ADMIN))
                .expectEvents(loaded(2027, CalendarSource.API, Department.ADMIN, false, 2));
    }
}
