package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged.Reason;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import cn.cmcc.ah.gca.sla.command.SlaClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.Replan;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.ResumeClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clock whose limit is a date (Art. 19, the Art. 22 activation clock) with the real planner: the deadline is the
 * close of the date in Asia/Shanghai, and a pause moves it out by the clock time paused — as it does for every other
 * limit — where it used to stay at the close of the date (a date limit counted nothing as used).
 */
class UntilDatePauseTest {

    private static final String RULE = "provisioning.activation";
    private static final String SUBJECT = "RD-2026-000123";
    private static final String ID = RULE + ":" + SUBJECT;
    private static final BigDecimal EIGHTY = new BigDecimal("0.8");
    private static final LimitSpec UNTIL = LimitSpec.until(LocalDate.of(2026, 3, 20));
    /** Monday 2026-03-02 10:00 Beijing time. */
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    /** 2026-03-20 24:00 Beijing time. */
    private static final Instant CLOSE = Instant.parse("2026-03-20T16:00:00Z");
    /** 80 % of the 18 days 14 hours from the start to the close: 14 days 20 h 48 min. */
    private static final Instant WARN = Instant.parse("2026-03-16T22:48:00Z");
    private static final Instant PAUSED = Instant.parse("2026-03-05T02:00:00Z");
    /** 3 days 2 hours after the pause. */
    private static final Instant RESUMED = Instant.parse("2026-03-08T04:00:00Z");

    private AggregateTestFixture<SlaClock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SlaClock.class);
        // a date limit reads no working day: no calendar needed
        fixture.registerInjectableResource(new CalendarDeadlinePlanner(null));
    }

    private static SlaClockStarted started() {
        return new SlaClockStarted(ID, RULE, "decision", SUBJECT, "5510001234", ServiceLevel.AA, Department.CSSC,
                START, WARN, CLOSE, false, 1L, Department.GCD, UNTIL.toString(), 0L);
    }

    private static SlaClockPaused paused(Instant at) {
        return new SlaClockPaused(ID, RULE, SUBJECT, Department.CSSC, at);
    }

    @Test
    void startsDueAtTheCloseOfTheDateInShanghaiWarningAtEightyPercentOfTheSpan() {
        fixture.givenNoPriorActivity()
                .when(new StartClock(ID, RULE, 1, "decision", SUBJECT, "5510001234", ServiceLevel.AA, Department.CSSC,
                        Department.GCD, UNTIL, EIGHTY, START))
                .expectEvents(started());
    }

    @Test
    void aResumeMovesTheDeadlineAndTheWarningOutByTheClockTimePaused() {
        fixture.given(started(), paused(PAUSED))
                .when(new ResumeClock(ID, EIGHTY, RESUMED))
                .expectEvents(new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC, Reason.RESUMED,
                        "until 2026-03-20", WARN, CLOSE, Instant.parse("2026-03-20T00:48:00Z"),
                        Instant.parse("2026-03-23T18:00:00Z"), false, 1, 0, RESUMED));
    }

    @Test
    void twoPausesAddUp_andAReplanAfterThemKeepsTheMovedDeadline() {
        SlaClockDeadlineChanged first = new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC,
                Reason.RESUMED, "until 2026-03-20", WARN, CLOSE, Instant.parse("2026-03-20T00:48:00Z"),
                Instant.parse("2026-03-23T18:00:00Z"), false, 1, 0, RESUMED);
        Instant secondPause = Instant.parse("2026-03-10T00:00:00Z");
        // a second pause of 1 day: 4 days 2 hours in all
        fixture.given(started(), paused(PAUSED), first, paused(secondPause))
                .when(new ResumeClock(ID, EIGHTY, secondPause.plusSeconds(86_400)))
                .expectEvents(new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC, Reason.RESUMED,
                        "until 2026-03-20", Instant.parse("2026-03-20T00:48:00Z"),
                        Instant.parse("2026-03-23T18:00:00Z"), Instant.parse("2026-03-21T00:48:00Z"),
                        Instant.parse("2026-03-24T18:00:00Z"), false, 1, 0, secondPause.plusSeconds(86_400)));
        // the same limit planned again (a rules or calendar change) keeps what the pause moved: nothing to say
        fixture.given(started(), paused(PAUSED), first)
                .when(new Replan(ID, UNTIL, EIGHTY, 2, Reason.RULES_CHANGED, RESUMED.plusSeconds(60)))
                .expectNoEvents();
    }

    @Test
    void aDateLimitCountsClockSecondsAsUsed() {
        CalendarDeadlinePlanner planner = new CalendarDeadlinePlanner(null);
        assertThat(planner.used(UNTIL, PAUSED, RESUMED)).isEqualByComparingTo("266400");
        assertThat(planner.used(UNTIL, RESUMED, PAUSED)).isEqualByComparingTo("0");
    }
}
