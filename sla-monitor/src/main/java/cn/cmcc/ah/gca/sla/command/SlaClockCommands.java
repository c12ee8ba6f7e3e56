package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Commands on an SLA clock. Every one of them is idempotent: a repeat changes nothing. */
public final class SlaClockCommands {

    private SlaClockCommands() {
    }

    /** {@code serviceLevel} is {@code null} for a clock whose subject has no customer service level. */
    public record StartClock(@TargetAggregateIdentifier String clockId, String ruleId, long ruleVersion,
                             String article, String subjectId, String customerGroupId, ServiceLevel serviceLevel,
                             Department responsibleDepartment, Department escalationDepartment, LimitSpec limit,
                             BigDecimal warnFraction, Instant startedAt) {
    }

    /**
     * Computes the deadline again from the clock's start: with a new limit (an assessment, a rule change) or the same
     * one on a changed calendar. Nothing happens when nothing moves, or when the clock has ended.
     */
    public record Replan(@TargetAggregateIdentifier String clockId, LimitSpec limit, BigDecimal warnFraction,
                         long ruleVersion, Reason reason, Instant at) {
    }

    public record PauseClock(@TargetAggregateIdentifier String clockId, Instant at) {
    }

    public record ResumeClock(@TargetAggregateIdentifier String clockId, BigDecimal warnFraction, Instant at) {
    }

    public record RecordWarning(@TargetAggregateIdentifier String clockId, Instant at) {
    }

    public record RecordBreach(@TargetAggregateIdentifier String clockId, Instant at) {
    }

    public record StopClock(@TargetAggregateIdentifier String clockId, Instant at) {
    }

    /**
     * Runs a stopped clock again from {@code at}, the time it used until its stop counting: what lies between the stop
     * and {@code at} does not count. Nothing happens for a running, paused or cancelled clock, nor for an instant
     * before the clock's stop (a reopening re-delivered after the clock stopped again).
     */
    public record ReopenClock(@TargetAggregateIdentifier String clockId, BigDecimal warnFraction, Instant at) {
    }

    /**
     * Passes a running or paused clock to {@code department}, its deadline unchanged. Nothing happens when the clock
     * holds that department already, has stopped or was cancelled, or for an instant before its start, its last
     * hand-over or its last reopening (an earlier event re-delivered).
     *
     * @param reason the CloudEvents type of the event that moved the subject
     */
    public record HandOverClock(@TargetAggregateIdentifier String clockId, Department department, String reason,
                                Instant at) {
    }

    /** @param reason the CloudEvents type of the event that cancelled the clock */
    public record CancelClock(@TargetAggregateIdentifier String clockId, String reason, Instant at) {
    }

    public static String clockId(String ruleId, String subjectId) {
        return ruleId + ":" + subjectId;
    }
}
