package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import org.bson.Document;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** The stored figures of one month, rule, department and service level, or a sum of several. */
record Figures(YearMonth month, String ruleId, Department department, String serviceLevel, long open, long overdue,
               long met, long late, long cancelled, long usedCount, long usedTotal, long maxUsed, UsedUnit unit,
               Map<Integer, Long> histogram) {

    static Figures of(Document document) {
        Map<Integer, Long> histogram = new HashMap<>();
        Document bins = document.get(Contribution.HISTOGRAM, Document.class);
        if (bins != null) {
            bins.forEach((bin, n) -> histogram.put(Integer.parseInt(bin), ((Number) n).longValue()));
        }
        String unit = document.getString("unit");
        return new Figures(YearMonth.parse(document.getString("month")), document.getString("ruleId"),
                Department.valueOf(document.getString("department")), document.getString("serviceLevel"),
                count(document, Outcome.OPEN.field()), count(document, Outcome.OVERDUE.field()),
                count(document, Outcome.MET.field()), count(document, Outcome.LATE.field()),
                count(document, Outcome.CANCELLED.field()), count(document, Contribution.USED_COUNT),
                count(document, Contribution.USED_TOTAL), count(document, "maxUsed"),
                unit == null ? null : UsedUnit.valueOf(unit), histogram);
    }

    private static long count(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The sum of two figures of the same month, rule and department (service levels merged). */
    Figures plus(Figures other) {
        Map<Integer, Long> merged = new HashMap<>(histogram);
        other.histogram.forEach((bin, n) -> merged.merge(bin, n, Long::sum));
        return new Figures(month, ruleId, department, null, open + other.open, overdue + other.overdue,
                met + other.met, late + other.late, cancelled + other.cancelled, usedCount + other.usedCount,
                usedTotal + other.usedTotal, Math.max(maxUsed, other.maxUsed), unit != null ? unit : other.unit,
                merged);
    }

    boolean isEmpty() {
        return open == 0 && overdue == 0 && met == 0 && late == 0 && cancelled == 0;
    }
}
