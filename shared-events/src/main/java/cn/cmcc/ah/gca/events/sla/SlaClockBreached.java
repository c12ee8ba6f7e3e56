package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A running clock passed its deadline without its stop event (sla-rules.md). */
@Revision("2")
public record SlaClockBreached(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                               Instant breachedAt, Instant deadline) {
}
