package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A running clock passed its deadline without its stop event (sla-rules.md): escalated to
 * {@code escalationDepartment}. Revision 3 added that department (absent in older events).
 */
@Revision("3")
public record SlaClockBreached(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                               Instant breachedAt, Instant deadline, @MayBeAbsent Department escalationDepartment) {
}
