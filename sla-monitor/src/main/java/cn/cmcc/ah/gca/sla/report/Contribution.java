package cn.cmcc.ah.gca.sla.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one clock adds to the figures of its {@link ComplianceKey}: one to the counter of its outcome and, once it
 * stopped, its used time (sum, count and one histogram bin).
 *
 * @param used scaled used time ({@link UsedTime}), {@code null} unless stopped
 */
record Contribution(ComplianceKey key, Outcome outcome, Long used, UsedUnit unit) {

    static final String USED_COUNT = "usedCount";
    static final String USED_TOTAL = "usedTotal";
    static final String HISTOGRAM = "hist";

    /** The counters this contribution adds, times {@code sign} (+1 to add, -1 to take away). */
    Map<String, Long> increments(int sign) {
        Map<String, Long> increments = new LinkedHashMap<>();
        increments.put(outcome.field(), (long) sign);
        if (used != null) {
            increments.put(USED_COUNT, (long) sign);
            increments.put(USED_TOTAL, sign * used);
            increments.put(HISTOGRAM + "." + UsedTime.bin(used), (long) sign);
        }
        return increments;
    }
}
