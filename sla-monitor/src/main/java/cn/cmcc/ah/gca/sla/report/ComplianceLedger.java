package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the compliance figures from what happens to clocks, counting each clock exactly once whatever the
 * duplicates, redeliveries and replays. The event handlers ({@link ComplianceProjection}) only translate events into
 * these calls, so the rules of counting live here and are tested without Axon.
 *
 * <p>How it stays exact without transactions (one document written at a time):
 * <ol>
 * <li>A clock's record carries the sequence of the last event it took: an event at or below it changes nothing.</li>
 * <li>A new event changes the record and computes the figures changes it causes (take the clock's old contribution
 * away, add its new one: this is how a clock whose deadline moves to another month moves rather than counting
 * twice); the record, its new sequence and those changes as <em>pending</em> are written in one document write.</li>
 * <li>Each pending change is applied to its figures document together with its id in one atomic update; a figures
 * document that already remembers the id skips it. Then the record's pending list is emptied.</li>
 * <li>Whatever event of a clock comes next — a redelivery after a crash included — first applies what its record
 * still has pending, so a crash between any two writes neither loses nor doubles a change.</li>
 * </ol>
 * A reset drops everything and a replay rebuilds the same figures.
 */
class ComplianceLedger {

    private static final Logger log = LoggerFactory.getLogger(ComplianceLedger.class);

    private final ComplianceStore store;
    private final ClockRecord.WorkingDays workingDays;

    /** @param workingDays working days between two instants as a limit counts them, for the time used */
    ComplianceLedger(ComplianceStore store, ClockRecord.WorkingDays workingDays) {
        this.store = store;
        this.workingDays = workingDays;
    }

    /** A clock started (its first event, sequence 0): counted open in the month of its deadline. */
    void started(String clockId, long sequence, String ruleId, Department department, ServiceLevel serviceLevel,
                 Instant startedAt, Instant deadline, String limit) {
        ClockRecord record = store.clock(clockId);
        if (record != null) {
            settle(record);
            return;
        }
        record = new ClockRecord();
        record.clockId = clockId;
        record.sequence = sequence;
        record.ruleId = ruleId;
        record.department = department;
        record.serviceLevel = serviceLevel;
        record.startedAt = startedAt;
        record.deadline = deadline;
        record.limit = limit;
        record.outcome = Outcome.OPEN;
        commit(record, null, sequence);
    }

    /**
     * An open clock's deadline moved (assessment, calendar or rules change, or resumed after a pause), or a stopped
     * clock was reopened (resumed after its stop): its verdict is taken back and it counts as open — overdue if it had
     * stopped late — in the month of its new deadline, until its next stop gives the verdict. It moves, never counts
     * twice.
     */
    void deadlineChanged(String clockId, long sequence, Department holder, Instant deadline, boolean resumed,
                         Instant changedAt, String limit) {
        change(clockId, sequence, resumed, record -> {
            if (limit != null) {
                record.limit = limit;
            }
            if (resumed && record.outcome.isVerdict()) {
                record.reopen(changedAt, workingDays);
            } else if (resumed) {
                record.resume(changedAt, workingDays);
            }
            record.moveDeadline(holder, deadline);
        });
    }

    /**
     * An open clock passed to another department: it counts there, moved from where it was (never twice), and its
     * verdict will count there. A clock with a verdict, or cancelled, is not moved.
     */
    void handedOver(String clockId, long sequence, Department department) {
        change(clockId, sequence, record -> record.handOver(department));
    }

    void paused(String clockId, long sequence, Instant pausedAt) {
        change(clockId, sequence, record -> {
            if (record.pausedAt == null) {
                record.pausedAt = pausedAt;
            }
        });
    }

    /** Breached and still running: already late. */
    void breached(String clockId, long sequence) {
        change(clockId, sequence, record -> record.outcome = Outcome.OVERDUE);
    }

    void stopped(String clockId, long sequence, Instant stoppedAt, Instant deadline, boolean met) {
        change(clockId, sequence, record -> record.stop(stoppedAt, deadline, met, workingDays));
    }

    void cancelled(String clockId, long sequence) {
        change(clockId, sequence, record -> record.outcome = Outcome.CANCELLED);
    }

    /** For a reset before a replay. */
    void reset() {
        store.deleteAll();
    }

    private void change(String clockId, long sequence, Consumer<ClockRecord> change) {
        change(clockId, sequence, false, change);
    }

    /** @param reopening whether the event may reopen a clock that stopped with a verdict */
    private void change(String clockId, long sequence, boolean reopening, Consumer<ClockRecord> change) {
        ClockRecord record = store.clock(clockId);
        if (record == null) {
            log.warn("No start seen for clock {}; its event at sequence {} is not counted", clockId, sequence);
            return;
        }
        settle(record);
        if (sequence <= record.sequence) {
            return;
        }
        Contribution before = record.contribution();
        record.sequence = sequence;
        if (!record.outcome.isFinal() || reopening && record.outcome.isVerdict()) {
            change.accept(record);
        }
        commit(record, before, sequence);
    }

    /** Writes the record with the changes from {@code before} to its contribution now, then applies them. */
    private void commit(ClockRecord record, Contribution before, long sequence) {
        record.pending = FiguresChange.between(before, record.contribution(), record.clockId, sequence);
        store.save(record);
        settle(record);
    }

    /** Applies what the record still has pending (after a crash, again: each change applies once). */
    private void settle(ClockRecord record) {
        if (record.pending.isEmpty()) {
            return;
        }
        List<FiguresChange> pending = record.pending;
        pending.forEach(change -> store.apply(record.clockId, change));
        record.pending = List.of();
        store.save(record);
    }
}
