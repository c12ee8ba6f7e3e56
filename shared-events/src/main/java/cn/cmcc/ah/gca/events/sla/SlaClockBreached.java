package cn.cmcc.ah.gca.events.sla;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A running clock passed its deadline without its stop event (sla-rules.md). */
@Revision("1")
public record SlaClockBreached(String clockId, String ruleId, String subjectId, String responsibleDepartment,
                               Instant breachedAt, Instant deadline) {
}
