package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A running clock passed its deadline without its stop event (sla-rules.md).
 * Provisional copy of the lead's revision 3 (+ {@code escalationDepartment}); the lead's version wins at merge.
 */
@Revision("3")
public record SlaClockBreached(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                               Instant breachedAt, Instant deadline, @MayBeAbsent Department escalationDepartment) {

    /** Revision 2's fields only (provisional, for the clock engine of this branch). */
    public SlaClockBreached(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                            Instant breachedAt, Instant deadline) {
        this(clockId, ruleId, subjectId, responsibleDepartment, breachedAt, deadline, null);
    }
}
