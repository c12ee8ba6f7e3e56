package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.sla.command.DeadlinePlanner;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import static cn.cmcc.ah.gca.support.query.ViewBatches.afterWrite;

/**
 * Keeps the clock views, the deadline schedule and the SLA metrics from the clocks' events. A re-delivered event
 * changes none of them: the view store says whether the event was new, and only a new one moves the counters; the
 * schedule is put from the view as it stands after the event. The views of a batch are written together at its end
 * ({@code ViewBatches}, registered for this group in {@code SlaMonitorConfiguration}); counters and schedule follow
 * once they are written.
 */
@Component
@ProcessingGroup(SlaClockProjection.GROUP)
class SlaClockProjection {

    /**
     * Renamed when the views changed (was {@code sla-clocks-3}, which kept a list per subject): a new name replays the
     * store into them once.
     */
    static final String GROUP = "sla-clocks-4";

    private final SlaQueries views;
    private final DeadlineSchedule schedule;
    private final SlaMetrics metrics;
    private final DeadlinePlanner planner;

    SlaClockProjection(SlaQueries views, DeadlineSchedule schedule, SlaMetrics metrics, DeadlinePlanner planner) {
        this.views = views;
        this.schedule = schedule;
        this.metrics = metrics;
        this.planner = planner;
    }

    @EventHandler
    void on(SlaClockStarted e) {
        views.ruleSeen(e.ruleId());
        SlaClockView[] created = new SlaClockView[1];
        boolean started = views.clocks.create(e.clockId(), () -> {
            SlaClockView view = new SlaClockView();
            created[0] = view;
            view.clockId = e.clockId();
            view.ruleId = e.ruleId();
            view.ruleVersion = e.ruleVersion() == null ? 0 : e.ruleVersion();
            view.article = e.article();
            view.subjectId = e.subjectId();
            view.customerGroupId = e.customerGroupId();
            view.serviceLevel = e.serviceLevel();
            view.responsibleDepartment = e.responsibleDepartment();
            view.escalationDepartment = e.escalationDepartment();
            view.limit = e.limit();
            view.state = SlaClockView.State.RUNNING;
            view.startedAt = e.startedAt();
            view.warnAt = e.warnAt();
            view.deadline = e.deadline();
            view.provisional = e.provisional();
            view.calendarVersion = e.calendarVersion() == null ? 0 : e.calendarVersion();
            return view;
        });
        if (started) {
            // the view just made: no second read for a clock's first event (the hot path of a busy intake)
            SlaClockView view = created[0];
            afterWrite(() -> {
                metrics.started(SlaQueries.key(view));
                SlaQueries.schedule(schedule, view);
            });
        } else {
            reschedule(e.clockId());
        }
    }

    @EventHandler
    void on(SlaClockDeadlineChanged e, @SequenceNumber long sequence) {
        Boolean[] withdrawn = new Boolean[1];
        boolean changed = change(e.clockId(), sequence, view -> {
            if (e.reason() == SlaClockDeadlineChanged.Reason.RESUMED && view.state == SlaClockView.State.STOPPED) {
                withdrawn[0] = view.met;
                reopen(view, e.changedAt());
            }
            view.limit = e.limit();
            view.ruleVersion = e.ruleVersion();
            view.calendarVersion = e.calendarVersion();
            view.provisional = e.provisional();
            if (e.warnAt() != null) {
                view.warnAt = e.warnAt();
            }
            view.deadline = e.deadline();
            if (e.reason() == SlaClockDeadlineChanged.Reason.RESUMED) {
                view.pausedUsed = pausedUsed(view, e.changedAt());
                view.state = SlaClockView.State.RUNNING;
                view.pausedAt = null;
            }
        });
        if (changed && withdrawn[0] != null) {
            views.clocks.findAsStored(e.clockId()).ifPresent(view -> afterWrite(() ->
                    metrics.reopened(SlaQueries.key(view), withdrawn[0])));
        }
        reschedule(e.clockId());
    }

    /**
     * A stopped clock runs again (a RESUMED after its stop): its verdict is taken back, and the time from the stop to
     * the reopening is not counted, as a pause's is not — measured below as a pause from the stop.
     */
    private static void reopen(SlaClockView view, Instant at) {
        view.pausedAt = view.stoppedAt;
        view.stoppedAt = null;
        view.met = null;
        view.overrunSeconds = null;
        view.used = null;
        view.reopenedAt = at;
        view.reopenCount++;
    }

    /**
     * The clock is another department's from now on: the open, at-risk and overdue gauges count it there (the schedule
     * is put again under the new key), and its later warnings, breach and stop are counted there.
     */
    @EventHandler
    void on(SlaClockHandedOver e, @SequenceNumber long sequence) {
        boolean handedOver = change(e.clockId(), sequence, view -> {
            view.responsibleDepartment = e.responsibleDepartment();
            view.handedOverAt = e.handedOverAt();
            view.handOverCount++;
        });
        if (handedOver) {
            views.clocks.findAsStored(e.clockId()).ifPresent(view -> afterWrite(() ->
                    metrics.gauges(SlaQueries.key(view))));
        }
        reschedule(e.clockId());
    }

    @EventHandler
    void on(SlaClockPaused e, @SequenceNumber long sequence) {
        change(e.clockId(), sequence, view -> {
            view.state = SlaClockView.State.PAUSED;
            view.pausedAt = e.pausedAt();
        });
        reschedule(e.clockId());
    }

    @EventHandler
    void on(SlaClockWarned e, @SequenceNumber long sequence) {
        if (change(e.clockId(), sequence, view -> view.warnedAt = e.warnedAt())) {
            views.clocks.findAsStored(e.clockId()).ifPresent(view -> afterWrite(() -> {
                metrics.warned(SlaQueries.key(view));
                metrics.detected(view.ruleId, DeadlineSchedule.Kind.WARNING,
                        Duration.between(view.warnAt, e.warnedAt()));
            }));
        }
        reschedule(e.clockId());
    }

    @EventHandler
    void on(SlaClockBreached e, @SequenceNumber long sequence) {
        if (change(e.clockId(), sequence, view -> view.breachedAt = e.breachedAt())) {
            views.clocks.findAsStored(e.clockId()).ifPresent(view -> afterWrite(() -> {
                metrics.breached(SlaQueries.key(view));
                metrics.detected(view.ruleId, DeadlineSchedule.Kind.BREACH,
                        Duration.between(view.deadline, e.breachedAt()));
            }));
        }
        reschedule(e.clockId());
    }

    @EventHandler
    void on(SlaClockStopped e, @SequenceNumber long sequence) {
        boolean stopped = change(e.clockId(), sequence, view -> {
            BigDecimal paused = pausedUsed(view, e.stoppedAt());
            LimitSpec limit = LimitSpec.parse(view.limit);
            view.state = SlaClockView.State.STOPPED;
            view.stoppedAt = e.stoppedAt();
            view.met = e.met();
            view.overrunSeconds = e.overrunSeconds();
            view.pausedUsed = paused;
            view.pausedAt = null;
            view.used = limit == null ? null
                    : planner.used(limit, view.startedAt, e.stoppedAt()).subtract(paused).max(BigDecimal.ZERO);
        });
        afterWrite(() -> schedule.remove(e.clockId()));
        if (stopped) {
            views.clocks.findAsStored(e.clockId()).ifPresent(view -> afterWrite(() -> {
                LimitSpec limit = LimitSpec.parse(view.limit);
                metrics.stopped(SlaQueries.key(view), e.met(), usedRatio(view, limit),
                        limit != null && limit.kind() == LimitSpec.Kind.WORKING_DAYS && view.used != null
                                ? view.used.doubleValue() : null);
            }));
        }
    }

    @EventHandler
    void on(SlaClockCancelled e, @SequenceNumber long sequence) {
        boolean cancelled = change(e.clockId(), sequence, view -> {
            view.state = SlaClockView.State.CANCELLED;
            view.stoppedAt = e.cancelledAt();
            view.cancelReason = e.reason();
        });
        afterWrite(() -> schedule.remove(e.clockId()));
        if (cancelled) {
            views.clocks.findAsStored(e.clockId()).ifPresent(view -> afterWrite(() ->
                    metrics.cancelled(SlaQueries.key(view))));
        }
    }

    /**
     * The view's ended pauses plus the one it is in, if paused, up to {@code until}; in the limit's unit. A pause is
     * measured from the clock's start, as the clock measures it (the start day is not counted, a pause's day is).
     */
    private BigDecimal pausedUsed(SlaClockView view, Instant until) {
        BigDecimal paused = view.pausedUsed == null ? BigDecimal.ZERO : view.pausedUsed;
        LimitSpec limit = LimitSpec.parse(view.limit);
        if (view.pausedAt == null || limit == null) {
            return paused;
        }
        return paused.add(planner.used(limit, view.startedAt, until)
                .subtract(planner.used(limit, view.startedAt, view.pausedAt)));
    }

    /**
     * Used over limit as the limit counts; for a date limit, the running seconds used over the running span from the
     * start to the close of the date (the deadline less what the pauses moved it by).
     */
    private static Double usedRatio(SlaClockView view, LimitSpec limit) {
        if (limit == null) {
            return null;
        }
        if (limit.kind() == LimitSpec.Kind.UNTIL_DATE) {
            long paused = view.pausedUsed == null ? 0 : view.pausedUsed.longValue();
            long span = Duration.between(view.startedAt, view.deadline).toSeconds() - paused;
            long used = view.used != null ? view.used.longValue()
                    : Duration.between(view.startedAt, view.stoppedAt).toSeconds() - paused;
            return span <= 0 ? null : (double) used / span;
        }
        return view.used == null ? null
                : view.used.divide(limit.amount(), 4, RoundingMode.HALF_UP).doubleValue();
    }

    private boolean change(String clockId, long sequence, Consumer<SlaClockView> change) {
        return views.clocks.apply(clockId, sequence, change);
    }

    /**
     * The schedule follows the view as stored (once the batch's views are written), so a redelivered or late event
     * cannot set it back.
     */
    private void reschedule(String clockId) {
        Optional<SlaClockView> view = views.clocks.findAsStored(clockId);
        afterWrite(() -> {
            if (view.isEmpty() || !view.get().state.open()) {
                schedule.remove(clockId);
            } else {
                SlaQueries.schedule(schedule, view.get());
            }
        });
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
        schedule.clear();
    }
}
