package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A running clock crossed its warning threshold (default 80 % of the limit, sla-rules.md). */
@Revision("2")
public record SlaClockWarned(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                             Instant warnedAt, Instant deadline) {
}
