package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A running or paused clock passed to another department, its deadline unchanged: its rule holds it by whoever holds
 * the subject (sla-rules.md: {@code fault.restoration} is held by "whoever holds the ticket"), and the subject moved —
 * a fault ticket dispatched to CSSC (Art. 25), escalated to OMT (Art. 28) or PND (Art. 30), handed back down, or
 * reopened at the level that replied the repair. From then on the clock's warnings, breach and stop name
 * {@code responsibleDepartment}, and its verdict counts for it. A stopped or cancelled clock is never handed over.
 *
 * @param fromDepartment        the department that held the clock until now
 * @param responsibleDepartment the department that holds it now
 * @param reason                the CloudEvents type of the event that moved the subject, e.g.
 *                              {@code gca.fault.FaultEscalated.v1}
 * @param handedOverAt          when that event happened
 */
@Revision("1")
public record SlaClockHandedOver(String clockId, String ruleId, String subjectId, Department fromDepartment,
                                 Department responsibleDepartment, String reason, Instant handedOverAt) {
}
