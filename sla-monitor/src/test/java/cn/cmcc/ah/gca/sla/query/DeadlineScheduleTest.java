package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.sla.query.DeadlineSchedule.Counts;
import cn.cmcc.ah.gca.sla.query.DeadlineSchedule.Due;
import cn.cmcc.ah.gca.sla.query.DeadlineSchedule.Key;
import cn.cmcc.ah.gca.sla.query.DeadlineSchedule.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The in-memory schedule on its own: what falls due when, and what it counts. */
class DeadlineScheduleTest {

    static final Instant T0 = Instant.parse("2026-12-02T02:00:00Z");
    static final Key PRESALE = new Key("presale.confirmation", Department.CSSC, ServiceLevel.AAA);
    static final Key FAULT = new Key("fault.acceptance", Department.MON, ServiceLevel.AAA);
    static final String RC1 = "presale.confirmation:RC-2026-0000001";
    static final String RC2 = "presale.confirmation:RC-2026-0000002";

    final DeadlineSchedule schedule = new DeadlineSchedule();

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A running clock, neither warned nor breached. */
    void running(String clockId, Instant warnAt, Instant deadline) {
        schedule.put(clockId, PRESALE, false, false, false, warnAt, deadline);
    }

    @Test
    void givesTheWarningThenTheBreach() {
        running(RC1, at(80), at(100));

        assertThat(schedule.takeDue(at(79))).isEmpty();
        assertThat(schedule.takeDue(at(80))).containsExactly(new Due(at(80), RC1, Kind.WARNING));
        assertThat(schedule.takeDue(at(99))).isEmpty();
        assertThat(schedule.takeDue(at(100))).containsExactly(new Due(at(100), RC1, Kind.BREACH));
        assertThat(schedule.takeDue(at(1000))).isEmpty();
        assertThat(schedule.scheduled()).isZero();
        assertThat(schedule.isOpen(RC1)).as("taking a due point does not end the clock").isTrue();
    }

    @Test
    void givesBothInOneTakeWhenBothHavePassed() {
        running(RC1, at(80), at(100));
        running(RC2, at(90), at(95));

        assertThat(schedule.takeDue(at(200))).containsExactly(
                new Due(at(80), RC1, Kind.WARNING),
                new Due(at(90), RC2, Kind.WARNING),
                new Due(at(95), RC2, Kind.BREACH),
                new Due(at(100), RC1, Kind.BREACH));
    }

    @Test
    void keepsMillisecondsAndNeverFallsDueEarly() {
        Instant warnAt = T0.plusMillis(80_250);
        running(RC1, warnAt, at(100).plusNanos(1));

        assertThat(schedule.takeDue(T0.plusMillis(80_249))).isEmpty();
        assertThat(schedule.takeDue(T0.plusMillis(80_250))).containsExactly(new Due(warnAt, RC1, Kind.WARNING));
        assertThat(schedule.takeDue(at(100))).as("a deadline between two milliseconds is due at the later one")
                .isEmpty();
        assertThat(schedule.takeDue(at(100).plusMillis(1)))
                .containsExactly(new Due(at(100).plusMillis(1), RC1, Kind.BREACH));
    }

    @Test
    void aPutReplacesTheClocksDuePoints() {
        running(RC1, at(80), at(100));
        running(RC1, at(40), at(50));
        assertThat(schedule.scheduled()).isEqualTo(2);
        assertThat(schedule.takeDue(at(60))).extracting(Due::at, Due::kind)
                .containsExactly(tuple(at(40), Kind.WARNING), tuple(at(50), Kind.BREACH));
        assertThat(schedule.takeDue(at(1000))).as("the earlier due points are gone").isEmpty();

        running(RC2, at(80), at(100));
        running(RC2, at(180), at(200));
        assertThat(schedule.takeDue(at(150))).isEmpty();
        assertThat(schedule.takeDue(at(200))).extracting(Due::at, Due::kind)
                .containsExactly(tuple(at(180), Kind.WARNING), tuple(at(200), Kind.BREACH));
    }

    @Test
    void aDeadlineMovedBeforeAnOldWarningFallsDueFirst() {
        // a replan that gives no new warning keeps the view's old one
        running(RC1, at(80), at(60));

        assertThat(schedule.takeDue(at(100))).extracting(Due::at, Due::kind)
                .containsExactly(tuple(at(60), Kind.BREACH), tuple(at(80), Kind.WARNING));
    }

    @Test
    void aPausedClockHasNoDuePointsUntilItResumes() {
        schedule.put(RC1, PRESALE, true, false, false, at(80), at(100));
        assertThat(schedule.scheduled()).isZero();
        assertThat(schedule.takeDue(at(1000))).isEmpty();
        assertThat(schedule.isOpen(RC1)).isTrue();
        assertThat(counts(PRESALE)).containsExactly(1L, 0L, 0L);

        running(RC1, at(1080), at(1100));
        assertThat(schedule.takeDue(at(2000))).extracting(Due::at, Due::kind)
                .containsExactly(tuple(at(1080), Kind.WARNING), tuple(at(1100), Kind.BREACH));
    }

    @Test
    void aWarnedClockHasOnlyItsBreach() {
        running(RC1, at(80), at(100));
        assertThat(schedule.takeDue(at(80))).extracting(Due::kind).containsExactly(Kind.WARNING);

        // the warning recorded, the projection puts the clock again: one breach, not two
        schedule.put(RC1, PRESALE, false, true, false, at(80), at(100));
        assertThat(schedule.scheduled()).isOne();
        assertThat(counts(PRESALE)).containsExactly(1L, 1L, 0L);
        assertThat(schedule.takeDue(at(1000))).containsExactly(new Due(at(100), RC1, Kind.BREACH));
    }

    @Test
    void aClockWithoutAWarningThresholdHasOnlyItsBreach() {
        running(RC1, null, at(100));

        assertThat(schedule.takeDue(at(1000))).containsExactly(new Due(at(100), RC1, Kind.BREACH));
    }

    @Test
    void aBreachedClockHasNoDuePointsAndCountsOverdue() {
        schedule.put(RC1, PRESALE, false, true, true, at(80), at(100));

        assertThat(schedule.scheduled()).isZero();
        assertThat(schedule.takeDue(at(1000))).isEmpty();
        assertThat(counts(PRESALE)).containsExactly(1L, 0L, 1L);
    }

    @Test
    void aRemovedClockIsGone() {
        running(RC1, at(80), at(100));
        running(RC2, at(90), at(110));
        schedule.remove(RC1);
        schedule.remove("presale.confirmation:never-put");
        schedule.remove("never.put:RC-2026-0000002");

        assertThat(schedule.isOpen(RC1)).isFalse();
        assertThat(schedule.openClocks()).isOne();
        assertThat(schedule.scheduled()).isEqualTo(2);
        assertThat(schedule.takeDue(at(1000))).extracting(Due::clockId).containsExactly(RC2, RC2);
    }

    @Test
    void retriesADuePointOnlyWhileItIsStillTheClocks() {
        running(RC1, at(80), at(100));
        Due warning = schedule.takeDue(at(80)).get(0);
        schedule.retry(warning);
        assertThat(schedule.takeDue(at(80))).as("put back").containsExactly(warning);
        schedule.retry(warning);
        schedule.retry(warning);
        assertThat(schedule.takeDue(at(80))).as("once").containsExactly(warning);

        Due breach = schedule.takeDue(at(100)).get(0);
        running(RC1, at(180), at(200));
        schedule.retry(breach);
        assertThat(schedule.takeDue(at(150))).as("the clock was put with a new deadline meanwhile").isEmpty();

        Due newWarning = schedule.takeDue(at(180)).get(0);
        schedule.put(RC1, PRESALE, false, true, false, at(180), at(200));
        schedule.retry(newWarning);
        assertThat(schedule.takeDue(at(190))).as("the clock was warned meanwhile").isEmpty();

        Due newBreach = schedule.takeDue(at(200)).get(0);
        schedule.remove(RC1);
        schedule.retry(newBreach);
        assertThat(schedule.takeDue(at(1000))).as("the clock ended meanwhile").isEmpty();
        assertThat(schedule.isOpen(RC1)).isFalse();
    }

    @Test
    void retryingTheWarningKeepsItBeforeTheBreach() {
        running(RC1, at(80), at(100));
        Due warning = schedule.takeDue(at(80)).get(0);
        schedule.retry(warning);

        assertThat(schedule.scheduled()).isEqualTo(2);
        assertThat(schedule.takeDue(at(100))).extracting(Due::kind).containsExactly(Kind.WARNING, Kind.BREACH);
    }

    @Test
    void countsOpenAtRiskAndOverduePerKey() {
        running(RC1, at(80), at(100));
        running(RC2, at(80), at(100));
        schedule.put("fault.acceptance:T-1", FAULT, false, false, false, at(8), at(10));
        assertThat(counts(PRESALE)).containsExactly(2L, 0L, 0L);
        assertThat(counts(FAULT)).containsExactly(1L, 0L, 0L);

        schedule.put(RC1, PRESALE, false, true, false, at(80), at(100));
        assertThat(counts(PRESALE)).containsExactly(2L, 1L, 0L);
        schedule.put(RC1, PRESALE, false, true, true, at(80), at(100));
        assertThat(counts(PRESALE)).as("overdue, no longer at risk").containsExactly(2L, 0L, 1L);
        schedule.put(RC1, PRESALE, false, true, true, at(80), at(100));
        assertThat(counts(PRESALE)).as("the same put twice counts once").containsExactly(2L, 0L, 1L);

        Key gcd = new Key("presale.confirmation", Department.GCD, ServiceLevel.AAA);
        schedule.put(RC2, gcd, false, true, false, at(80), at(100));
        assertThat(counts(PRESALE)).as("moved to another department").containsExactly(1L, 0L, 1L);
        assertThat(counts(gcd)).containsExactly(1L, 1L, 0L);

        schedule.remove(RC1);
        schedule.remove(RC1);
        assertThat(counts(PRESALE)).containsExactly(0L, 0L, 0L);
        assertThat(schedule.openClocks()).isEqualTo(2);
    }

    @Test
    void clearForgetsTheClocksAndKeepsTheKeysAtZero() {
        running(RC1, at(80), at(100));
        schedule.put("fault.acceptance:T-1", FAULT, false, true, true, at(8), at(10));
        Due warning = schedule.takeDue(at(80)).get(0);

        schedule.clear();
        schedule.retry(warning);

        assertThat(schedule.openClocks()).isZero();
        assertThat(schedule.scheduled()).isZero();
        assertThat(schedule.isOpen(RC1)).isFalse();
        assertThat(schedule.takeDue(at(1000))).isEmpty();
        assertThat(schedule.counts()).containsOnlyKeys(PRESALE, FAULT);
        assertThat(counts(PRESALE)).containsExactly(0L, 0L, 0L);
        assertThat(counts(FAULT)).containsExactly(0L, 0L, 0L);

        running(RC1, at(180), at(200));
        assertThat(counts(PRESALE)).containsExactly(1L, 0L, 0L);
        assertThat(schedule.takeDue(at(1000))).extracting(Due::kind).containsExactly(Kind.WARNING, Kind.BREACH);
    }

    @Test
    void theSameSubjectUnderTwoRulesIsTwoClocks() {
        schedule.put("presale.confirmation:X-1", PRESALE, false, false, false, null, at(100));
        schedule.put("fault.acceptance:X-1", FAULT, false, false, false, null, at(50));
        schedule.put("X-1", FAULT, false, false, false, null, at(70));
        schedule.put(":X-1", FAULT, false, false, false, null, at(60));

        assertThat(schedule.openClocks()).isEqualTo(4);
        schedule.remove("fault.acceptance:X-1");
        assertThat(schedule.isOpen("presale.confirmation:X-1")).isTrue();
        assertThat(schedule.takeDue(at(1000))).extracting(Due::clockId)
                .containsExactly(":X-1", "X-1", "presale.confirmation:X-1");
    }

    @Test
    void manyClocksComeOutInTimeOrder() {
        Random random = new Random(42);
        int clocks = 100_000;
        Map<String, Instant> deadlines = new HashMap<>();
        for (int i = 0; i < clocks; i++) {
            String clockId = (i % 3 == 0 ? "fault.acceptance:" : "presale.confirmation:") + "S-" + i;
            Instant deadline = T0.plusMillis(random.nextInt(86_400_000));
            boolean withWarning = i % 2 == 0;
            running(clockId, withWarning ? deadline.minus(Duration.ofMinutes(random.nextInt(60))) : null, deadline);
            deadlines.put(clockId, deadline);
            if (i % 10 == 0) {
                // moved once: only the second deadline counts
                Instant moved = T0.plusMillis(random.nextInt(86_400_000));
                running(clockId, null, moved);
                deadlines.put(clockId, moved);
            }
        }
        for (int i = 0; i < clocks; i += 7) {
            String clockId = (i % 3 == 0 ? "fault.acceptance:" : "presale.confirmation:") + "S-" + i;
            schedule.remove(clockId);
            deadlines.remove(clockId);
        }
        assertThat(schedule.openClocks()).isEqualTo(deadlines.size());

        List<Due> taken = new ArrayList<>();
        for (Instant now = T0; !now.isAfter(T0.plus(Duration.ofDays(1))); now = now.plus(Duration.ofMinutes(7))) {
            taken.addAll(schedule.takeDue(now));
        }
        taken.addAll(schedule.takeDue(T0.plus(Duration.ofDays(2))));

        assertThat(taken).extracting(Due::at).isSorted();
        List<Due> breaches = taken.stream().filter(d -> d.kind() == Kind.BREACH).toList();
        assertThat(breaches).hasSize(deadlines.size());
        breaches.forEach(d -> assertThat(d.at()).as(d.clockId()).isEqualTo(deadlines.get(d.clockId())));
        assertThat(schedule.scheduled()).isZero();
        assertThat(schedule.openClocks()).isEqualTo(deadlines.size());
    }

    List<Long> counts(Key key) {
        Counts c = schedule.counts().get(key);
        return List.of(c.open().get(), c.atRisk().get(), c.overdue().get());
    }
}
