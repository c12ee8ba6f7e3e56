package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged.Reason;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.CancelClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.HandOverClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.PauseClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordBreach;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordWarning;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.ReopenClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.Replan;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.ResumeClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One SLA clock: started by a rule's start event, stopped by its stop event, warning at the threshold and breached
 * at the deadline (sla-rules.md). Its id {@code ruleId:subjectId} makes a second start impossible. Its deadline moves
 * (an event says so, old and new) while it runs: an assessment changes the limit (Art. 11–14), the calendar or the
 * rules change (Art. 5), or it resumes after a pause. Once cancelled it never changes again, nor once stopped, unless
 * its rule reopens it (a customer rejects a repair): then it runs again as if the time from its stop to the reopening
 * had been a pause — a {@link SlaClockDeadlineChanged} RESUMED after its {@link SlaClockStopped} — and its next stop
 * gives the verdict. A warning or breach it had before stays: neither comes twice. While it runs or is paused it may
 * pass to another department (its rule holds it by whoever holds the subject: a fault ticket escalated), its deadline
 * unchanged; its later events name that department.
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class SlaClock {

    private enum State { RUNNING, PAUSED, ENDED }

    @AggregateIdentifier
    private String clockId;
    private String ruleId;
    private String subjectId;
    private Department responsibleDepartment;
    private Department escalationDepartment;
    private LimitSpec limit;
    private long ruleVersion;
    private long calendarVersion;
    private boolean provisional;
    private Instant startedAt;
    private Instant warnAt;
    private Instant deadline;
    /**
     * Start of each pause (or stop a reopening undid) and of each resume (or reopening), in order: the running periods
     * are what the limit counts.
     */
    private final List<Instant> pauses = new ArrayList<>();
    private final List<Instant> resumes = new ArrayList<>();
    private State state;
    /** When it last stopped with a verdict; null while it runs or is paused, and once cancelled. */
    private Instant stoppedAt;
    /** When it was last reopened; null if never. */
    private Instant reopenedAt;
    /** When it was last handed over; null if never. */
    private Instant handedOverAt;
    private boolean warned;
    private boolean breached;

    protected SlaClock() {
        // for Axon
    }

    @CommandHandler
    SlaClock(StartClock command, DeadlinePlanner planner) {
        DeadlinePlanner.Plan plan = planner.plan(command.limit(), command.startedAt(), BigDecimal.ZERO,
                command.warnFraction());
        apply(new SlaClockStarted(command.clockId(), command.ruleId(), command.article(), command.subjectId(),
                command.customerGroupId(), command.serviceLevel(), command.responsibleDepartment(),
                command.startedAt(), plan.warnAt(), plan.deadline(), plan.provisional(), command.ruleVersion(),
                command.escalationDepartment(), command.limit().toString(), plan.calendarVersion()));
    }

    @CommandHandler
    void handle(Replan command, DeadlinePlanner planner) {
        if (state == State.ENDED) {
            return;
        }
        DeadlinePlanner.Plan plan = planFromStart(command.limit(), command.warnFraction(), planner);
        Instant newWarnAt = warned ? null : plan.warnAt();
        boolean moved = !plan.deadline().equals(deadline) || !Objects.equals(newWarnAt, warned ? null : warnAt)
                || !command.limit().equals(limit) || plan.provisional() != provisional;
        // a deadline that does not move keeps the versions it was computed with: nothing to say
        if (moved) {
            apply(new SlaClockDeadlineChanged(clockId, ruleId, subjectId, responsibleDepartment, command.reason(),
                    command.limit().toString(), warned ? null : warnAt, deadline, newWarnAt, plan.deadline(),
                    plan.provisional(), command.ruleVersion(), plan.calendarVersion(), command.at()));
        }
    }

    @CommandHandler
    void handle(PauseClock command) {
        if (state == State.RUNNING) {
            apply(new SlaClockPaused(clockId, ruleId, subjectId, responsibleDepartment, command.at()));
        }
    }

    /**
     * The limit counts the running periods only: the deadline is planned again from the start, with the time the
     * pauses took added to the limit — so the rest of the day of a resume counts as it would have without the pause.
     */
    @CommandHandler
    void handle(ResumeClock command, DeadlinePlanner planner) {
        if (state != State.PAUSED || limit == null) {
            return;
        }
        DeadlinePlanner.Plan plan = planner.plan(limit, startedAt, pausedTime(limit, planner, command.at()).negate(),
                command.warnFraction());
        apply(new SlaClockDeadlineChanged(clockId, ruleId, subjectId, responsibleDepartment, Reason.RESUMED,
                limit.toString(), warned ? null : warnAt, deadline, warned ? null : plan.warnAt(), plan.deadline(),
                plan.provisional(), ruleVersion, plan.calendarVersion(), command.at()));
    }

    @CommandHandler
    void handle(RecordWarning command) {
        if (state == State.RUNNING && !warned && !breached && warnAt != null && !command.at().isBefore(warnAt)) {
            apply(new SlaClockWarned(clockId, ruleId, subjectId, responsibleDepartment, command.at(), deadline,
                    escalationDepartment));
        }
    }

    @CommandHandler
    void handle(RecordBreach command) {
        if (state == State.RUNNING && !breached && !command.at().isBefore(deadline)) {
            apply(new SlaClockBreached(clockId, ruleId, subjectId, responsibleDepartment, command.at(), deadline,
                    escalationDepartment));
        }
    }

    @CommandHandler
    void handle(StopClock command) {
        // a stop from before the clock's last reopening is that earlier stop re-delivered: it counted then
        if (state != State.ENDED && (reopenedAt == null || !command.at().isBefore(reopenedAt))) {
            long overrun = Math.max(0, Duration.between(deadline, command.at()).toSeconds());
            apply(new SlaClockStopped(clockId, ruleId, subjectId, responsibleDepartment, command.at(), deadline,
                    !command.at().isAfter(deadline), overrun));
        }
    }

    /**
     * Runs the stopped clock again: the deadline is planned from the start with the time from the stop to the reopening
     * added to the limit, as a pause's is — so the deadline is the reopening plus what the limit had left at the stop.
     * A reopening from before the stop is an earlier one re-delivered after the clock stopped again.
     */
    @CommandHandler
    void handle(ReopenClock command, DeadlinePlanner planner) {
        if (state != State.ENDED || stoppedAt == null || limit == null || command.at().isBefore(stoppedAt)) {
            return;
        }
        List<Instant> since = new ArrayList<>(pauses);
        if (pauses.size() == resumes.size()) {
            // stopped while running; stopped while paused, the pause in progress runs on until the reopening
            since.add(stoppedAt);
        }
        BigDecimal notCounted = NotCountedTime.of(limit, planner, startedAt, since, resumes, command.at());
        DeadlinePlanner.Plan plan = planner.plan(limit, startedAt, notCounted.negate(), command.warnFraction());
        apply(new SlaClockDeadlineChanged(clockId, ruleId, subjectId, responsibleDepartment, Reason.RESUMED,
                limit.toString(), warned ? null : warnAt, deadline, warned ? null : plan.warnAt(), plan.deadline(),
                plan.provisional(), ruleVersion, plan.calendarVersion(), command.at()));
    }

    /**
     * An instant before the clock's start, its last hand-over or its last reopening is an earlier event re-delivered:
     * the department it names held the clock before what has happened since.
     */
    @CommandHandler
    void handle(HandOverClock command) {
        if (state == State.ENDED || command.department() == responsibleDepartment
                || command.at().isBefore(startedAt) || handedOverAt != null && command.at().isBefore(handedOverAt)
                || reopenedAt != null && command.at().isBefore(reopenedAt)) {
            return;
        }
        apply(new SlaClockHandedOver(clockId, ruleId, subjectId, responsibleDepartment, command.department(),
                command.reason(), command.at()));
    }

    @CommandHandler
    void handle(CancelClock command) {
        if (state != State.ENDED) {
            apply(new SlaClockCancelled(clockId, ruleId, subjectId, responsibleDepartment, command.reason(),
                    command.at()));
        }
    }

    /**
     * A replan counts from the start, with the time the pauses took added to the limit. A paused clock keeps its
     * deadline and takes the new limit when it resumes.
     */
    private DeadlinePlanner.Plan planFromStart(LimitSpec newLimit, BigDecimal warnFraction, DeadlinePlanner planner) {
        if (state == State.PAUSED) {
            return new DeadlinePlanner.Plan(warnAt, deadline, provisional, calendarVersion);
        }
        return planner.plan(newLimit, startedAt, pausedTime(newLimit, planner, null).negate(), warnFraction);
    }

    /**
     * The time the pauses (and stops undone by a reopening) took, as the limit counts it from the clock's start.
     *
     * @param resumedAt the resume of the pause in progress; null when the clock is running
     */
    private BigDecimal pausedTime(LimitSpec countedAs, DeadlinePlanner planner, Instant resumedAt) {
        return NotCountedTime.of(countedAs, planner, startedAt, pauses, resumes, resumedAt);
    }

    @EventSourcingHandler
    void on(SlaClockStarted event) {
        clockId = event.clockId();
        ruleId = event.ruleId();
        subjectId = event.subjectId();
        responsibleDepartment = event.responsibleDepartment();
        escalationDepartment = event.escalationDepartment();
        limit = LimitSpec.parse(event.limit());
        ruleVersion = event.ruleVersion() == null ? 0 : event.ruleVersion();
        calendarVersion = event.calendarVersion() == null ? 0 : event.calendarVersion();
        provisional = event.provisional();
        startedAt = event.startedAt();
        warnAt = event.warnAt();
        deadline = event.deadline();
        state = State.RUNNING;
    }

    @EventSourcingHandler
    void on(SlaClockDeadlineChanged event) {
        limit = LimitSpec.parse(event.limit());
        ruleVersion = event.ruleVersion();
        calendarVersion = event.calendarVersion();
        provisional = event.provisional();
        if (event.warnAt() != null) {
            warnAt = event.warnAt();
        }
        deadline = event.deadline();
        if (event.reason() == Reason.RESUMED) {
            if (state == State.ENDED && stoppedAt != null) {
                // reopened: the time from the stop on is not counted, as a pause's is not
                if (pauses.size() == resumes.size()) {
                    pauses.add(stoppedAt);
                }
                stoppedAt = null;
                reopenedAt = event.changedAt();
            }
            resumes.add(event.changedAt());
            state = State.RUNNING;
        }
    }

    @EventSourcingHandler
    void on(SlaClockHandedOver event) {
        responsibleDepartment = event.responsibleDepartment();
        handedOverAt = event.handedOverAt();
    }

    @EventSourcingHandler
    void on(SlaClockPaused event) {
        pauses.add(event.pausedAt());
        state = State.PAUSED;
    }

    @EventSourcingHandler
    void on(SlaClockWarned event) {
        warned = true;
    }

    @EventSourcingHandler
    void on(SlaClockBreached event) {
        breached = true;
    }

    @EventSourcingHandler
    void on(SlaClockStopped event) {
        state = State.ENDED;
        stoppedAt = event.stoppedAt();
    }

    @EventSourcingHandler
    void on(SlaClockCancelled event) {
        state = State.ENDED;
        stoppedAt = null;
    }
}
