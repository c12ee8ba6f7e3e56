package cn.cmcc.ah.gca.sla.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Working time used by stopped clocks, in units of 1/10 000 (exact integer sums, so adding and removing a clock's
 * contribution leaves no rounding behind): working days for working-day rules (the stop event's
 * {@code workingDaysUsed}), hours of clock time less pauses for the others.
 *
 * <p>The 90th percentile comes from a histogram of fine bins — 0.01 up to 10, 0.1 up to 100, 1 up to 1 000, then one
 * overflow bin — as the nearest-rank percentile (the ⌈0.9·n⌉-th smallest value), reported as the upper edge of its
 * bin capped by the largest value seen: exact for values on the bins' grid (whole hours, tenths of a working day),
 * otherwise at most one bin width above (under 1 % of the value above 1).
 */
final class UsedTime {

    static final long SCALE = 10_000;
    static final int OVERFLOW_BIN = 2_800;

    private UsedTime() {
    }

    static long ofWorkingDays(BigDecimal workingDays) {
        return workingDays.max(BigDecimal.ZERO).movePointRight(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static long ofMillis(long millis) {
        return Math.max(0, Math.round(millis / 360.0));
    }

    /** The bin holding a value: bins run from just above their lower edge up to and including their upper edge. */
    static int bin(long scaled) {
        scaled = Math.max(0, scaled - 1);
        if (scaled < 10 * SCALE) {
            return (int) (scaled / 100);
        }
        if (scaled < 100 * SCALE) {
            return 1_000 + (int) ((scaled - 10 * SCALE) / 1_000);
        }
        if (scaled < 1_000 * SCALE) {
            return 1_900 + (int) ((scaled - 100 * SCALE) / SCALE);
        }
        return OVERFLOW_BIN;
    }

    /** The upper edge of a bin (inclusive), scaled; {@link Long#MAX_VALUE} for the overflow bin. */
    static long upperEdge(int bin) {
        if (bin < 1_000) {
            return (bin + 1L) * 100;
        }
        if (bin < 1_900) {
            return 10 * SCALE + (bin - 999L) * 1_000;
        }
        if (bin < OVERFLOW_BIN) {
            return 100 * SCALE + (bin - 1_899L) * SCALE;
        }
        return Long.MAX_VALUE;
    }

    /** The nearest-rank 90th percentile of the histogram, scaled, or {@code null} when it is empty. */
    static Long p90(Map<Integer, Long> histogram, long max) {
        long count = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (count == 0) {
            return null;
        }
        long rank = (count * 9 + 9) / 10;
        SortedMap<Integer, Long> sorted = new TreeMap<>(histogram);
        long seen = 0;
        for (Map.Entry<Integer, Long> bin : sorted.entrySet()) {
            seen += bin.getValue();
            if (seen >= rank) {
                return Math.min(upperEdge(bin.getKey()), max);
            }
        }
        return max;
    }

    static BigDecimal decimal(long scaled) {
        return BigDecimal.valueOf(scaled, 4).setScale(2, RoundingMode.HALF_UP);
    }
}
