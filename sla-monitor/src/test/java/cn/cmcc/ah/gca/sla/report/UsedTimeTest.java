package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's averages and 90th percentiles of used time, from exact sums and a fine histogram. */
class UsedTimeTest {

    @Test
    void givesTheNearestRankNinetiethPercentileAndTheMeanOfTenStoppedClocks() {
        ComplianceRow row = ComplianceRow.of(figuresOf(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")));

        assertThat(row.averageUsed()).isEqualByComparingTo("5.50");
        assertThat(row.p90Used()).isEqualByComparingTo("9.00");
    }

    @Test
    void takesTheLargestValueWhenOnlyOneClockStopped() {
        ComplianceRow row = ComplianceRow.of(figuresOf(List.of("2.5")));

        assertThat(row.averageUsed()).isEqualByComparingTo("2.50");
        assertThat(row.p90Used()).isEqualByComparingTo("2.50");
    }

    @Test
    void staysWithinOneBinOfTheExactPercentileAtEveryScale() {
        // 20 values: rank 18 is the 18th smallest
        List<String> values = List.of("0.013", "0.5", "0.77", "1.2", "3.333", "4", "5", "6", "7", "8", "9", "12.34",
                "15", "22.22", "37.5", "48.06", "99.95", "123.4", "456.7", "2000");
        ComplianceRow row = ComplianceRow.of(figuresOf(values));

        assertThat(row.p90Used()).isBetween(new BigDecimal("123.4"), new BigDecimal("124"));
        BigDecimal sum = values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(row.averageUsed()).isEqualByComparingTo(sum.divide(BigDecimal.valueOf(20), 2,
                java.math.RoundingMode.HALF_UP));
    }

    @Test
    void putsEveryValueInTheBinWhoseEdgesHoldIt() {
        for (long scaled : new long[]{0, 1, 99, 100, 101, 99_999, 100_000, 100_001, 100_999, 101_000, 101_001,
                999_999, 1_000_000, 1_000_001, 1_009_999, 9_999_999, 10_000_000}) {
            int bin = UsedTime.bin(scaled);
            assertThat(UsedTime.upperEdge(bin)).as("upper edge of %s", scaled).isGreaterThanOrEqualTo(scaled);
            assertThat(bin == 0 || UsedTime.upperEdge(bin - 1) < scaled).as("lower edge of %s", scaled).isTrue();
        }
        assertThat(UsedTime.upperEdge(UsedTime.bin(90_000))).as("a value on the grid is its bin's edge")
                .isEqualTo(90_000);
        assertThat(UsedTime.bin(10_000_001)).isEqualTo(UsedTime.OVERFLOW_BIN);
    }

    @Test
    void computesComplianceOverDecidedClocksOnly() {
        Figures figures = new Figures(YearMonth.of(2026, 3), "fault.acceptance", Department.MON, null, 5, 1, 6, 2,
                3, 0, 0, 0, null, Map.of());
        ComplianceRow row = ComplianceRow.of(figures);

        assertThat(row.late()).isEqualTo(3);
        assertThat(row.compliancePercent()).isEqualByComparingTo("66.7");
        assertThat(row.averageUsed()).isNull();
        assertThat(row.p90Used()).isNull();
        assertThat(row.usedUnit()).isNull();
    }

    private static Figures figuresOf(List<String> values) {
        Map<Integer, Long> histogram = new HashMap<>();
        long total = 0;
        long max = 0;
        for (String value : values) {
            long scaled = UsedTime.ofWorkingDays(new BigDecimal(value));
            histogram.merge(UsedTime.bin(scaled), 1L, Long::sum);
            total += scaled;
            max = Math.max(max, scaled);
        }
        return new Figures(YearMonth.of(2026, 3), "presale.confirmation", Department.CSSC, null, 0, 0,
                values.size(), 0, 0, values.size(), total, max, UsedUnit.WORKING_DAYS, histogram);
    }
}
