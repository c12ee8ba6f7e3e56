package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordBreach;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordWarning;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class SlaClockTest {

    private static final String ID = "fault.acceptance:FT-2026-000001";
    private static final Instant START = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant WARN = START.plusSeconds(12 * 60);
    private static final Instant DEADLINE = START.plusSeconds(15 * 60);

    private AggregateTestFixture<SlaClock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SlaClock.class);
    }

    private static SlaClockStarted started() {
        return new SlaClockStarted(ID, "fault.acceptance", "decision", "FT-2026-000001", "5510001234", ServiceLevel.AA, Department.MON,
                START, WARN, DEADLINE, false);
    }

    @Test
    void startsAClockWithItsWarningAndDeadline() {
        fixture.givenNoPriorActivity()
                .when(new StartClock(ID, "fault.acceptance", "decision", "FT-2026-000001", "5510001234", ServiceLevel.AA, Department.MON,
                        START, WARN, DEADLINE, false))
                .expectEvents(started());
    }

    @Test
    void warnsOnceAtTheThreshold() {
        fixture.given(started(), new SlaClockWarned(ID, "fault.acceptance", "FT-2026-000001", Department.MON, WARN, DEADLINE))
                .when(new RecordWarning(ID, WARN.plusSeconds(1)))
                .expectNoEvents();
    }

    @Test
    void breachesAtTheDeadlineButNotBefore() {
        fixture.given(started())
                .when(new RecordBreach(ID, DEADLINE.minusSeconds(1)))
                .expectNoEvents();
        fixture.given(started())
                .when(new RecordBreach(ID, DEADLINE))
                .expectEvents(new SlaClockBreached(ID, "fault.acceptance", "FT-2026-000001", Department.MON, DEADLINE, DEADLINE));
    }

    @Test
    void stopsInTimeAsMet() {
        fixture.given(started())
                .when(new StopClock(ID, START.plusSeconds(300)))
                .expectEvents(new SlaClockStopped(ID, "fault.acceptance", "FT-2026-000001", Department.MON,
                        START.plusSeconds(300), DEADLINE, true, 0));
    }

    @Test
    void stopsLateWithTheOverrun() {
        fixture.given(started(), new SlaClockBreached(ID, "fault.acceptance", "FT-2026-000001", Department.MON, DEADLINE, DEADLINE))
                .when(new StopClock(ID, DEADLINE.plusSeconds(90)))
                .expectEvents(new SlaClockStopped(ID, "fault.acceptance", "FT-2026-000001", Department.MON,
                        DEADLINE.plusSeconds(90), DEADLINE, false, 90));
    }

    @Test
    void aRepeatedStopChangesNothing() {
        fixture.given(started(), new SlaClockStopped(ID, "fault.acceptance", "FT-2026-000001", Department.MON,
                        START.plusSeconds(300), DEADLINE, true, 0))
                .when(new StopClock(ID, START.plusSeconds(400)))
                .expectNoEvents();
    }

    @Test
    void aStoppedClockNeitherWarnsNorBreaches() {
        fixture.given(started(), new SlaClockStopped(ID, "fault.acceptance", "FT-2026-000001", Department.MON,
                        START.plusSeconds(300), DEADLINE, true, 0))
                .when(new RecordBreach(ID, DEADLINE.plusSeconds(1)))
                .expectNoEvents();
    }
}
