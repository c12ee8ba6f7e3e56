package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged.Reason;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.HandOverClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordBreach;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordWarning;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.ReopenClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A clock held by whoever holds its subject (sla-rules.md, fault restoration: "whoever holds the ticket") passes to the
 * ticket's new holder as the ticket moves — dispatched to CSSC, escalated to OMT and PND — its deadline unchanged; its
 * later warning, breach and stop name the new department. Planned on {@link SlaClockTest.DaysPlanner}'s days of 24
 * hours from the start.
 */
class SlaClockHandOverTest {

    private static final String RULE = "fault.restoration";
    private static final String SUBJECT = "FT-2026-000002";
    private static final String ID = RULE + ":" + SUBJECT;
    private static final Instant START = Instant.parse("2026-11-26T02:00:00Z");
    private static final BigDecimal EIGHTY = new BigDecimal("0.8");
    private static final String DISPATCHED = "gca.fault.FaultDispatched.v1";
    private static final String ESCALATED = "gca.fault.FaultEscalated.v1";
    private static final String REOPENED = "gca.fault.FaultReopened.v1";

    private AggregateTestFixture<SlaClock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SlaClock.class);
        fixture.registerInjectableResource(new SlaClockTest.DaysPlanner());
    }

    private static Instant at(double days) {
        return START.plusSeconds(Math.round(days * Duration.ofDays(1).toSeconds()));
    }

    /** Held by MON, which took the report; two "days", warning at 1.6. */
    private static SlaClockStarted startedWithMon() {
        return new SlaClockStarted(ID, RULE, "decision", SUBJECT, "5510001234", ServiceLevel.AAA, Department.MON,
                START, at(1.6), at(2), false, 1L, Department.PND, "2 WD", 7L);
    }

    private static SlaClockHandedOver handedOver(Department from, Department to, String reason, double days) {
        return new SlaClockHandedOver(ID, RULE, SUBJECT, from, to, reason, at(days));
    }

    private static SlaClockHandedOver dispatchedToCssc() {
        return handedOver(Department.MON, Department.CSSC, DISPATCHED, 0.1);
    }

    private static SlaClockHandedOver escalatedToOmt() {
        return handedOver(Department.CSSC, Department.OMT, ESCALATED, 0.3);
    }

    private static SlaClockHandedOver escalatedToPnd() {
        return handedOver(Department.OMT, Department.PND, ESCALATED, 0.6);
    }

    @Test
    void theDispatchHandsTheClockFromMonToCssc_itsDeadlineUnchanged() {
        fixture.given(startedWithMon())
                .when(new HandOverClock(ID, Department.CSSC, DISPATCHED, at(0.1)))
                .expectEvents(dispatchedToCssc());
    }

    @Test
    void eachEscalationHandsItToTheNextLevel() {
        fixture.given(startedWithMon(), dispatchedToCssc())
                .when(new HandOverClock(ID, Department.OMT, ESCALATED, at(0.3)))
                .expectEvents(escalatedToOmt());
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt())
                .when(new HandOverClock(ID, Department.PND, ESCALATED, at(0.6)))
                .expectEvents(escalatedToPnd());
    }

    @Test
    void theWarningTheBreachAndTheStopAfterAHandOverNameTheNewDepartment() {
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt(), escalatedToPnd())
                .when(new RecordWarning(ID, at(1.6)))
                .expectEvents(new SlaClockWarned(ID, RULE, SUBJECT, Department.PND, at(1.6), at(2), Department.PND));
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt(), escalatedToPnd())
                .when(new RecordBreach(ID, at(2)))
                .expectEvents(new SlaClockBreached(ID, RULE, SUBJECT, Department.PND, at(2), at(2), Department.PND));
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt(), escalatedToPnd())
                .when(new StopClock(ID, at(2.5)))
                .expectEvents(new SlaClockStopped(ID, RULE, SUBJECT, Department.PND, at(2.5), at(2), false,
                        Duration.ofHours(12).toSeconds()));
    }

    @Test
    void aHandOverToTheDepartmentHoldingTheClockChangesNothing() {
        // MON accepts the ticket it took: it holds it already
        fixture.given(startedWithMon())
                .when(new HandOverClock(ID, Department.MON, "gca.fault.FaultAccepted.v3", at(0.05)))
                .expectNoEvents();
        // the dispatch re-delivered
        fixture.given(startedWithMon(), dispatchedToCssc())
                .when(new HandOverClock(ID, Department.CSSC, DISPATCHED, at(0.1)))
                .expectNoEvents();
    }

    @Test
    void aHandOverFromBeforeTheLastOneIsAnEarlierEventRedelivered() {
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt(), escalatedToPnd())
                .when(new HandOverClock(ID, Department.OMT, ESCALATED, at(0.3)))
                .expectNoEvents();
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt(), escalatedToPnd())
                .when(new HandOverClock(ID, Department.CSSC, DISPATCHED, at(0.1)))
                .expectNoEvents();
    }

    @Test
    void aPausedClockIsHandedOverToo() {
        SlaClockPaused paused = new SlaClockPaused(ID, RULE, SUBJECT, Department.MON, at(0.05));
        fixture.given(startedWithMon(), paused)
                .when(new HandOverClock(ID, Department.CSSC, DISPATCHED, at(0.1)))
                .expectEvents(dispatchedToCssc());
    }

    @Test
    void aStoppedOrCancelledClockIsNotHandedOver() {
        SlaClockStopped stopped = new SlaClockStopped(ID, RULE, SUBJECT, Department.CSSC, at(0.5), at(2), true, 0);
        fixture.given(startedWithMon(), dispatchedToCssc(), stopped)
                .when(new HandOverClock(ID, Department.OMT, ESCALATED, at(0.6)))
                .expectNoEvents();
        fixture.given(startedWithMon(), new SlaClockCancelled(ID, RULE, SUBJECT, Department.MON,
                        "gca.fault.FaultCancelled.v1", at(0.2)))
                .when(new HandOverClock(ID, Department.CSSC, DISPATCHED, at(0.3)))
                .expectNoEvents();
    }

    /**
     * The customer rejects PND's repair while CSSC held the ticket to confirm it: the reopening runs the clock again,
     * then the same event hands it to the level that replied the repair — or, the clock not yet reopened, nothing.
     */
    @Test
    void aReopenedClockIsHandedOverAfterItsReopening_andAHandOverFromBeforeTheReopeningIsStale() {
        SlaClockStopped stopped = new SlaClockStopped(ID, RULE, SUBJECT, Department.PND, at(0.8), at(2), true, 0);
        SlaClockDeadlineChanged reopened = new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.PND,
                Reason.RESUMED, "2 WD", at(1.6), at(2), at(1.8), at(2.2), false, 1L, 7L, at(1));
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt(), escalatedToPnd(), stopped)
                .when(new ReopenClock(ID, EIGHTY, at(1)))
                .expectEvents(reopened);
        fixture.given(startedWithMon(), dispatchedToCssc(), escalatedToOmt(), escalatedToPnd(), stopped, reopened)
                .when(new HandOverClock(ID, Department.OMT, REOPENED, at(1)))
                .expectEvents(handedOver(Department.PND, Department.OMT, REOPENED, 1));
        // an escalation from before the stop, re-delivered after the reopening: the ticket has moved on since
        SlaClockDeadlineChanged reopenedAtCssc = new SlaClockDeadlineChanged(ID, RULE, SUBJECT, Department.CSSC,
                Reason.RESUMED, "2 WD", at(1.6), at(2), at(1.8), at(2.2), false, 1L, 7L, at(1));
        fixture.given(startedWithMon(), dispatchedToCssc(), stopped, reopenedAtCssc)
                .when(new HandOverClock(ID, Department.OMT, ESCALATED, at(0.3)))
                .expectNoEvents();
    }

    @Test
    void aHandOverFromBeforeTheClocksStartChangesNothing() {
        fixture.given(startedWithMon())
                .when(new HandOverClock(ID, Department.CSSC, DISPATCHED, START.minusSeconds(1)))
                .expectNoEvents();
    }
}
