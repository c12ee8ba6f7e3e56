package cn.cmcc.ah.gca.sla.query;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineScheduleTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void handsOutDueWarningsAndBreachesInTimeOrderOnlyOnce() {
        DeadlineSchedule schedule = new DeadlineSchedule();
        schedule.schedule("b", "fault.acceptance", T0.plusSeconds(20), T0.plusSeconds(40));
        schedule.schedule("a", "fault.acceptance", T0.plusSeconds(10), T0.plusSeconds(30));

        assertThat(schedule.takeDue(T0.plusSeconds(5))).isEmpty();
        assertThat(schedule.takeDue(T0.plusSeconds(30)))
                .extracting(DeadlineSchedule.Due::clockId, DeadlineSchedule.Due::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", DeadlineSchedule.Kind.WARNING),
                        org.assertj.core.groups.Tuple.tuple("b", DeadlineSchedule.Kind.WARNING),
                        org.assertj.core.groups.Tuple.tuple("a", DeadlineSchedule.Kind.BREACH));
        assertThat(schedule.takeDue(T0.plusSeconds(30))).isEmpty();
    }

    @Test
    void aStoppedClockFallsOutOfTheScheduleAndTheOpenCount() {
        DeadlineSchedule schedule = new DeadlineSchedule();
        schedule.schedule("a", "fault.acceptance", T0.plusSeconds(10), T0.plusSeconds(30));
        schedule.schedule("b", "fault.restoration", T0.plusSeconds(10), T0.plusSeconds(30));

        schedule.stopped("a");

        assertThat(schedule.running("fault.acceptance")).isZero();
        assertThat(schedule.running("fault.restoration")).isEqualTo(1);
        assertThat(schedule.takeDue(T0.plusSeconds(60))).extracting(DeadlineSchedule.Due::clockId)
                .containsOnly("b");
    }
}
