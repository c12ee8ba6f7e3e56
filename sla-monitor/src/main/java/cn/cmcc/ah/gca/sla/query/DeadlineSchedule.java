package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.ObjectIntHashMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open clocks' next warnings and deadlines in time order, in memory, and how many clocks are open, at risk and
 * overdue per rule, department and service level. Finding what is due is a look at the head of a heap, never a query
 * on deadlines (the embedded store would scan for that: stack notes, trap 10). Kept by the instance that runs the
 * clock projection; rebuilt from the open views when an instance takes that over. Every change is a put or a remove
 * by clock id, so applying the same clock twice (a rebuild racing the projection) counts it once.
 * <p>
 * Compact, so that 10<sup>6</sup> open clocks fit a service of {@code -Xmx256m}: 114 bytes a clock at 10<sup>6</sup>,
 * where records, instants and a skip list took 323 ({@code SlaDetectionLoad schedule}, docs/sla-benchmark.md). A
 * clock is a slot in parallel primitive arrays (its warning and deadline in epoch milliseconds, its key's index,
 * flags); its id is kept as the rule prefix, shared by every clock of the rule ({@code presale.confirmation:}), and
 * the subject id, which maps to the slot; the time order is an indexed binary min-heap of slots on each slot's
 * earliest pending due point, so a clock is in it once whether its warning or its breach is next. Instants are kept
 * in whole milliseconds, rounded up, so nothing falls due before its instant (the clock refuses a warning or a breach
 * recorded before it).
 * <p>
 * Puts and removes come from the projection thread, takes and retries from the ticker: one lock around the slots,
 * maps and heap, every operation O(log n) and short. The counts are read by the gauges without it.
 */
public class DeadlineSchedule {

    /** What falls due. */
    public enum Kind { WARNING, BREACH }

    /** One due point of one clock. */
    public record Due(Instant at, String clockId, Kind kind) {
    }

    /** The low-cardinality tags a clock is counted under. */
    public record Key(String ruleId, Department department, ServiceLevel serviceLevel) {
    }

    /** Open, at-risk and overdue counts of one key. */
    public record Counts(AtomicLong open, AtomicLong atRisk, AtomicLong overdue) {
        Counts() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong());
        }
    }

    private static final int INITIAL_CAPACITY = 1024;
    /** A slot's flags: how the clock is counted, and which of its due points are still to be taken. */
    private static final int WARNED = 1;
    private static final int BREACHED = 2;
    private static final int WARNING_PENDING = 4;
    private static final int BREACH_PENDING = 8;
    private static final int PENDING = WARNING_PENDING | BREACH_PENDING;
    /** The clock has no such due point (paused, warned, breached, or no warning threshold). */
    private static final long NONE = Long.MIN_VALUE;

    /** Kept by {@link #clear}, so that a gauge's series stays (at 0). */
    private final Map<Key, Counts> counts = new ConcurrentHashMap<>();
    private final Map<Key, Integer> keyIndex = new HashMap<>();
    private final List<Counts> countsByKey = new ArrayList<>();

    /** Clock ids split at the first ':' (rule ids have none): the prefix with its ':' by index, subjects per prefix. */
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<String> rulePrefixes = new ArrayList<>();
    private final List<ObjectIntHashMap<String>> slotsByRule = new ArrayList<>();

    /** Per slot. {@code heapIndex} is the slot's place in {@code heap}, -1 when nothing of it is pending. */
    private String[] subjects;
    private int[] rules;
    private int[] keys;
    private byte[] flags;
    private long[] warnAts;
    private long[] deadlines;
    private int[] heapIndex;
    /** Slots handed out so far; freed ones below it are reused first. */
    private int used;
    private final IntArrayList free = new IntArrayList();
    private int open;
    private int pending;

    /** Slots with a pending due point, earliest first (ties by slot). */
    private int[] heap;
    private int heapSize;

    public DeadlineSchedule() {
        allocate(INITIAL_CAPACITY);
    }

    /** Puts a clock as it stands now; its earlier due points are replaced. */
    public synchronized void put(String clockId, Key key, boolean paused, boolean warned, boolean breached,
                                 Instant warnAt, Instant deadline) {
        boolean warning = !(paused || warned || breached || warnAt == null);
        boolean breach = !(paused || breached);
        // converted before anything changes: a missing deadline fails the put and leaves the schedule as it was
        long warningMillis = warning ? millis(warnAt) : NONE;
        long breachMillis = breach ? millis(deadline) : NONE;
        int rule = ruleOf(clockId, true);
        ObjectIntHashMap<String> slots = slotsByRule.get(rule);
        String subject = subjectOf(clockId);
        int index = slots.indexOf(subject);
        int slot;
        if (slots.indexExists(index)) {
            slot = slots.indexGet(index);
            count(slot, -1);
        } else {
            slot = newSlot();
            slots.indexInsert(index, subject, slot);
            subjects[slot] = subject;
            rules[slot] = rule;
            open++;
        }
        keys[slot] = keyIndexOf(key);
        warnAts[slot] = warningMillis;
        deadlines[slot] = breachMillis;
        setFlags(slot, (warned ? WARNED : 0) | (breached ? BREACHED : 0) | (warning ? WARNING_PENDING : 0)
                | (breach ? BREACH_PENDING : 0));
        count(slot, 1);
        reposition(slot);
    }

    /**
     * Puts a clock that has just started, unless the schedule has it already (then what it has is as new or newer).
     *
     * @return whether it was put
     */
    public synchronized boolean putIfAbsent(String clockId, Key key, Instant warnAt, Instant deadline) {
        if (isOpen(clockId)) {
            return false;
        }
        put(clockId, key, false, false, false, warnAt, deadline);
        return true;
    }

    /** The clock ended: no more due points, no longer counted. */
    public synchronized void remove(String clockId) {
        int rule = ruleOf(clockId, false);
        if (rule < 0) {
            return;
        }
        ObjectIntHashMap<String> slots = slotsByRule.get(rule);
        int index = slots.indexOf(subjectOf(clockId));
        if (!slots.indexExists(index)) {
            return;
        }
        int slot = slots.indexRemove(index);
        count(slot, -1);
        setFlags(slot, 0);
        reposition(slot);
        subjects[slot] = null;
        free.add(slot);
        open--;
    }

    public synchronized boolean isOpen(String clockId) {
        return slotOf(clockId) >= 0;
    }

    /** Forgets every clock and puts the counts to 0; the keys stay, and the memory of the clocks is given back. */
    public synchronized void clear() {
        ruleIndex.clear();
        rulePrefixes.clear();
        slotsByRule.clear();
        free.release();
        allocate(INITIAL_CAPACITY);
        counts.values().forEach(c -> {
            c.open().set(0);
            c.atRisk().set(0);
            c.overdue().set(0);
        });
    }

    /**
     * Removes and returns everything due at or before {@code now}, earliest first. A clock whose warning is taken has
     * its breach next, so a clock late on both gives its warning, then its breach.
     */
    public synchronized List<Due> takeDue(Instant now) {
        long until = now.toEpochMilli();
        List<Due> due = new ArrayList<>();
        while (heapSize > 0 && dueAt(heap[0]) <= until) {
            int slot = heap[0];
            long at = dueAt(slot);
            Kind kind = nextKind(slot);
            setFlags(slot, flags[slot] & ~(kind == Kind.WARNING ? WARNING_PENDING : BREACH_PENDING));
            reposition(slot);
            due.add(new Due(Instant.ofEpochMilli(at), rulePrefixes.get(rules[slot]) + subjects[slot], kind));
        }
        return due;
    }

    /**
     * Puts back a due point whose command failed, so the next tick tries again: only if the clock still has it (not
     * ended, not put since with another instant, warned or paused).
     */
    public synchronized void retry(Due due) {
        int slot = slotOf(due.clockId());
        if (slot < 0) {
            return;
        }
        boolean warning = due.kind() == Kind.WARNING;
        int bit = warning ? WARNING_PENDING : BREACH_PENDING;
        if ((warning ? warnAts[slot] : deadlines[slot]) == millis(due.at()) && (flags[slot] & bit) == 0) {
            setFlags(slot, flags[slot] | bit);
            reposition(slot);
        }
    }

    /** Counts per key, for the gauges; a key once seen stays (at 0) so a series does not vanish. */
    public Map<Key, Counts> counts() {
        return counts;
    }

    public synchronized int openClocks() {
        return open;
    }

    /** Due points still to be taken: a running clock not yet warned has two. */
    public synchronized int scheduled() {
        return pending;
    }

    // ---------------------------------------------------------------- clocks and slots

    private static String prefixOf(String clockId) {
        return clockId.substring(0, clockId.indexOf(':') + 1);
    }

    private static String subjectOf(String clockId) {
        return clockId.substring(clockId.indexOf(':') + 1);
    }

    /** The index of the clock id's rule prefix; -1 if none was put and not {@code create}. */
    private int ruleOf(String clockId, boolean create) {
        String prefix = prefixOf(clockId);
        Integer index = ruleIndex.get(prefix);
        if (index == null) {
            if (!create) {
                return -1;
            }
            index = rulePrefixes.size();
            ruleIndex.put(prefix, index);
            rulePrefixes.add(prefix);
            slotsByRule.add(new ObjectIntHashMap<>());
        }
        return index;
    }

    /** The clock's slot, -1 if it is not open. */
    private int slotOf(String clockId) {
        int rule = ruleOf(clockId, false);
        return rule < 0 ? -1 : slotsByRule.get(rule).getOrDefault(subjectOf(clockId), -1);
    }

    private int keyIndexOf(Key key) {
        return keyIndex.computeIfAbsent(key, k -> {
            countsByKey.add(counts.computeIfAbsent(k, x -> new Counts()));
            return countsByKey.size() - 1;
        });
    }

    private void count(int slot, int delta) {
        Counts c = countsByKey.get(keys[slot]);
        c.open().addAndGet(delta);
        if ((flags[slot] & BREACHED) != 0) {
            c.overdue().addAndGet(delta);
        } else if ((flags[slot] & WARNED) != 0) {
            c.atRisk().addAndGet(delta);
        }
    }

    /** Sets a slot's flags, keeping {@link #scheduled} in step. */
    private void setFlags(int slot, int value) {
        pending += Integer.bitCount(value & PENDING) - Integer.bitCount(flags[slot] & PENDING);
        flags[slot] = (byte) value;
    }

    /** Rounded up: a due point never falls due before its instant. */
    private static long millis(Instant instant) {
        return instant.toEpochMilli() + (instant.getNano() % 1_000_000 == 0 ? 0 : 1);
    }

    private void allocate(int capacity) {
        subjects = new String[capacity];
        rules = new int[capacity];
        keys = new int[capacity];
        flags = new byte[capacity];
        warnAts = new long[capacity];
        deadlines = new long[capacity];
        heapIndex = new int[capacity];
        heap = new int[capacity];
        used = 0;
        open = 0;
        pending = 0;
        heapSize = 0;
    }

    private int newSlot() {
        int slot;
        if (!free.isEmpty()) {
            slot = free.removeLast();
        } else {
            if (used == subjects.length) {
                grow();
            }
            slot = used++;
        }
        heapIndex[slot] = -1;
        return slot;
    }

    /** By half again: at 10^6 clocks the arrays are a few percent larger than needed, never twice. */
    private void grow() {
        int capacity = subjects.length + (subjects.length >> 1);
        subjects = Arrays.copyOf(subjects, capacity);
        rules = Arrays.copyOf(rules, capacity);
        keys = Arrays.copyOf(keys, capacity);
        flags = Arrays.copyOf(flags, capacity);
        warnAts = Arrays.copyOf(warnAts, capacity);
        deadlines = Arrays.copyOf(deadlines, capacity);
        heapIndex = Arrays.copyOf(heapIndex, capacity);
        heap = Arrays.copyOf(heap, capacity);
    }

    // ---------------------------------------------------------------- the heap

    /** The slot's earliest pending due point; only asked of slots in the heap. */
    private long dueAt(int slot) {
        long warning = (flags[slot] & WARNING_PENDING) != 0 ? warnAts[slot] : Long.MAX_VALUE;
        long breach = (flags[slot] & BREACH_PENDING) != 0 ? deadlines[slot] : Long.MAX_VALUE;
        return Math.min(warning, breach);
    }

    /** The kind of {@link #dueAt}: the warning on a tie, as it is recorded before the breach. */
    private Kind nextKind(int slot) {
        boolean warning = (flags[slot] & WARNING_PENDING) != 0;
        boolean breach = (flags[slot] & BREACH_PENDING) != 0;
        return warning && (!breach || warnAts[slot] <= deadlines[slot]) ? Kind.WARNING : Kind.BREACH;
    }

    private boolean before(int a, int b) {
        long x = dueAt(a);
        long y = dueAt(b);
        return x < y || x == y && a < b;
    }

    /** After a slot's due points changed: into the heap, out of it, or moved to its new place. */
    private void reposition(int slot) {
        int i = heapIndex[slot];
        if ((flags[slot] & PENDING) == 0) {
            if (i >= 0) {
                removeAt(i);
            }
        } else if (i < 0) {
            heap[heapSize] = slot;
            siftUp(heapSize++);
        } else {
            siftDown(siftUp(i));
        }
    }

    private void removeAt(int i) {
        heapIndex[heap[i]] = -1;
        int last = heap[--heapSize];
        if (i < heapSize) {
            heap[i] = last;
            siftDown(siftUp(i));
        }
    }

    /** Moves the slot at {@code i} up to its place; returns that place. */
    private int siftUp(int i) {
        int slot = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(slot, heap[parent])) {
                break;
            }
            place(heap[parent], i);
            i = parent;
        }
        place(slot, i);
        return i;
    }

    private void siftDown(int i) {
        int slot = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], slot)) {
                break;
            }
            place(heap[child], i);
            i = child;
        }
        place(slot, i);
    }

    private void place(int slot, int i) {
        heap[i] = slot;
        heapIndex[slot] = i;
    }
}
