package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;

import java.time.Instant;

/**
 * One thing an event does to a clock: the rule, the action, the subject (form, ticket, circuit, RMU …) whose clock it
 * is, and when it happened, read from the event's data with the trigger's pointers.
 *
 * @param department for a hand-over, the department the subject passed to; null for every other action
 */
public record RuleMatch(SlaRule rule, ClockAction action, String subjectId, Instant at, Department department) {

    /** {@code <ruleId>:<subjectId>}, as the clocks are keyed. */
    public String clockId() {
        return rule.id() + ":" + subjectId;
    }
}
