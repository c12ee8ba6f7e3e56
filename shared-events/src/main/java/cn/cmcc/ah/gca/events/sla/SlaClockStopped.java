package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A clock stopped on its stop event: met, or late with the overrun (sla-rules.md). It ends the clock, unless its
 * rule reopens it: a {@link SlaClockDeadlineChanged} RESUMED after it takes the verdict back, and the clock's next
 * stop gives the verdict that stands (its latest stop's).
 *
 * @param overrunSeconds seconds past the deadline; 0 when met
 */
@Revision("2")
public record SlaClockStopped(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                              Instant stoppedAt, Instant deadline, boolean met, long overrunSeconds) {
}
