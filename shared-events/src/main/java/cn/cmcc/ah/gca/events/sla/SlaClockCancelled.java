package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A clock ended without a verdict because its subject went away (e.g. the form was withdrawn).
 * Provisional copy of the lead's revision 1; the lead's version wins at merge.
 */
@Revision("1")
public record SlaClockCancelled(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                                String reason, Instant cancelledAt) {
}
