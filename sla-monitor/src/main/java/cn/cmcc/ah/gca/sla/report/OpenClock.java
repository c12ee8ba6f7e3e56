package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;

import java.time.Instant;

/**
 * The fields of a running clock's view (the lead's {@code SlaClockView}, collection {@code sla_clock_views}) that
 * the overdue and at-risk lists show; the rest of the stored view is ignored.
 */
public class OpenClock {

    public String clockId;
    public String ruleId;
    public String article;
    public String subjectId;
    public String customerGroupId;
    public ServiceLevel serviceLevel;
    public Department responsibleDepartment;
    public Department escalationDepartment;
    public String limit;
    public String state;
    public Instant startedAt;
    public Instant warnAt;
    public Instant deadline;
    public boolean provisional;
    public Instant warnedAt;
    public Instant breachedAt;
}
