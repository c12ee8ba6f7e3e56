package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import cn.cmcc.ah.gca.events.ServiceLevel;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An SLA clock started (sla-rules.md). One clock per rule and subject: its id is
 * {@code <ruleId>:<subjectId>}, so a re-delivered start event never starts it twice.
 *
 * <p>Provisional copy of the lead's revision 3 (issue 9 design, "Clock events") on the reports branch; the lead's
 * version wins at merge.
 *
 * @param clockId               {@code ruleId:subjectId}; the aggregate id
 * @param ruleId                e.g. {@code fault.acceptance}
 * @param ruleVersion           the rule set version the limit was taken from
 * @param article               the article the rule comes from, e.g. {@code Art. 24}, or {@code decision}
 * @param subjectId             the form or ticket the clock watches
 * @param customerGroupId       the group customer, so a customer sees its own clocks
 * @param serviceLevel          the customer's service level, or {@code null} (left out of the JSON) for a clock whose
 *                              subject has no customer level
 * @param responsibleDepartment who holds the clock: must act before the deadline
 * @param escalationDepartment  the department a breach escalates to
 * @param limit                 the limit as text, e.g. {@code 3 个工作日 / 3 WD}
 * @param startedAt             when the start event happened
 * @param warnAt                when the warning threshold is crossed
 * @param deadline              when the limit is reached
 * @param provisional           true when the deadline rests on a fallback calendar
 * @param calendarVersion       the working calendar version the deadline was computed with
 */
@Revision("3")
public record SlaClockStarted(
        String clockId,
        String ruleId,
        long ruleVersion,
        String article,
        String subjectId,
        String customerGroupId,
        @MayBeAbsent ServiceLevel serviceLevel,
        Department responsibleDepartment,
        @MayBeAbsent Department escalationDepartment,
        @MayBeAbsent String limit,
        Instant startedAt,
        Instant warnAt,
        Instant deadline,
        boolean provisional,
        long calendarVersion) {

    /** Revision 2's fields only (provisional: keeps the clock engine of this branch compiling until the merge). */
    public SlaClockStarted(String clockId, String ruleId, String article, String subjectId, String customerGroupId,
                           ServiceLevel serviceLevel, Department responsibleDepartment, Instant startedAt,
                           Instant warnAt, Instant deadline, boolean provisional) {
        this(clockId, ruleId, 0, article, subjectId, customerGroupId, serviceLevel, responsibleDepartment, null,
                null, startedAt, warnAt, deadline, provisional, 0);
    }
}
