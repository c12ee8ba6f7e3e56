package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Schedules a clock the moment its start is committed, on the instance that keeps the schedule, without waiting for
 * the clock projection: in a burst of starts (a replay, a catch-up, a busy month) the projection may be minutes behind,
 * and a 15-minute fault clock must still warn and breach on time (docs/sla-benchmark.md).
 * <p>
 * A subscribing processor: it sees the events this instance appends, as they are committed, never a replay. The
 * projection puts the same clock again from its view later (a put replaces it with what the view says then), so a
 * clock started on another instance, or while this one did not keep the schedule, is scheduled by the projection as
 * before; a clock the projection has scheduled already is left as it is.
 */
@Component
@ProcessingGroup(StartedClocks.GROUP)
class StartedClocks {

    static final String GROUP = "sla-started-clocks";

    private static final Logger log = LoggerFactory.getLogger(StartedClocks.class);

    private final DeadlineSchedule schedule;
    private final ScheduleKeeper keeper;
    private final SlaMetrics metrics;

    StartedClocks(DeadlineSchedule schedule, ScheduleKeeper keeper, SlaMetrics metrics) {
        this.schedule = schedule;
        this.keeper = keeper;
        this.metrics = metrics;
    }

    @EventHandler
    void on(SlaClockStarted e) {
        if (!keeper.keeps()) {
            return;
        }
        try {
            DeadlineSchedule.Key key = new DeadlineSchedule.Key(e.ruleId(), e.responsibleDepartment(),
                    e.serviceLevel());
            metrics.gauges(key);
            schedule.putIfAbsent(e.clockId(), key, e.warnAt(), e.deadline());
        } catch (RuntimeException ex) {
            // the intake's commit must not fail for it: the projection schedules the clock in any case
            log.warn("Clock {} not scheduled at its start; the clock projection will schedule it", e.clockId(), ex);
        }
    }
}
