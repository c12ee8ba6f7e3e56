package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaRulesSource;

import java.time.Instant;
import java.util.List;

/** The version of the SLA rules in effect, with who changed it and when; one document, {@code _id} = the book id. */
public class SlaRulesView {
    public long version;
    /** The rules document as JSON text. */
    public String rules;
    public List<String> ruleIds;
    public SlaRulesSource source;
    public String changedByUser;
    public Department changedByDepartment;
    public Instant changedAt;
}
