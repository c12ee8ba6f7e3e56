package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import cn.cmcc.ah.gca.events.ServiceLevel;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An SLA clock started (sla-rules.md). One clock per rule and subject: its id is
 * {@code <ruleId>:<subjectId>}, so a re-delivered start event never starts it twice.
 * <p>
 * Revision 3 added the rule and calendar versions, the escalation department and the limit. Revision 2 typed
 * {@code serviceLevel} and {@code responsibleDepartment} (strings in revision 1, where an empty level meant none).
 *
 * @param clockId               {@code ruleId:subjectId}; the aggregate id
 * @param ruleId                e.g. {@code fault.acceptance}
 * @param article               the article the rule comes from, e.g. {@code Art. 24}, or {@code decision}
 * @param subjectId             the form or ticket the clock watches
 * @param customerGroupId       the group customer, so a customer sees its own clocks
 * @param serviceLevel          the customer's service level, or {@code null} (and then left out of the JSON) for a
 *                              clock whose subject has no customer level, such as a solution-template clock (a
 *                              template is for a product, not a customer); the fault clocks always have one
 * @param responsibleDepartment who must act before the deadline
 * @param startedAt             when the start event happened
 * @param warnAt                when the warning threshold is crossed
 * @param deadline              when the limit is reached
 * @param provisional           true when the deadline rests on a fallback calendar
 * @param ruleVersion           the version of the rule book the deadline was computed with (absent before revision 3)
 * @param escalationDepartment  the department a breach escalates to (absent before revision 3)
 * @param limit                 the limit as computed, e.g. {@code 3 WD}, {@code PT15M}, {@code until 2027-01-31}
 *                              (absent before revision 3)
 * @param calendarVersion       the version of the working-day calendar the deadline was computed with; 0 for a rule
 *                              in clock time (absent before revision 3)
 */
@Revision("3")
public record SlaClockStarted(
        String clockId,
        String ruleId,
        String article,
        String subjectId,
        String customerGroupId,
        @MayBeAbsent ServiceLevel serviceLevel,
        Department responsibleDepartment,
        Instant startedAt,
        Instant warnAt,
        Instant deadline,
        boolean provisional,
        @MayBeAbsent Long ruleVersion,
        @MayBeAbsent Department escalationDepartment,
        @MayBeAbsent String limit,
        @MayBeAbsent Long calendarVersion) {
}
