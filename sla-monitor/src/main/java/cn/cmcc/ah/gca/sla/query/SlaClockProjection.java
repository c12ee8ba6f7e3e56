package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the clock views, the deadline schedule and the SLA metrics from the clocks' events. A re-delivered event
 * changes none of them: the view store says whether the event was new, and only a new one moves the schedule and
 * the counters.
 */
@Component
@ProcessingGroup(SlaClockProjection.GROUP)
class SlaClockProjection {

    /** Renamed with the typed views (was {@code sla-clocks}): a new name replays the store into them once. */
    static final String GROUP = "sla-clocks-2";

    private final SlaQueries views;
    private final DeadlineSchedule schedule;
    private final SlaMetrics metrics;

    SlaClockProjection(SlaQueries views, DeadlineSchedule schedule, SlaMetrics metrics) {
        this.views = views;
        this.schedule = schedule;
        this.metrics = metrics;
    }

    @EventHandler
    void on(SlaClockStarted e) {
        boolean started = views.clocks.create(e.clockId(), () -> {
            SlaClockView view = new SlaClockView();
            view.clockId = e.clockId();
            view.ruleId = e.ruleId();
            view.article = e.article();
            view.subjectId = e.subjectId();
            view.customerGroupId = e.customerGroupId();
            view.serviceLevel = e.serviceLevel();
            view.responsibleDepartment = e.responsibleDepartment();
            view.state = SlaClockView.State.RUNNING;
            view.startedAt = e.startedAt();
            view.warnAt = e.warnAt();
            view.deadline = e.deadline();
            view.provisional = e.provisional();
            return view;
        });
        if (started) {
            schedule.schedule(e.clockId(), e.ruleId(), e.warnAt(), e.deadline());
            metrics.started(e.ruleId());
        }
    }

    @EventHandler
    void on(SlaClockWarned e, @SequenceNumber long sequence) {
        if (views.clocks.apply(e.clockId(), sequence, view -> view.warnedAt = e.warnedAt())) {
            schedule.warned(e.clockId());
            metrics.warned(e.ruleId());
        }
    }

    @EventHandler
    void on(SlaClockBreached e, @SequenceNumber long sequence) {
        if (views.clocks.apply(e.clockId(), sequence, view -> view.breachedAt = e.breachedAt())) {
            schedule.breached(e.clockId());
            metrics.breached(e.ruleId());
        }
    }

    @EventHandler
    void on(SlaClockStopped e, @SequenceNumber long sequence) {
        boolean stopped = views.clocks.apply(e.clockId(), sequence, view -> {
            view.state = SlaClockView.State.STOPPED;
            view.stoppedAt = e.stoppedAt();
            view.met = e.met();
            view.overrunSeconds = e.overrunSeconds();
        });
        if (stopped) {
            schedule.stopped(e.clockId());
            metrics.stopped(e.ruleId(), e.met());
        }
    }

    @ResetHandler
    void reset() {
        views.clocks.deleteAll();
        schedule.clear();
    }
}
