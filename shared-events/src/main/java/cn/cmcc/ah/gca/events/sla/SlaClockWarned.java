package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A running clock crossed its warning threshold (default 80 % of the limit, sla-rules.md): the holding department
 * still has time. Revision 3 added the department a breach would escalate to (absent in older events).
 */
@Revision("3")
public record SlaClockWarned(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                             Instant warnedAt, Instant deadline, @MayBeAbsent Department escalationDepartment) {
}
