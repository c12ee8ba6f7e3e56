package cn.cmcc.ah.gca.sla.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change to one figures document, named so that applying it twice is detectable: {@code <clockId>@<event
 * sequence>#<n>}. The clock's record holds its pending changes until each is applied (see {@link ComplianceLedger}).
 *
 * @param maxUsed a used time to raise the document's maximum to, or {@code null}
 * @param unit    the unit of that used time, or {@code null}
 */
record FiguresChange(String id, ComplianceKey key, Map<String, Long> increments, Long maxUsed, UsedUnit unit) {

    /** The changes that turn {@code before} (null: not counted yet) into {@code after} in the figures. */
    static List<FiguresChange> between(Contribution before, Contribution after, String clockId, long sequence) {
        List<FiguresChange> changes = new ArrayList<>();
        if (Objects.equals(before, after)) {
            return changes;
        }
        String prefix = clockId + "@" + sequence + "#";
        if (before == null) {
            changes.add(add(prefix + 0, after));
        } else if (before.key().equals(after.key())) {
            Map<String, Long> increments = new LinkedHashMap<>(before.increments(-1));
            after.increments(1).forEach((field, n) -> increments.merge(field, n, Long::sum));
            increments.values().removeIf(n -> n == 0);
            changes.add(new FiguresChange(prefix + 0, after.key(), increments, after.used(), after.unit()));
        } else {
            changes.add(new FiguresChange(prefix + 0, before.key(), before.increments(-1), null, null));
            changes.add(add(prefix + 1, after));
        }
        return changes;
    }

    private static FiguresChange add(String id, Contribution after) {
        return new FiguresChange(id, after.key(), after.increments(1), after.used(), after.unit());
    }
}
