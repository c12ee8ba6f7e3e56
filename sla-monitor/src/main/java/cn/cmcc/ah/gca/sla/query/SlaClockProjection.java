package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code sla_clocks}, the deadline schedule and the SLA metrics up to date from the clocks' events. */
@Component
@ProcessingGroup(SlaClockProjection.GROUP)
class SlaClockProjection {

    static final String GROUP = "sla-clocks";

    private final SlaClockRepository repository;
    private final DeadlineSchedule schedule;
    private final SlaMetrics metrics;

    SlaClockProjection(SlaClockRepository repository, DeadlineSchedule schedule, SlaMetrics metrics) {
        this.repository = repository;
        this.schedule = schedule;
        this.metrics = metrics;
    }

    @EventHandler
    void on(SlaClockStarted e) {
        repository.save(new SlaClockView(e.clockId(), e.ruleId(), e.article(), e.subjectId(), e.customerGroupId(),
                e.serviceLevel(), e.responsibleDepartment(), SlaClockView.RUNNING, e.startedAt(), e.warnAt(),
                e.deadline(), e.provisional(), null, null, null, null, null));
        schedule.schedule(e.clockId(), e.ruleId(), e.warnAt(), e.deadline());
        metrics.started(e.ruleId());
    }

    @EventHandler
    void on(SlaClockWarned e) {
        repository.update(e.clockId(), Updates.set("warnedAt", e.warnedAt()));
        schedule.warned(e.clockId());
        metrics.warned(e.ruleId());
    }

    @EventHandler
    void on(SlaClockBreached e) {
        repository.update(e.clockId(), Updates.set("breachedAt", e.breachedAt()));
        schedule.breached(e.clockId());
        metrics.breached(e.ruleId());
    }

    @EventHandler
    void on(SlaClockStopped e) {
        repository.markStopped(e.clockId(), e.stoppedAt(), e.met(), e.overrunSeconds());
        schedule.stopped(e.clockId());
        metrics.stopped(e.ruleId(), e.met());
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
        schedule.clear();
    }
}
