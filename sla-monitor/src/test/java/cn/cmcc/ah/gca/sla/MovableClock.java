package cn.cmcc.ah.gca.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of sla-monitor, for tests that move time: it runs with real time from wherever it was moved to, or,
 * made with {@link #stoppedAt(Instant)}, stands still except when moved.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Instant stopped;

    public MovableClock() {
        this(null);
    }

    private MovableClock(Instant stopped) {
        this.stopped = stopped;
    }

    /** A clock that shows {@code at} until it is moved. */
    public static MovableClock stoppedAt(Instant at) {
        return new MovableClock(at);
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    @Override
    public Instant instant() {
        return (stopped == null ? Instant.now() : stopped).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
