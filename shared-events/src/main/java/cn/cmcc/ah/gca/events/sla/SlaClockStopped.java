package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A clock stopped on its stop event: met, or late with the overrun (sla-rules.md).
 * Provisional copy of the lead's revision 3 (+ {@code workingDaysUsed}); the lead's version wins at merge.
 *
 * @param overrunSeconds  seconds past the deadline; 0 when met
 * @param workingDaysUsed working days used, for working-day rules; absent for clock-time rules
 */
@Revision("3")
public record SlaClockStopped(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                              Instant stoppedAt, Instant deadline, boolean met, long overrunSeconds,
                              @MayBeAbsent BigDecimal workingDaysUsed) {

    /** Revision 2's fields only (provisional, for the clock engine of this branch). */
    public SlaClockStopped(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                           Instant stoppedAt, Instant deadline, boolean met, long overrunSeconds) {
        this(clockId, ruleId, subjectId, responsibleDepartment, stoppedAt, deadline, met, overrunSeconds, null);
    }
}
