package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open clocks' next warnings and deadlines in time order, in memory, and how many clocks are open, at risk and
 * overdue per rule, department and service level. Finding what is due is a look at the head of a sorted set, never
 * a query on deadlines (the embedded store would scan for that: stack notes, trap 10). Kept by the instance that runs
 * the clock projection; rebuilt from the open views when an instance takes that over. Every change is a put or a
 * remove by clock id, so applying the same clock twice (a rebuild racing the projection) counts it once.
 */
public class DeadlineSchedule {

    /** What falls due. */
    public enum Kind { WARNING, BREACH }

    /** One due point of one clock. */
    public record Due(Instant at, String clockId, Kind kind) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = at.compareTo(other.at);
            if (byTime != 0) {
                return byTime;
            }
            int byClock = clockId.compareTo(other.clockId);
            return byClock != 0 ? byClock : kind.compareTo(other.kind);
        }
    }

    /** The low-cardinality tags a clock is counted under. */
    public record Key(String ruleId, Department department, ServiceLevel serviceLevel) {
    }

    /** How an open clock stands. {@code warning}/{@code breach} are null when not (or no longer) due. */
    public record Entry(Key key, boolean paused, boolean warned, boolean breached, Due warning, Due breach) {
    }

    /** Open, at-risk and overdue counts of one key. */
    public record Counts(AtomicLong open, AtomicLong atRisk, AtomicLong overdue) {
        Counts() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong());
        }
    }

    private final NavigableSet<Due> dues = new ConcurrentSkipListSet<>();
    private final Map<String, Entry> open = new ConcurrentHashMap<>();
    private final Map<Key, Counts> counts = new ConcurrentHashMap<>();
    private final Map<Key, Key> keys = new ConcurrentHashMap<>();

    /** Puts a clock as it stands now; its earlier due points are replaced. */
    public void put(String clockId, Key key, boolean paused, boolean warned, boolean breached, Instant warnAt,
                    Instant deadline) {
        Key shared = keys.computeIfAbsent(key, k -> k);
        Due warning = paused || warned || breached || warnAt == null ? null : new Due(warnAt, clockId, Kind.WARNING);
        Due breach = paused || breached ? null : new Due(deadline, clockId, Kind.BREACH);
        Entry entry = new Entry(shared, paused, warned, breached, warning, breach);
        open.compute(clockId, (id, previous) -> {
            if (previous != null) {
                unschedule(previous);
                count(previous, -1);
            }
            if (warning != null) {
                dues.add(warning);
            }
            if (breach != null) {
                dues.add(breach);
            }
            count(entry, 1);
            return entry;
        });
    }

    /** The clock ended: no more due points, no longer counted. */
    public void remove(String clockId) {
        open.computeIfPresent(clockId, (id, previous) -> {
            unschedule(previous);
            count(previous, -1);
            return null;
        });
    }

    public boolean isOpen(String clockId) {
        return open.containsKey(clockId);
    }

    private void unschedule(Entry entry) {
        if (entry.warning() != null) {
            dues.remove(entry.warning());
        }
        if (entry.breach() != null) {
            dues.remove(entry.breach());
        }
    }

    private void count(Entry entry, int delta) {
        Counts c = counts.computeIfAbsent(entry.key(), k -> new Counts());
        c.open().addAndGet(delta);
        if (entry.breached()) {
            c.overdue().addAndGet(delta);
        } else if (entry.warned()) {
            c.atRisk().addAndGet(delta);
        }
    }

    public void clear() {
        open.clear();
        dues.clear();
        counts.values().forEach(c -> {
            c.open().set(0);
            c.atRisk().set(0);
            c.overdue().set(0);
        });
    }

    /** Removes and returns everything due at or before {@code now}, earliest first. */
    public List<Due> takeDue(Instant now) {
        List<Due> due = new ArrayList<>();
        Due head;
        while ((head = dues.isEmpty() ? null : dues.first()) != null && !head.at().isAfter(now)) {
            if (dues.remove(head)) {
                due.add(head);
            }
        }
        return due;
    }

    /** Puts back a due point whose command failed, so the next tick tries again. */
    public void retry(Due due) {
        Entry entry = open.get(due.clockId());
        if (entry != null && (due.equals(entry.warning()) || due.equals(entry.breach()))) {
            dues.add(due);
        }
    }

    /** Counts per key, for the gauges; a key once seen stays (at 0) so a series does not vanish. */
    public Map<Key, Counts> counts() {
        return counts;
    }

    public int openClocks() {
        return open.size();
    }

    public int scheduled() {
        return dues.size();
    }
}
