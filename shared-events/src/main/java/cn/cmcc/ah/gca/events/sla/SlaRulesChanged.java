package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A new version of the SLA rules took effect (sla-rules.md; Art. 5: the provincial network dept interprets and changes
 * the rules, and every change is audited). The first version is the shipped rules file, loaded at first start; every
 * later one is a reload of the file or a document sent through the API. Open clocks of a rule that changed get new
 * deadlines from the version that follows.
 *
 * @param version             1, 2, 3 … (the rule book's own sequence)
 * @param rules               the whole rules document as JSON text, exactly as it was validated and took effect
 * @param ruleIds             the ids of the rules in it, in document order
 * @param source              the rules file or the API
 * @param changedByUser       the user id (token subject) that changed them; {@code sla-monitor} for the shipped file
 * @param changedByDepartment PND or ADMIN; ADMIN for the shipped file loaded by the service itself
 * @param changedAt           when the version took effect
 */
@Revision("1")
public record SlaRulesChanged(
        long version,
        String rules,
        List<String> ruleIds,
        SlaRulesSource source,
        String changedByUser,
        Department changedByDepartment,
        Instant changedAt) {

    public SlaRulesChanged {
        ruleIds = List.copyOf(ruleIds);
    }
}
