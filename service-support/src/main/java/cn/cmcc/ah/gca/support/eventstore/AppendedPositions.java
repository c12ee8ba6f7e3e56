package cn.cmcc.ah.gca.support.eventstore;

import java.util.OptionalLong;

/**
 * The global position of the last event the current thread appended through a {@link MongoKeyedEventStorageEngine}
 * (the commit position of its last successful append). Axon's {@code SimpleCommandBus} runs a command handler and
 * its unit of work, which appends the events, on the caller's thread, so a REST controller can read here, right
 * after {@code commandGateway.sendAndWait(...)}, how far a reader must have come to see that command's effect. With
 * a command bus that handles commands on other threads (asynchronous, disruptor, distributed) nothing is recorded
 * on the caller's thread.
 * <p>
 * Request threads are pooled: {@link #clear()} before sending a command, or a position left by an earlier command on
 * the same thread is read as this one's.
 */
public final class AppendedPositions {

    private static final ThreadLocal<Long> LAST = new ThreadLocal<>();

    private AppendedPositions() {
    }

    /**
     * @return the global position of the last event this thread appended since the last {@link #clear()}; empty if
     * it appended none
     */
    public static OptionalLong lastAppendedByCurrentThread() {
        Long position = LAST.get();
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /** Forgets this thread's last appended position. */
    public static void clear() {
        LAST.remove();
    }

    static void record(long position) {
        LAST.set(position);
    }
}
