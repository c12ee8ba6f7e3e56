package cn.cmcc.ah.gca.sla.command;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Computes a clock's warning and deadline from its limit, on the working-day calendar for working-day limits
 * ("Working days" in workflow-en.md). Given to the clock's command handlers, so the clock itself stays a plain object
 * and every computation it makes is recorded in its events with the calendar version used.
 */
public interface DeadlinePlanner {

    /**
     * @param limit        the limit
     * @param from         when the clock (re)started counting: its start, or its last resume
     * @param usedBefore   what is already used, in the limit's unit (0 for a clock never paused); negative to add to
     *                     the limit what pauses took, when {@code from} is the clock's start (for a date limit always
     *                     so: its deadline is the close of the date plus the seconds the pauses took)
     * @param warnFraction share of the limit at which it warns
     */
    Plan plan(LimitSpec limit, Instant from, BigDecimal usedBefore, BigDecimal warnFraction);

    /**
     * What a running period from {@code from} to {@code to} used, in the limit's unit: working days, or seconds for
     * clock time and for a date limit (which counts clock time up to the close of its date).
     */
    BigDecimal used(LimitSpec limit, Instant from, Instant to);

    /**
     * @param warnAt          when the warning threshold is crossed; {@code from} when it already was
     * @param deadline        when the limit is reached
     * @param provisional     the Monday–Friday fallback was used for some date
     * @param calendarVersion the calendar version used; 0 for clock time
     */
    record Plan(Instant warnAt, Instant deadline, boolean provisional, long calendarVersion) {
    }
}
