package cn.cmcc.ah.gca.events.sla;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A running clock crossed its warning threshold (default 80 % of the limit, sla-rules.md). */
@Revision("1")
public record SlaClockWarned(String clockId, String ruleId, String subjectId, String responsibleDepartment,
                             Instant warnedAt, Instant deadline) {
}
