package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;

import java.time.Instant;

/** An SLA clock as the queries and the deadline schedule read it. */
public class SlaClockView {

    /** Whether a clock runs. */
    public enum State { RUNNING, STOPPED }

    public String clockId;
    public String ruleId;
    public String article;
    public String subjectId;
    public String customerGroupId;
    public ServiceLevel serviceLevel;
    public Department responsibleDepartment;
    public State state;
    public Instant startedAt;
    public Instant warnAt;
    public Instant deadline;
    public boolean provisional;
    public Instant warnedAt;
    public Instant breachedAt;
    public Instant stoppedAt;
    public Boolean met;
    public Long overrunSeconds;
}
