package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A clock paused where its rule allows it (sla-rules.md, e.g. the blocked-construction record of Art. 22): no warning
 * or breach until it resumes ({@link SlaClockDeadlineChanged} with reason RESUMED).
 */
@Revision("1")
public record SlaClockPaused(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                             Instant pausedAt) {
}
