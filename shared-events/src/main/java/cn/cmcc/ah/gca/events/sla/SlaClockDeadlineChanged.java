package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An open clock got a new deadline: an assessment changed its limit, the calendar or the rules changed, or it
 * resumed after a pause. Provisional copy of the lead's revision 1; the lead's version wins at merge.
 */
@Revision("1")
public record SlaClockDeadlineChanged(String clockId, String ruleId, String subjectId,
                                      Department responsibleDepartment, Reason reason, @MayBeAbsent String limit,
                                      @MayBeAbsent Instant oldWarnAt, Instant oldDeadline, @MayBeAbsent Instant warnAt,
                                      Instant deadline, boolean provisional, long ruleVersion, long calendarVersion,
                                      Instant changedAt) {

    /** Why the deadline moved. */
    public enum Reason { ASSESSMENT, CALENDAR_CHANGED, RULES_CHANGED, RESUMED }
}
