package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.sla.rules.Limit.WorkingDays;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.BUILD_REQUIRED;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.CORE_INSUFFICIENT;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.LAST_MILE_OPTIMIZABLE;
import static cn.cmcc.ah.gca.sla.rules.Events.counts;
import static cn.cmcc.ah.gca.sla.rules.Events.segmentAssessed;
import static cn.cmcc.ah.gca.sla.rules.Events.tree;
import static cn.cmcc.ah.gca.sla.rules.Events.withPointsPerOutcome;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code presale.confirmation} limit (Art. 11–14, sla-rules.md): the longest limit among the outcomes found, a
 * point counting under every outcome one of its segments has ({@code pointsPerOutcome}); 2 WD before any assessment.
 */
class ConfirmationLimitTableTest {

    private final SlaRule confirmation = Rules.shipped().rule("presale.confirmation").orElseThrow();

    private static WorkingDays wd(int days) {
        return new WorkingDays(BigDecimal.valueOf(days));
    }

    private Limit limitAfter(AssessmentOutcome outcome, int available, int lastMile, int core, int build, int notYet) {
        JsonNode data = withPointsPerOutcome(segmentAssessed(outcome, counts(0, 0, 0, 0, 0)), available, lastMile,
                core, build, notYet);
        return confirmation.limit(data, ServiceLevel.AA);
    }

    @Test
    void onePointWhoseLastMileCanBeOptimisedGivesTwoWorkingDays() {
        assertThat(limitAfter(LAST_MILE_OPTIMIZABLE, 0, 1, 0, 0, 0)).isEqualTo(wd(2));
    }

    @Test
    void twoPointsWhoseLastMileCanBeOptimisedGiveFiveWorkingDays() {
        assertThat(limitAfter(LAST_MILE_OPTIMIZABLE, 0, 2, 0, 0, 1)).isEqualTo(wd(5));
    }

    @Test
    void anInsufficientCoreGivesThreeWorkingDays() {
        assertThat(limitAfter(CORE_INSUFFICIENT, 1, 0, 1, 0, 0)).isEqualTo(wd(3));
    }

    @Test
    void twoPointsToBuildGiveFiveWorkingDays() {
        assertThat(limitAfter(BUILD_REQUIRED, 0, 0, 0, 2, 0)).isEqualTo(wd(5));
    }

    @Test
    void mixedOutcomesTakeTheLongestLimit() {
        assertThat(limitAfter(BUILD_REQUIRED, 1, 1, 1, 2, 0)).as("core 3, build ×2 5, last mile ×1 2").isEqualTo(wd(5));
        assertThat(limitAfter(CORE_INSUFFICIENT, 3, 1, 1, 1, 0)).as("core 3, the others 2").isEqualTo(wd(3));
    }

    /** sla-rules.md: a point whose core is insufficient and whose backbone must be built counts under both. */
    @Test
    void aPointUnderTwoArticlesCountsUnderBothAndAloneOnItsFormGivesThreeWorkingDays() {
        assertThat(limitAfter(BUILD_REQUIRED, 0, 0, 1, 1, 0)).isEqualTo(wd(3));
    }

    @Test
    void beforeAnyAssessmentTheLimitIsTwoWorkingDays() {
        assertThat(confirmation.limit(tree(Events.formReceived()), ServiceLevel.AA)).isEqualTo(wd(2));
        assertThat(limitAfter(AssessmentOutcome.AVAILABLE, 0, 0, 0, 0, 3)).as("nothing assessed yet").isEqualTo(wd(2));
    }

    @Test
    void anEventStoredBeforePointsPerOutcomeExistedIsReadFromItsPointCounts() {
        JsonNode old = tree(segmentAssessed(LAST_MILE_OPTIMIZABLE, counts(0, 2, 0, 0, 1)));

        assertThat(old.has("pointsPerOutcome")).isFalse();
        assertThat(confirmation.limit(old, ServiceLevel.AA)).isEqualTo(wd(5));
        assertThat(confirmation.limit(tree(segmentAssessed(CORE_INSUFFICIENT, counts(1, 0, 1, 0, 0))), null))
                .isEqualTo(wd(3));
    }

    @Test
    void pointsPerOutcomeIsReadBeforePointCountsWhenAnEventCarriesBoth() {
        JsonNode both = withPointsPerOutcome(segmentAssessed(BUILD_REQUIRED, counts(0, 0, 0, 1, 0)), 0, 0, 1, 1, 0);

        assertThat(confirmation.limit(both, null)).as("pointCounts alone would say 2 WD").isEqualTo(wd(3));
    }

    @Test
    void theReplyCarriesItsFinalCountsToo() {
        assertThat(confirmation.limit(tree(Events.resourceConfirmed()), null)).isEqualTo(wd(2));
    }
}
