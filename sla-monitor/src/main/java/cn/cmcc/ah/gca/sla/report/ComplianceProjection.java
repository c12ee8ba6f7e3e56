package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.sla.command.DeadlinePlanner;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The compliance figures by month, rule, department and service level, from the clocks' events in sla-monitor's own
 * store. Its own processing group, so it can be reset and replayed alone; every handler only hands the facts to
 * {@link ComplianceLedger}, which makes them count once. A warning changes no figure.
 */
@Component
@ProcessingGroup(ComplianceProjection.GROUP)
class ComplianceProjection {

    static final String GROUP = "sla-compliance";

    private final ComplianceLedger ledger;

    ComplianceProjection(ComplianceLedger ledger) {
        this.ledger = ledger;
    }

    /** Working days from one instant to another as a working-day limit counts them; null for other limits. */
    static ClockRecord.WorkingDays workingDays(DeadlinePlanner planner) {
        return (limit, from, to) -> {
            LimitSpec spec = LimitSpec.parse(limit);
            return spec == null || spec.kind() != LimitSpec.Kind.WORKING_DAYS ? null : planner.used(spec, from, to);
        };
    }

    @EventHandler
    void on(SlaClockStarted e, @SequenceNumber long sequence) {
        ledger.started(e.clockId(), sequence, e.ruleId(), e.responsibleDepartment(), e.serviceLevel(),
                e.startedAt(), e.deadline(), e.limit());
    }

    @EventHandler
    void on(SlaClockDeadlineChanged e, @SequenceNumber long sequence) {
        ledger.deadlineChanged(e.clockId(), sequence, e.responsibleDepartment(), e.deadline(),
                e.reason() == SlaClockDeadlineChanged.Reason.RESUMED, e.changedAt(), e.limit());
    }

    @EventHandler
    void on(SlaClockHandedOver e, @SequenceNumber long sequence) {
        ledger.handedOver(e.clockId(), sequence, e.responsibleDepartment());
    }

    @EventHandler
    void on(SlaClockPaused e, @SequenceNumber long sequence) {
        ledger.paused(e.clockId(), sequence, e.pausedAt());
    }

    @EventHandler
    void on(SlaClockBreached e, @SequenceNumber long sequence) {
        ledger.breached(e.clockId(), sequence);
    }

    @EventHandler
    void on(SlaClockStopped e, @SequenceNumber long sequence) {
        ledger.stopped(e.clockId(), sequence, e.stoppedAt(), e.deadline(), e.met());
    }

    @EventHandler
    void on(SlaClockCancelled e, @SequenceNumber long sequence) {
        ledger.cancelled(e.clockId(), sequence);
    }

    @ResetHandler
    void reset() {
        ledger.reset();
    }
}
