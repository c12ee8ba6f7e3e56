package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A clock ended without a verdict because its subject went away (e.g. GCD withdrew the form): neither met
 * nor late.
 *
 * @param reason the CloudEvents type of the event that cancelled it
 */
@Revision("1")
public record SlaClockCancelled(String clockId, String ruleId, String subjectId, Department responsibleDepartment,
                                String reason, Instant cancelledAt) {
}
