package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * One line of the compliance report: a month, a rule and the department holding its clocks (sla-rules.md).
 *
 * @param late              stopped after the deadline, or breached and still running
 * @param overdue           of {@code late}, those breached and still running
 * @param open              running (or paused) and not yet breached
 * @param compliancePercent {@code met / (met + late)} in %, one decimal; {@code null} while nothing is decided
 * @param usedUnit          the unit of the used times: working days for working-day rules, hours otherwise
 * @param averageUsed       mean used time of the stopped clocks; {@code null} when none stopped
 * @param p90Used           90th percentile of the same (nearest rank, within one histogram bin)
 */
public record ComplianceRow(YearMonth month, String ruleId, Department department, long met, long late,
                            long overdue, long open, long cancelled, BigDecimal compliancePercent,
                            UsedUnit usedUnit, BigDecimal averageUsed, BigDecimal p90Used) {

    static ComplianceRow of(Figures figures) {
        long late = figures.late() + figures.overdue();
        long decided = figures.met() + late;
        BigDecimal percent = decided == 0 ? null : BigDecimal.valueOf(figures.met() * 100)
                .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
        BigDecimal average = figures.usedCount() == 0 ? null : BigDecimal.valueOf(figures.usedTotal())
                .divide(BigDecimal.valueOf(figures.usedCount() * UsedTime.SCALE), 2, RoundingMode.HALF_UP);
        Long p90 = UsedTime.p90(figures.histogram(), figures.maxUsed());
        return new ComplianceRow(figures.month(), figures.ruleId(), figures.department(), figures.met(), late,
                figures.overdue(), figures.open(), figures.cancelled(), percent,
                figures.usedCount() == 0 ? null : figures.unit(), average, p90 == null ? null : UsedTime.decimal(p90));
    }
}
