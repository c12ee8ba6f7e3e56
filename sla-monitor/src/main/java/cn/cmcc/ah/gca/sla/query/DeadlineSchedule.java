package cn.cmcc.ah.gca.sla.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The running clocks' next warnings and deadlines in time order, in memory. Finding what is due is then a look
 * at the head of a sorted set rather than a query on deadlines (the embedded store would scan for that: stack
 * notes, trap 10). Rebuilt from the read model at start-up.
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

    private final NavigableSet<Due> dues = new ConcurrentSkipListSet<>();
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    private record Running(String ruleId, Due warning, Due breach) {
    }

    public void schedule(String clockId, String ruleId, Instant warnAt, Instant deadline) {
        Due warning = warnAt == null ? null : new Due(warnAt, clockId, Kind.WARNING);
        Due breach = new Due(deadline, clockId, Kind.BREACH);
        running.put(clockId, new Running(ruleId, warning, breach));
        if (warning != null) {
            dues.add(warning);
        }
        dues.add(breach);
    }

    public void warned(String clockId) {
        Running clock = running.get(clockId);
        if (clock != null && clock.warning() != null) {
            dues.remove(clock.warning());
        }
    }

    public void breached(String clockId) {
        Running clock = running.get(clockId);
        if (clock != null) {
            warned(clockId);
            dues.remove(clock.breach());
        }
    }

    public void stopped(String clockId) {
        breached(clockId);
        running.remove(clockId);
    }

    public void clear() {
        running.clear();
        dues.clear();
    }

    /** Removes and returns everything due at or before {@code now}. */
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
        if (running.containsKey(due.clockId())) {
            dues.add(due);
        }
    }

    /** Running clocks of a rule (for the {@code gca_sla_clocks_open} gauge). */
    public long running(String ruleId) {
        return running.values().stream().filter(r -> r.ruleId().equals(ruleId)).count();
    }
}
