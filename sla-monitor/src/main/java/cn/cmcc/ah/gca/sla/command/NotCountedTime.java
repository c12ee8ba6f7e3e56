package cn.cmcc.ah.gca.sla.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The time a clock's limit does not count — its pauses, and the time from a stop to the reopening that undid it — as
 * the limit counts it from the clock's start: for each period, what the limit had counted by its end minus what it had
 * counted by its beginning. Measured from the start (not from each end), so the "start day not counted" of a
 * working-day limit applies to the clock's start only: a pause from 11:00 to 11:01 takes one minute, not the rest of
 * the day.
 */
final class NotCountedTime {

    private NotCountedTime() {
    }

    /**
     * @param since           when each period began, in order
     * @param until           when each ended, in order; one fewer than {@code since} while a period is in progress
     * @param inProgressUntil the end of the period in progress, if any
     */
    static BigDecimal of(LimitSpec countedAs, DeadlinePlanner planner, Instant startedAt, List<Instant> since,
                         List<Instant> until, Instant inProgressUntil) {
        BigDecimal notCounted = BigDecimal.ZERO;
        for (int i = 0; i < since.size(); i++) {
            Instant end = i < until.size() ? until.get(i) : inProgressUntil;
            notCounted = notCounted.add(planner.used(countedAs, startedAt, end)
                    .subtract(planner.used(countedAs, startedAt, since.get(i))));
        }
        return notCounted;
    }
}
