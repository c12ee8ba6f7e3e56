package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A clock paused where its rule allows; it resumes with a {@link SlaClockDeadlineChanged} of reason
 * {@code RESUMED}. Provisional copy of the lead's revision 1; the lead's version wins at merge.
 */
@Revision("1")
public record SlaClockPaused(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                             Instant pausedAt) {
}
