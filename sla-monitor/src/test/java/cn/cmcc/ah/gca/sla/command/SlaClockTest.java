package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged.Reason;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.CancelClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.PauseClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordBreach;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordWarning;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.Replan;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.ResumeClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock with a planner whose "working day" is any 24 hours from the instant counting starts (the calendar's own
 * rules are tested with the calendar): what is tested here is what the clock does with a plan.
 */
class SlaClockTest {

    private static final String RULE = "presale.confirmation";
    private static final String SUBJECT = "RC-2026-000001";
    private static final String ID = RULE + ":" + SUBJECT;
    private static final Instant START = Instant.parse("2026-11-26T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final BigDecimal EIGHTY = new BigDecimal("0.8");
    private static final LimitSpec TWO_WD = LimitSpec.workingDays(BigDecimal.valueOf(2));
    private static final LimitSpec FIVE_WD = LimitSpec.workingDays(BigDecimal.valueOf(5));

    /** Days of 24 hours from the start; calendar version 7. */
    static final class DaysPlanner implements DeadlinePlanner {
        @Override
        public Plan plan(LimitSpec limit, Instant from, BigDecimal usedBefore, BigDecimal warnFraction) {
            BigDecimal days = limit.workingDays();
            return new Plan(from.plus(days(days.multiply(warnFraction).subtract(usedBefore).max(BigDecimal.ZERO))),
                    from.plus(days(days.subtract(usedBefore))), false, 7);
        }

        @Override
        public BigDecimal used(LimitSpec limit, Instant from, Instant to) {
            return BigDecimal.valueOf(Duration.between(from, to).toSeconds())
                    .divide(BigDecimal.valueOf(DAY.toSeconds()), 4, RoundingMode.HALF_UP);
        }

        private static Duration days(BigDecimal days) {
            return Duration.ofSeconds(days.multiply(BigDecimal.valueOf(DAY.toSeconds())).longValue());
        }
    }

    private AggregateTestFixture<SlaClock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SlaClock.class);
        fixture.registerInjectableResource(new DaysPlanner());
    }

    private static SlaClockStarted started() {
        return new SlaClockStarted(ID, RULE, "Art. 11–14", SUBJECT, "5510001234", ServiceLevel.AA, Department.CSSC,
                START, START.plus(Duration.ofHours(38).plusMinutes(24)), START.plus(DAY.multipliedBy(2)), false, 1L,
                Department.GCD, "2 WD", 7L);
    }

    private static Instant at(double days) {
        return START.plusSeconds(Math.round(days * DAY.toSeconds()));
    }

    @Test
    void startsWithTheWarningAndDeadlinePlannedFromTheLimit() {
        fixture.givenNoPriorActivity()
                .when(new StartClock(ID, RULE, 1, "Art. 11–14", SUBJECT, "5510001234", ServiceLevel.AA,
                        Department.CSSC, Department.GCD, TWO_WD, EIGHTY, START))
                .expectEvents(started());
    }

    @Test
    void warnsOnceAtTheThresholdAndNotBefore() {
        fixture.given(started()).when(new RecordWarning(ID, at(1.5))).expectNoEvents();
        fixture.given(started(), new SlaClockWarned(ID, RULE, SUBJECT, Department.CSSC, at(1.6), at(2), Department.GCD))
                .when(new RecordWarning(ID, at(1.7)))
                .expectNoEvents();
    }

    @Test
    void breachesAtTheDeadlineWithTheEscalationDepartment() {
        fixture.given(started()).when(new RecordBreach(ID, at(2).minusSeconds(1))).expectNoEvents();
        fixture.given(started())
                .when(new RecordBreach(ID, at(2)))
                .expectEvents(new SlaClockBreached(ID, RULE, SUBJECT, Department.CSSC, at(2), at(2), Department.GCD));
    }

    @Test
    void stopsMetOrLateWithTheOverrun() {
        fixture.given(started())
                .when(new StopClock(ID, at(1)))
                .expectEvents(new SlaClockStopped(ID, RULE, SUBJECT, Department.CSSC, at(1), at(2), true, 0));
        fixture.given(started())
                .when(new StopClock(ID, at(2).plusSeconds(90)))
                .expectEvents(new SlaClockStopped(ID, RULE, SUBJECT, Department.CSSC, at(2).plusSeconds(90), at(2),
                        false, 90));
    }

    @Test
    void aLongerLimitMovesTheDeadlineFromTheSameStartAndSaysOldAndNew() {
        fixture.given(started())
                .when(new Replan(ID, FIVE_WD, EIGHTY, 1, Reason.ASSESSMENT, at(0.5)))
                .expectEvents(new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC, Reason.ASSESSMENT,
                        "5 WD", at(1.6), at(2), at(4), at(5), false, 1, 7, at(0.5)));
    }

    @Test
    void aReplanThatMovesNothingIsNotAnEvent() {
        fixture.given(started())
                .when(new Replan(ID, TWO_WD, EIGHTY, 1, Reason.CALENDAR_CHANGED, at(0.5)))
                .expectNoEvents();
    }

    @Test
    void aStoppedClockKeepsItsVerdict() {
        SlaClockStopped stopped = new SlaClockStopped(ID, RULE, SUBJECT, Department.CSSC, at(3), at(2), false, 86_400);
        fixture.given(started(), stopped).when(new Replan(ID, FIVE_WD, EIGHTY, 2, Reason.RULES_CHANGED, at(4)))
                .expectNoEvents();
        fixture.given(started(), stopped).when(new StopClock(ID, at(4))).expectNoEvents();
        fixture.given(started(), stopped).when(new CancelClock(ID, "x", at(4))).expectNoEvents();
    }

    @Test
    void aClockWarnedAlreadyGetsANewDeadlineButNoSecondWarning() {
        fixture.given(started(), new SlaClockWarned(ID, RULE, SUBJECT, Department.CSSC, at(1.6), at(2), Department.GCD))
                .when(new Replan(ID, FIVE_WD, EIGHTY, 1, Reason.ASSESSMENT, at(1.7)))
                .expectEvents(new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC, Reason.ASSESSMENT,
                        "5 WD", null, at(2), null, at(5), false, 1, 7, at(1.7)));
    }

    @Test
    void aPausedClockNeitherWarnsNorBreachesAndResumesWithThePausedTimeNotCounted() {
        SlaClockPaused paused = new SlaClockPaused(ID, RULE, SUBJECT, Department.CSSC, at(0.5));
        fixture.given(started()).when(new PauseClock(ID, at(0.5))).expectEvents(paused);
        fixture.given(started(), paused).when(new RecordBreach(ID, at(2))).expectNoEvents();
        fixture.given(started(), paused).when(new RecordWarning(ID, at(1.7))).expectNoEvents();
        // 0.5 day used before the pause; resumed at day 3: 1.5 days left, warning after 1.1 more
        fixture.given(started(), paused)
                .when(new ResumeClock(ID, EIGHTY, at(3)))
                .expectEvents(new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC, Reason.RESUMED, "2 WD",
                        at(1.6), at(2), at(4.1), at(4.5), false, 1, 7, at(3)));
    }

    @Test
    void aResumedClockReplansFromItsResumeWithWhatItHadUsed() {
        SlaClockPaused paused = new SlaClockPaused(ID, RULE, SUBJECT, Department.CSSC, at(0.5));
        SlaClockDeadlineChanged resumed = new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC,
                Reason.RESUMED, "2 WD", at(1.6), at(2), at(4.1), at(4.5), false, 1, 7, at(3));
        fixture.given(started(), paused, resumed)
                .when(new Replan(ID, FIVE_WD, EIGHTY, 1, Reason.ASSESSMENT, at(3.5)))
                .expectEvents(new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC, Reason.ASSESSMENT,
                        "5 WD", at(4.1), at(4.5), at(6.5), at(7.5), false, 1, 7, at(3.5)));
    }

    @Test
    void aCancelledClockEndsWithoutAVerdict() {
        fixture.given(started())
                .when(new CancelClock(ID, "gca.presale.ConfirmationFormWithdrawn.v1", at(1)))
                .expectEvents(new SlaClockCancelled(ID, RULE, SUBJECT, Department.CSSC,
                        "gca.presale.ConfirmationFormWithdrawn.v1", at(1)));
        fixture.given(started(), new SlaClockCancelled(ID, RULE, SUBJECT, Department.CSSC, "x", at(1)))
                .when(new RecordBreach(ID, at(2)))
                .expectNoEvents();
    }
}
