package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the compliance projection keeps of one clock: enough to know which figures it counts in and with what, and
 * the figures changes of its last event that may still be pending.
 */
final class ClockRecord {

    String clockId;
    long sequence;
    String ruleId;
    Department department;
    ServiceLevel serviceLevel;
    Instant startedAt;
    Instant deadline;
    /** The clock's limit as its events give it ({@code 3 WD}, {@code PT15M} …); null from events before revision 3. */
    String limit;
    Instant pausedAt;
    long pausedMillis;
    Outcome outcome;
    Long used;
    UsedUnit unit;
    List<FiguresChange> pending = new ArrayList<>();

    /** What the clock adds to the figures now. */
    Contribution contribution() {
        return new Contribution(new ComplianceKey(ComplianceKey.monthOf(deadline), ruleId, department, serviceLevel),
                outcome, used, unit);
    }

    void moveDeadline(Department holder, Instant newDeadline) {
        if (holder != null) {
            department = holder;
        }
        deadline = newDeadline;
    }

    void resume(Instant at) {
        if (pausedAt != null) {
            pausedMillis += Math.max(0, at.toEpochMilli() - pausedAt.toEpochMilli());
            pausedAt = null;
        }
    }

    /** Stops the clock: the verdict is the stop event's; the used time its working days, else clock time less pauses. */
    void stop(Instant stoppedAt, Instant finalDeadline, boolean met, BigDecimal workingDaysUsed) {
        resume(stoppedAt);
        deadline = finalDeadline == null ? deadline : finalDeadline;
        outcome = met ? Outcome.MET : Outcome.LATE;
        if (workingDaysUsed != null) {
            used = UsedTime.ofWorkingDays(workingDaysUsed);
            unit = UsedUnit.WORKING_DAYS;
        } else {
            used = UsedTime.ofMillis(stoppedAt.toEpochMilli() - startedAt.toEpochMilli() - pausedMillis);
            unit = UsedUnit.HOURS;
        }
    }
}
