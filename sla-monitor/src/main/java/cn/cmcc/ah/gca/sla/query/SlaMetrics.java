package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SLA metrics for the Grafana views, tagged by rule, department and service level only — never by form or ticket:
 * counters {@code gca_sla_clocks_{started,warned,breached,cancelled}_total}, {@code gca_sla_clocks_stopped_total
 * {outcome=met|late}} (every stop, so a clock reopened and stopped again counts twice) and
 * {@code gca_sla_clocks_reopened_total{outcome=met|late}} (the verdicts reopenings took back: stopped less reopened is
 * each clock's last verdict once); gauges {@code gca_sla_clocks_{open,at_risk,overdue}} (0 on an instance that does
 * not run the clock projection, so a sum over instances is right); summaries {@code gca_sla_limit_used_ratio} and
 * {@code gca_sla_working_days_used}; the timer {@code gca_sla_detection_delay_seconds}. A counter counts under the
 * department holding the clock when it happened (a stop under the level that replied, and its reopening under the same
 * one, since a stopped clock is not handed over); the gauges follow a hand-over at once.
 */
public class SlaMetrics {

    static final String NONE = "NONE";
    private static final double[] RATIO_BUCKETS = {0.25, 0.5, 0.75, 0.8, 0.9, 1.0, 1.25, 1.5, 2.0};

    private final MeterRegistry registry;
    private final DeadlineSchedule schedule;
    private final Set<DeadlineSchedule.Key> gauged = ConcurrentHashMap.newKeySet();

    public SlaMetrics(MeterRegistry registry, DeadlineSchedule schedule) {
        this.registry = registry;
        this.schedule = schedule;
    }

    static Tags tags(String ruleId, Department department, ServiceLevel level) {
        return Tags.of("rule", ruleId, "department", department == null ? NONE : department.name(),
                "service_level", level == null ? NONE : level.name());
    }

    void started(DeadlineSchedule.Key key) {
        counter("gca.sla.clocks.started", key).increment();
        gauges(key);
    }

    /**
     * Registers every meter of a key at zero the first time it is seen, so that a rate or a compliance panel shows 0
     * rather than nothing for what has not happened yet.
     */
    private void registerAtZero(DeadlineSchedule.Key key) {
        counter("gca.sla.clocks.started", key);
        counter("gca.sla.clocks.warned", key);
        counter("gca.sla.clocks.breached", key);
        counter("gca.sla.clocks.cancelled", key);
        stoppedCounter(key, true);
        stoppedCounter(key, false);
        reopenedCounter(key, true);
        reopenedCounter(key, false);
        ratio(key);
        workingDays(key);
        delay(key.ruleId(), DeadlineSchedule.Kind.WARNING);
        delay(key.ruleId(), DeadlineSchedule.Kind.BREACH);
    }

    private Timer delay(String ruleId, DeadlineSchedule.Kind kind) {
        return Timer.builder("gca.sla.detection.delay").tag("rule", ruleId)
                .tag("kind", kind == DeadlineSchedule.Kind.WARNING ? "warning" : "breach")
                .description("How late a warning or breach was recorded after it fell due")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    private Counter stoppedCounter(DeadlineSchedule.Key key, boolean met) {
        return Counter.builder("gca.sla.clocks.stopped").tags(tags(key.ruleId(), key.department(), key.serviceLevel()))
                .tag("outcome", met ? "met" : "late").register(registry);
    }

    private Counter reopenedCounter(DeadlineSchedule.Key key, boolean met) {
        return Counter.builder("gca.sla.clocks.reopened").tags(tags(key.ruleId(), key.department(), key.serviceLevel()))
                .tag("outcome", met ? "met" : "late")
                .description("Stopped clocks run again by a reopening, by the verdict it took back").register(registry);
    }

    private static Tags ruleAndDepartment(DeadlineSchedule.Key key) {
        return Tags.of("rule", key.ruleId(), "department", key.department() == null ? NONE : key.department().name());
    }

    private DistributionSummary ratio(DeadlineSchedule.Key key) {
        return DistributionSummary.builder("gca.sla.limit.used.ratio").tags(ruleAndDepartment(key))
                .description("Share of the limit used when the clock stopped")
                .serviceLevelObjectives(RATIO_BUCKETS).register(registry);
    }

    private DistributionSummary workingDays(DeadlineSchedule.Key key) {
        return DistributionSummary.builder("gca.sla.working.days.used").tags(ruleAndDepartment(key))
                .description("Working days used when a working-day clock stopped")
                .serviceLevelObjectives(0.5, 1, 2, 3, 5, 8, 13).register(registry);
    }

    void warned(DeadlineSchedule.Key key) {
        counter("gca.sla.clocks.warned", key).increment();
    }

    void breached(DeadlineSchedule.Key key) {
        counter("gca.sla.clocks.breached", key).increment();
    }

    void cancelled(DeadlineSchedule.Key key) {
        counter("gca.sla.clocks.cancelled", key).increment();
    }

    /**
     * @param usedRatio        time used over the limit, as the limit counts it; null when unknown
     * @param workingDaysUsed  for working-day limits, else null
     */
    void stopped(DeadlineSchedule.Key key, boolean met, Double usedRatio, Double workingDaysUsed) {
        stoppedCounter(key, met).increment();
        if (usedRatio != null) {
            ratio(key).record(usedRatio);
        }
        if (workingDaysUsed != null) {
            workingDays(key).record(workingDaysUsed);
        }
    }

    /** A stopped clock runs again: the verdict of its stop ({@code met} or late) no longer stands. */
    void reopened(DeadlineSchedule.Key key, boolean met) {
        reopenedCounter(key, met).increment();
    }

    /** How late a warning or breach was recorded after it fell due. */
    public void detected(String ruleId, DeadlineSchedule.Kind kind, Duration delay) {
        delay(ruleId, kind).record(delay.isNegative() ? Duration.ZERO : delay);
    }

    /** Registers the open / at-risk / overdue gauges of a key once. */
    public void gauges(DeadlineSchedule.Key key) {
        if (!gauged.add(key)) {
            return;
        }
        registerAtZero(key);
        Tags tags = tags(key.ruleId(), key.department(), key.serviceLevel());
        Gauge.builder("gca.sla.clocks.open", schedule, s -> counts(s, key).open().get()).tags(tags)
                .description("SLA clocks open (running or paused)").register(registry);
        Gauge.builder("gca.sla.clocks.at.risk", schedule, s -> counts(s, key).atRisk().get()).tags(tags)
                .description("Open SLA clocks past their warning threshold, not yet breached").register(registry);
        Gauge.builder("gca.sla.clocks.overdue", schedule, s -> counts(s, key).overdue().get()).tags(tags)
                .description("Open SLA clocks past their deadline").register(registry);
    }

    private static DeadlineSchedule.Counts counts(DeadlineSchedule schedule, DeadlineSchedule.Key key) {
        DeadlineSchedule.Counts counts = schedule.counts().get(key);
        return counts == null ? new DeadlineSchedule.Counts() : counts;
    }

    private Counter counter(String name, DeadlineSchedule.Key key) {
        return Counter.builder(name).tags(tags(key.ruleId(), key.department(), key.serviceLevel())).register(registry);
    }
}
