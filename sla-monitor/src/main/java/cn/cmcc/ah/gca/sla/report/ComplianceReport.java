package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.support.query.ReadFence;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compliance report: per month, rule and department, from the figures the projection keeps. Reads the months'
 * documents and their figures by id: the cost follows the months and rules asked for, not the clocks behind them.
 */
public class ComplianceReport {

    /** The longest range one report covers. */
    public static final int MAX_MONTHS = 36;

    private final ComplianceStore store;
    private final ReadFence fence;

    ComplianceReport(ComplianceStore store, ReadFence fence) {
        this.store = store;
        this.fence = fence;
    }

    /** Rows in month, rule and department order; service levels merged unless one is asked for. */
    public List<ComplianceRow> rows(YearMonth from, YearMonth to, Optional<String> ruleId,
                                    Optional<Department> department, Optional<ServiceLevel> serviceLevel) {
        fence.await();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        Map<String, Figures> lines = new LinkedHashMap<>();
        for (Figures figures : store.figures(months)) {
            if (ruleId.map(r -> !r.equals(figures.ruleId())).orElse(false)
                    || department.map(d -> d != figures.department()).orElse(false)
                    || serviceLevel.map(l -> !l.name().equals(figures.serviceLevel())).orElse(false)) {
                continue;
            }
            String line = figures.month() + "|" + figures.ruleId() + "|" + figures.department();
            lines.merge(line, figures, Figures::plus);
        }
        return lines.values().stream()
                .filter(figures -> !figures.isEmpty())
                .sorted(Comparator.comparing(Figures::month).thenComparing(Figures::ruleId)
                        .thenComparing(Figures::department))
                .map(ComplianceRow::of)
                .toList();
    }
}
