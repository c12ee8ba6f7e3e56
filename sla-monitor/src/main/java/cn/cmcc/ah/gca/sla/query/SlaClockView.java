package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;

import java.math.BigDecimal;
import java.time.Instant;

/** An SLA clock as the queries, the reports and the deadline schedule read it. */
public class SlaClockView {

    /** Where a clock is. RUNNING and PAUSED clocks are the open work. */
    public enum State {
        RUNNING, PAUSED, STOPPED, CANCELLED;

        public boolean open() {
            return this == RUNNING || this == PAUSED;
        }
    }

    public String clockId;
    public String ruleId;
    public long ruleVersion;
    public String article;
    public String subjectId;
    public String customerGroupId;
    public ServiceLevel serviceLevel;
    /** The department holding it now: the one it started with, or the last it was handed over to. */
    public Department responsibleDepartment;
    public Department escalationDepartment;
    /** e.g. {@code 3 WD}, {@code PT15M}, {@code until 2027-01-31} */
    public String limit;
    public State state;
    public Instant startedAt;
    public Instant warnAt;
    public Instant deadline;
    public boolean provisional;
    public long calendarVersion;
    public Instant warnedAt;
    public Instant breachedAt;
    public Instant pausedAt;
    /** When it stopped or was cancelled; null while open (also after a reopening). */
    public Instant stoppedAt;
    /** When its stop was last undone by a reopening (a customer rejected the repair); null if never. */
    public Instant reopenedAt;
    /** How many times it was reopened. */
    public int reopenCount;
    /** When it was last handed over to another department (its subject moved); null if never. */
    public Instant handedOverAt;
    /** How many times it was handed over. */
    public int handOverCount;
    /** The verdict of its last stop; null while open (a reopening takes the verdict back). */
    public Boolean met;
    public Long overrunSeconds;
    /**
     * At stop: working days used (working-day limits) or seconds used (clock time and date limits), from start to
     * stop less pauses.
     */
    public BigDecimal used;
    /**
     * What the clock's ended pauses took, in the limit's unit: not counted as used. The time from a stop to the
     * reopening that undid it counts as a pause.
     */
    public BigDecimal pausedUsed;
    public String cancelReason;
}
