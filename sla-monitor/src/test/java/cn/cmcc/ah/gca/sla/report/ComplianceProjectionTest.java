package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.sla.command.DeadlinePlanner;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.support.query.ReadFence;
import cn.cmcc.ah.gca.support.test.KeyOnlyFilters;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compliance figures count every clock exactly once, in the month of its deadline as finally set, whatever the
 * duplicates, redeliveries after a crash and replays.
 */
class ComplianceProjectionTest {

    private static final String ACCEPTANCE = "fault.acceptance";
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    /** 2026-03-10 09:00 Asia/Shanghai. */
    private static final Instant T0 = Instant.parse("2026-03-10T01:00:00Z");

    private final KeyOnlyFilters byIdOnly = new KeyOnlyFilters(Set.of(ComplianceStore.CLOCKS,
            ComplianceStore.FIGURES, ComplianceStore.MONTHS));
    private MongoClient client;
    private MongoDatabase database;
    private final List<Delivery> stream = new ArrayList<>();

    private record Delivery(long sequence, Object event) {
    }

    @BeforeEach
    void setUp() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestInfrastructure.embedded().mongoUri()))
                .addCommandListener(byIdOnly).build());
        database = client.getDatabase("compliance-" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void countsMetLateOverdueOpenAndCancelledOnceWhenEveryEventIsDeliveredTwice() {
        ComplianceProjection projection = projection(new ComplianceStore(database));
        clocksOfEveryOutcome();

        for (Delivery delivery : stream) {
            deliver(projection, delivery);
            deliver(projection, delivery);
        }
        // and a late redelivery of the whole stream, out of step with the first
        stream.forEach(delivery -> deliver(projection, delivery));

        ComplianceRow march = onlyRow(report(new ComplianceStore(database), MARCH));
        assertThat(march).extracting(ComplianceRow::met, ComplianceRow::late, ComplianceRow::overdue,
                ComplianceRow::open, ComplianceRow::cancelled).containsExactly(2L, 3L, 1L, 1L, 1L);
        assertThat(march.compliancePercent()).isEqualByComparingTo("40.0");
        assertThat(byIdOnly.offending()).isEmpty();
        assertThat(byIdOnly.checked()).isPositive();
    }

    @Test
    void rebuildsTheSameFiguresWhenResetAndReplayedInAnyInterleavingOfClocks() {
        ComplianceStore store = new ComplianceStore(database);
        ComplianceProjection projection = projection(store);
        clocksOfEveryOutcome();
        stream.forEach(delivery -> deliver(projection, delivery));
        List<ComplianceRow> before = report(store, MARCH);

        projection.reset();
        assertThat(report(store, MARCH)).isEmpty();
        // a replay keeps each clock's order, but clocks interleave differently (several segments)
        List<Delivery> replay = new ArrayList<>(stream);
        Collections.shuffle(replay, new Random(7));
        perClockOrder(replay).forEach(delivery -> deliver(projection, delivery));

        assertThat(report(store, MARCH)).isEqualTo(before);
    }

    @Test
    void movesAClockToTheNewMonthWhenItsDeadlineMovesAcrossTheMonthEnd() {
        ComplianceStore store = new ComplianceStore(database);
        ComplianceProjection projection = projection(store);
        Instant marchDeadline = Instant.parse("2026-03-31T10:00:00Z");
        Instant aprilDeadline = Instant.parse("2026-04-02T16:00:00Z");
        append(0, started("presale.confirmation:RC-1", "presale.confirmation", Department.CSSC, marchDeadline));
        append(1, new SlaClockDeadlineChanged("presale.confirmation:RC-1", "presale.confirmation", "RC-1",
                Department.CSSC, SlaClockDeadlineChanged.Reason.ASSESSMENT, "5 WD", null, marchDeadline,
                null, aprilDeadline, false, 2, 1, T0.plusSeconds(3_600)));

        deliver(projection, stream.get(0));
        assertThat(onlyRow(report(store, MARCH)).open()).isEqualTo(1);
        deliver(projection, stream.get(1));
        deliver(projection, stream.get(1));

        assertThat(report(store, MARCH)).isEmpty();
        assertThat(onlyRow(report(store, APRIL)).open()).isEqualTo(1);
        assertThat(report(store, MARCH, APRIL)).hasSize(1);

        append(2, new SlaClockStopped("presale.confirmation:RC-1", "presale.confirmation", "RC-1", Department.CSSC,
                Instant.parse("2026-04-01T03:00:00Z"), aprilDeadline, true, 0));
        deliver(projection, stream.get(2));
        ComplianceRow april = onlyRow(report(store, APRIL));
        assertThat(april).extracting(ComplianceRow::met, ComplianceRow::open).containsExactly(1L, 0L);
        assertThat(april.usedUnit()).isEqualTo(UsedUnit.WORKING_DAYS);
        assertThat(april.averageUsed()).isEqualByComparingTo("4.50");
    }

    @Test
    void countsADeadlineAtMidnightInTheMonthWhoseLastDayItCloses() {
        // 24:00 on 31 March, Asia/Shanghai, is the instant 2026-04-01T00:00+08:00
        assertThat(ComplianceKey.monthOf(Instant.parse("2026-03-31T16:00:00Z"))).isEqualTo(MARCH);
        assertThat(ComplianceKey.monthOf(Instant.parse("2026-03-31T16:00:00.001Z"))).isEqualTo(APRIL);
        assertThat(ComplianceKey.monthOf(Instant.parse("2026-02-28T15:59:59Z"))).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void subtractsPausesFromTheClockTimeUsed() {
        ComplianceStore store = new ComplianceStore(database);
        ComplianceProjection projection = projection(store);
        Instant deadline = T0.plusSeconds(10 * 3_600);
        append(0, started("fault.restoration:F-1", "fault.restoration", Department.CSSC, deadline));
        append(1, new SlaClockPaused("fault.restoration:F-1", "fault.restoration", "F-1", Department.CSSC,
                T0.plusSeconds(3_600)));
        append(2, new SlaClockDeadlineChanged("fault.restoration:F-1", "fault.restoration", "F-1", Department.CSSC,
                SlaClockDeadlineChanged.Reason.RESUMED, "PT10H", null, deadline, null, deadline.plusSeconds(7_200),
                false, 1, 1, T0.plusSeconds(3 * 3_600)));
        append(3, new SlaClockStopped("fault.restoration:F-1", "fault.restoration", "F-1", Department.CSSC,
                T0.plusSeconds(5 * 3_600), deadline.plusSeconds(7_200), true, 0));
        stream.forEach(delivery -> deliver(projection, delivery));

        ComplianceRow row = onlyRow(report(store, MARCH));
        assertThat(row.usedUnit()).isEqualTo(UsedUnit.HOURS);
        assertThat(row.averageUsed()).isEqualByComparingTo("3.00");
    }

    @Test
    void subtractsPausesFromTheWorkingDaysUsed() {
        ComplianceStore store = new ComplianceStore(database);
        // a calendar of working days only: a working day per 24 hours
        ComplianceProjection projection = projection(store, (limit, from, to) ->
                BigDecimal.valueOf(Duration.between(from, to).toHours()).divide(BigDecimal.valueOf(24)));
        Instant deadline = T0.plus(Duration.ofDays(5));
        append(0, started("presale.confirmation:RC-9", "presale.confirmation", Department.CSSC, deadline));
        append(1, new SlaClockDeadlineChanged("presale.confirmation:RC-9", "presale.confirmation", "RC-9",
                Department.CSSC, SlaClockDeadlineChanged.Reason.ASSESSMENT, "5 WD", null, deadline, null, deadline,
                false, 2, 1, T0.plusSeconds(3_600)));
        append(2, new SlaClockPaused("presale.confirmation:RC-9", "presale.confirmation", "RC-9", Department.CSSC,
                T0.plus(Duration.ofDays(1))));
        append(3, new SlaClockDeadlineChanged("presale.confirmation:RC-9", "presale.confirmation", "RC-9",
                Department.CSSC, SlaClockDeadlineChanged.Reason.RESUMED, "5 WD", null, deadline, null,
                deadline.plus(Duration.ofDays(2)), false, 2, 1, T0.plus(Duration.ofDays(3))));
        append(4, new SlaClockStopped("presale.confirmation:RC-9", "presale.confirmation", "RC-9", Department.CSSC,
                T0.plus(Duration.ofDays(4)), deadline.plus(Duration.ofDays(2)), true, 0));
        stream.forEach(delivery -> deliver(projection, delivery));

        // 4 days from start to stop, 2 of them paused
        ComplianceRow row = onlyRow(report(store, MARCH));
        assertThat(row.usedUnit()).isEqualTo(UsedUnit.WORKING_DAYS);
        assertThat(row.averageUsed()).isEqualByComparingTo("2.00");
    }

    @Test
    void keepsAClosedVerdictWhateverArrivesAfterIt() {
        ComplianceStore store = new ComplianceStore(database);
        ComplianceProjection projection = projection(store);
        Instant deadline = T0.plusSeconds(3_600);
        append(0, started("fault.acceptance:F-2", ACCEPTANCE, Department.MON, deadline));
        append(1, stopped("fault.acceptance:F-2", T0.plusSeconds(600), deadline, true));
        append(2, new SlaClockDeadlineChanged("fault.acceptance:F-2", ACCEPTANCE, "F-2", Department.MON,
                SlaClockDeadlineChanged.Reason.CALENDAR_CHANGED, "PT1H", null, deadline, null,
                Instant.parse("2026-05-01T00:00:00Z"), false, 1, 2, T0.plusSeconds(900)));
        append(3, new SlaClockCancelled("fault.acceptance:F-2", ACCEPTANCE, "F-2", Department.MON, "withdrawn",
                T0.plusSeconds(1_000)));
        stream.forEach(delivery -> deliver(projection, delivery));

        assertThat(onlyRow(report(store, MARCH))).extracting(ComplianceRow::met, ComplianceRow::cancelled)
                .containsExactly(1L, 0L);
    }

    @Test
    void countsAReopenedClockOnceWithTheVerdictOfItsLastStop_leavingOutTheTimeFromTheStopToTheReopening() {
        ComplianceStore store = new ComplianceStore(database);
        ComplianceProjection projection = projection(store);
        String clock = "fault.restoration:F-20";
        Instant deadline = T0.plusSeconds(4 * 3_600);
        // 1 h used by the repair reply (met); the customer rejects it 3 h later: due 3 h after that; repaired 4 h on
        append(0, started(clock, "fault.restoration", Department.CSSC, deadline));
        append(1, restorationStopped(clock, T0.plusSeconds(3_600), deadline));
        append(2, reopened(clock, T0.plusSeconds(4 * 3_600), deadline, T0.plusSeconds(7 * 3_600)));
        append(3, restorationStopped(clock, T0.plusSeconds(8 * 3_600), T0.plusSeconds(7 * 3_600)));

        deliver(projection, stream.get(0));
        deliver(projection, stream.get(1));
        assertThat(onlyRow(report(store, MARCH))).extracting(ComplianceRow::met, ComplianceRow::open)
                .containsExactly(1L, 0L);
        deliver(projection, stream.get(2));
        deliver(projection, stream.get(1));
        deliver(projection, stream.get(2));
        assertThat(onlyRow(report(store, MARCH))).extracting(ComplianceRow::met, ComplianceRow::late,
                ComplianceRow::open).containsExactly(0L, 0L, 1L);
        stream.forEach(delivery -> deliver(projection, delivery));

        ComplianceRow row = onlyRow(report(store, MARCH));
        assertThat(row).extracting(ComplianceRow::met, ComplianceRow::late, ComplianceRow::overdue,
                ComplianceRow::open).containsExactly(0L, 1L, 0L, 0L);
        // 1 h before the repair reply, 4 h after the reopening
        assertThat(row.usedUnit()).isEqualTo(UsedUnit.HOURS);
        assertThat(row.averageUsed()).isEqualByComparingTo("5.00");
    }

    @Test
    void aClockReopenedAfterStoppingLateIsOverdueUntilItStopsAgain_andACancelledOneIsNotReopened() {
        ComplianceStore store = new ComplianceStore(database);
        ComplianceProjection projection = projection(store);
        String clock = "fault.restoration:F-21";
        Instant deadline = T0.plusSeconds(3_600);
        append(0, started(clock, "fault.restoration", Department.CSSC, deadline));
        append(1, breached(clock, deadline));
        append(2, restorationStopped(clock, T0.plusSeconds(2 * 3_600), deadline));
        append(3, reopened(clock, T0.plusSeconds(3 * 3_600), deadline, T0.plusSeconds(2 * 3_600)));
        String cancelled = "fault.restoration:F-22";
        append(0, started(cancelled, "fault.restoration", Department.CSSC, deadline));
        append(1, new SlaClockCancelled(cancelled, "fault.restoration", "F-22", Department.CSSC, "withdrawn",
                T0.plusSeconds(60)));
        append(2, reopened(cancelled, T0.plusSeconds(600), deadline, deadline.plusSeconds(600)));
        stream.forEach(delivery -> deliver(projection, delivery));

        assertThat(onlyRow(report(store, MARCH))).extracting(ComplianceRow::late, ComplianceRow::overdue,
                ComplianceRow::cancelled, ComplianceRow::open).containsExactly(1L, 1L, 1L, 0L);

        append(4, restorationStopped(clock, T0.plusSeconds(4 * 3_600), T0.plusSeconds(2 * 3_600)));
        deliver(projection, stream.get(stream.size() - 1));
        assertThat(onlyRow(report(store, MARCH))).extracting(ComplianceRow::late, ComplianceRow::overdue,
                ComplianceRow::cancelled).containsExactly(1L, 0L, 1L);
    }

    private static SlaClockStopped restorationStopped(String clockId, Instant at, Instant deadline) {
        long overrun = Math.max(0, at.getEpochSecond() - deadline.getEpochSecond());
        return new SlaClockStopped(clockId, "fault.restoration", clockId.substring(clockId.indexOf(':') + 1),
                Department.CSSC, at, deadline, overrun == 0, overrun);
    }

    /** As the clock says a reopening: resumed after its stop, with the deadline moved by the time stopped. */
    private static SlaClockDeadlineChanged reopened(String clockId, Instant at, Instant oldDeadline,
                                                    Instant deadline) {
        return new SlaClockDeadlineChanged(clockId, "fault.restoration", clockId.substring(clockId.indexOf(':') + 1),
                Department.CSSC, SlaClockDeadlineChanged.Reason.RESUMED, "PT1H", null, oldDeadline, null, deadline,
                false, 1, 0, at);
    }

    /**
     * MON takes the report, dispatches it to CSSC, which escalates it to OMT, which escalates it to PND, which lets it
     * breach and repairs it late: the clock counts once, for PND, wherever it was before — and a hand-over
     * re-delivered after the verdict moves nothing.
     */
    @Test
    void movesAHandedOverClockToItsNewDepartmentCountedOnce_andChargesTheBreachAndTheVerdictThere() {
        ComplianceStore store = new ComplianceStore(database);
        ComplianceProjection projection = projection(store);
        String clock = "fault.restoration:F-30";
        Instant deadline = T0.plusSeconds(4 * 3_600);
        append(0, started(clock, "fault.restoration", Department.MON, deadline));
        append(1, handedOver(clock, Department.MON, Department.CSSC, T0.plusSeconds(600)));
        append(2, handedOver(clock, Department.CSSC, Department.OMT, T0.plusSeconds(3_600)));
        append(3, handedOver(clock, Department.OMT, Department.PND, T0.plusSeconds(2 * 3_600)));
        append(4, new SlaClockBreached(clock, "fault.restoration", "F-30", Department.PND, deadline, deadline,
                Department.PND));
        append(5, new SlaClockStopped(clock, "fault.restoration", "F-30", Department.PND,
                deadline.plusSeconds(1_800), deadline, false, 1_800));

        deliver(projection, stream.get(0));
        assertThat(onlyRow(report(store, MARCH))).extracting(ComplianceRow::department, ComplianceRow::open)
                .containsExactly(Department.MON, 1L);
        deliver(projection, stream.get(1));
        deliver(projection, stream.get(1));
        deliver(projection, stream.get(2));
        assertThat(onlyRow(report(store, MARCH))).extracting(ComplianceRow::department, ComplianceRow::open)
                .containsExactly(Department.OMT, 1L);
        stream.forEach(delivery -> deliver(projection, delivery));
        deliver(projection, new Delivery(6, handedOver(clock, Department.PND, Department.CSSC,
                deadline.plusSeconds(3_600))));

        ComplianceRow row = onlyRow(report(store, MARCH));
        assertThat(row).extracting(ComplianceRow::department, ComplianceRow::met, ComplianceRow::late,
                ComplianceRow::overdue, ComplianceRow::open).containsExactly(Department.PND, 0L, 1L, 0L, 0L);
    }

    private static SlaClockHandedOver handedOver(String clockId, Department from, Department to, Instant at) {
        return new SlaClockHandedOver(clockId, "fault.restoration", clockId.substring(clockId.indexOf(':') + 1), from,
                to, "gca.fault.FaultEscalated.v1", at);
    }

    @Test
    void appliesAChangeLeftPendingByACrashOnceWhenTheEventIsRedelivered() {
        Instant deadline = T0.plusSeconds(3_600);
        append(0, started("fault.acceptance:F-3", ACCEPTANCE, Department.MON, deadline));
        append(1, stopped("fault.acceptance:F-3", T0.plusSeconds(600), deadline, true));
        ComplianceStore healthy = new ComplianceStore(database);
        deliver(projection(healthy), stream.get(0));

        // crash after the record and its pending change were written, before the change reached the figures
        ComplianceStore crashingBeforeApply = new ComplianceStore(database) {
            @Override
            void apply(String clockId, FiguresChange change) {
                throw new IllegalStateException("crash");
            }
        };
        assertThatThrownBy(() -> deliver(projection(crashingBeforeApply), stream.get(1)))
                .hasMessage("crash");
        assertThat(onlyRow(report(healthy, MARCH)).open()).isEqualTo(1);
        deliver(projection(healthy), stream.get(1));
        assertThat(onlyRow(report(healthy, MARCH))).extracting(ComplianceRow::met, ComplianceRow::open)
                .containsExactly(1L, 0L);

        // crash after the change reached the figures, before the record forgot it
        append(0, started("fault.acceptance:F-4", ACCEPTANCE, Department.MON, deadline));
        append(1, stopped("fault.acceptance:F-4", T0.plusSeconds(600), deadline, true));
        deliver(projection(healthy), stream.get(2));
        ComplianceStore crashingAfterApply = new ComplianceStore(database) {
            @Override
            void apply(String clockId, FiguresChange change) {
                super.apply(clockId, change);
                throw new IllegalStateException("crash");
            }
        };
        assertThatThrownBy(() -> deliver(projection(crashingAfterApply), stream.get(3))).hasMessage("crash");
        deliver(projection(healthy), stream.get(3));
        deliver(projection(healthy), stream.get(3));

        assertThat(onlyRow(report(healthy, MARCH))).extracting(ComplianceRow::met, ComplianceRow::open)
                .containsExactly(2L, 0L);
    }

    // ------------------------------------------------------------------------------------------------ scenario

    /**
     * In March, for MON: two met, two stopped late (one of them breached first), one overdue (breached, running: late
     * too), one open, one cancelled.
     */
    private void clocksOfEveryOutcome() {
        Instant deadline = T0.plusSeconds(3_600);
        for (String ticket : List.of("F-10", "F-11")) {
            String clock = ACCEPTANCE + ":" + ticket;
            append(0, started(clock, ACCEPTANCE, Department.MON, deadline));
            append(1, new SlaClockWarned(clock, ACCEPTANCE, ticket, Department.MON, T0.plusSeconds(2_880), deadline,
                    Department.PND));
            append(2, stopped(clock, T0.plusSeconds(3_000), deadline, true));
        }
        String late = ACCEPTANCE + ":F-12";
        append(0, started(late, ACCEPTANCE, Department.MON, deadline));
        append(1, stopped(late, T0.plusSeconds(4_000), deadline, false));
        String breachedThenLate = ACCEPTANCE + ":F-13";
        append(0, started(breachedThenLate, ACCEPTANCE, Department.MON, deadline));
        append(1, breached(breachedThenLate, deadline));
        append(2, stopped(breachedThenLate, T0.plusSeconds(7_200), deadline, false));
        String overdue = ACCEPTANCE + ":F-14";
        append(0, started(overdue, ACCEPTANCE, Department.MON, deadline));
        append(1, breached(overdue, deadline));
        append(0, started(ACCEPTANCE + ":F-15", ACCEPTANCE, Department.MON, deadline));
        String cancelled = ACCEPTANCE + ":F-16";
        append(0, started(cancelled, ACCEPTANCE, Department.MON, deadline));
        append(1, new SlaClockCancelled(cancelled, ACCEPTANCE, "F-16", Department.MON, "withdrawn",
                T0.plusSeconds(60)));
    }

    private static SlaClockStarted started(String clockId, String ruleId, Department department, Instant deadline) {
        String subject = clockId.substring(clockId.indexOf(':') + 1);
        return new SlaClockStarted(clockId, ruleId, "Art. 24", subject, "5510001234", ServiceLevel.AA, department, T0,
                T0.plusSeconds(2_880), deadline, false, 1L, Department.PND, "PT1H", 1L);
    }

    private static SlaClockStopped stopped(String clockId, Instant at, Instant deadline, boolean met) {
        String subject = clockId.substring(clockId.indexOf(':') + 1);
        return new SlaClockStopped(clockId, ACCEPTANCE, subject, Department.MON, at, deadline, met,
                met ? 0 : at.getEpochSecond() - deadline.getEpochSecond());
    }

    private static SlaClockBreached breached(String clockId, Instant deadline) {
        String subject = clockId.substring(clockId.indexOf(':') + 1);
        return new SlaClockBreached(clockId, ACCEPTANCE, subject, Department.MON, deadline, deadline, Department.PND);
    }

    private void append(long sequence, Object event) {
        stream.add(new Delivery(sequence, event));
    }

    /** A shuffled stream put back into each clock's own order, as any segmentation by clock would deliver it. */
    private List<Delivery> perClockOrder(List<Delivery> shuffled) {
        List<Delivery> ordered = new ArrayList<>();
        List<Delivery> rest = new ArrayList<>(shuffled);
        while (!rest.isEmpty()) {
            for (Delivery candidate : List.copyOf(rest)) {
                String clock = clockOf(candidate.event());
                boolean earlierPending = rest.stream().anyMatch(d -> clockOf(d.event()).equals(clock)
                        && d.sequence() < candidate.sequence());
                if (!earlierPending) {
                    ordered.add(candidate);
                    rest.remove(candidate);
                }
            }
        }
        return ordered;
    }

    private static String clockOf(Object event) {
        if (event instanceof SlaClockStarted e) {
            return e.clockId();
        } else if (event instanceof SlaClockWarned e) {
            return e.clockId();
        } else if (event instanceof SlaClockBreached e) {
            return e.clockId();
        } else if (event instanceof SlaClockStopped e) {
            return e.clockId();
        } else if (event instanceof SlaClockCancelled e) {
            return e.clockId();
        } else if (event instanceof SlaClockPaused e) {
            return e.clockId();
        } else if (event instanceof SlaClockDeadlineChanged e) {
            return e.clockId();
        } else if (event instanceof SlaClockHandedOver e) {
            return e.clockId();
        }
        throw new IllegalArgumentException(event.toString());
    }

    private static ComplianceProjection projection(ComplianceStore store) {
        /* 4.5 working days from any start to any stop: what the calendar would say is tested with it. */
        return projection(store, (limit, from, to) -> new BigDecimal("4.5"));
    }

    /** What the planner says a period used, in the limit's unit. */
    private interface Used {
        BigDecimal used(LimitSpec limit, Instant from, Instant to);
    }

    private static ComplianceProjection projection(ComplianceStore store, Used used) {
        return new ComplianceProjection(new ComplianceLedger(store, ComplianceProjection.workingDays(
                new DeadlinePlanner() {
                    @Override
                    public Plan plan(LimitSpec limit, Instant from, BigDecimal usedBefore, BigDecimal warnFraction) {
                        throw new UnsupportedOperationException("the projection plans nothing");
                    }

                    @Override
                    public BigDecimal used(LimitSpec limit, Instant from, Instant to) {
                        return used.used(limit, from, to);
                    }
                })));
    }

    /** Hands an event to the projection the way the tracking processor's handler adapter would. */
    private static void deliver(ComplianceProjection projection, Delivery delivery) {
        long sequence = delivery.sequence();
        Object event = delivery.event();
        if (event instanceof SlaClockStarted e) {
            projection.on(e, sequence);
        } else if (event instanceof SlaClockBreached e) {
            projection.on(e, sequence);
        } else if (event instanceof SlaClockStopped e) {
            projection.on(e, sequence);
        } else if (event instanceof SlaClockCancelled e) {
            projection.on(e, sequence);
        } else if (event instanceof SlaClockPaused e) {
            projection.on(e, sequence);
        } else if (event instanceof SlaClockDeadlineChanged e) {
            projection.on(e, sequence);
        } else if (event instanceof SlaClockHandedOver e) {
            projection.on(e, sequence);
        } else if (!(event instanceof SlaClockWarned)) {
            // a warning changes no figure: the projection has no handler for it
            throw new IllegalArgumentException(event.toString());
        }
    }

    private static List<ComplianceRow> report(ComplianceStore store, YearMonth month) {
        return report(store, month, month);
    }

    private static List<ComplianceRow> report(ComplianceStore store, YearMonth from, YearMonth to) {
        return new ComplianceReport(store, ReadFence.NONE).rows(from, to, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static ComplianceRow onlyRow(List<ComplianceRow> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
