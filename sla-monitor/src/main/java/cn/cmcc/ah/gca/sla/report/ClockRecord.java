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
    /** When it stopped with its verdict; null while open, and in records written before it was kept. */
    Instant stoppedAt;
    long pausedMillis;
    /** The working days the clock's pauses took so far (working-day limits): not counted as used. */
    BigDecimal pausedWorkingDays = BigDecimal.ZERO;
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
        handOver(holder);
        deadline = newDeadline;
    }

    /** The clock counts for {@code holder} from now on (null: the department it has). */
    void handOver(Department holder) {
        if (holder != null) {
            department = holder;
        }
    }

    /**
     * A stopped clock runs again from {@code at}: its verdict and used time are taken back, and the time from its stop
     * to {@code at} is not counted, as a pause's is not. Stopped late, it is past its deadline already: overdue.
     */
    void reopen(Instant at, WorkingDays workingDays) {
        outcome = outcome == Outcome.LATE ? Outcome.OVERDUE : Outcome.OPEN;
        pausedAt = stoppedAt;
        resume(at, workingDays);
        stoppedAt = null;
        used = null;
        unit = null;
    }

    /** Working days between two instants as a clock's limit counts them; null for a limit not in working days. */
    interface WorkingDays {
        BigDecimal between(String limit, Instant from, Instant to);
    }

    void resume(Instant at, WorkingDays workingDays) {
        if (pausedAt != null) {
            pausedMillis += Math.max(0, at.toEpochMilli() - pausedAt.toEpochMilli());
            // measured from the start, as the clock measures it (the start day is not counted, a pause's day is)
            BigDecimal untilResumed = workingDays.between(limit, startedAt, at);
            if (untilResumed != null) {
                pausedWorkingDays = pausedWorkingDays.add(untilResumed)
                        .subtract(workingDays.between(limit, startedAt, pausedAt));
            }
            pausedAt = null;
        }
    }

    /**
     * Stops the clock: the verdict is the stop event's; the used time its working days, else clock time, from start to
     * stop less the pauses.
     */
    void stop(Instant stoppedAt, Instant finalDeadline, boolean met, WorkingDays workingDays) {
        resume(stoppedAt, workingDays);
        this.stoppedAt = stoppedAt;
        deadline = finalDeadline == null ? deadline : finalDeadline;
        outcome = met ? Outcome.MET : Outcome.LATE;
        BigDecimal startToStop = workingDays.between(limit, startedAt, stoppedAt);
        if (startToStop != null) {
            used = UsedTime.ofWorkingDays(startToStop.subtract(pausedWorkingDays).max(BigDecimal.ZERO));
            unit = UsedUnit.WORKING_DAYS;
        } else {
            used = UsedTime.ofMillis(stoppedAt.toEpochMilli() - startedAt.toEpochMilli() - pausedMillis);
            unit = UsedUnit.HOURS;
        }
    }
}
