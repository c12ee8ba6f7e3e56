package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.sla.calendar.CalendarApiTest;
import cn.cmcc.ah.gca.sla.command.SlaStep;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every step of sla-monitor's table is tried by every department in one of the role matrices (each class its own). */
class SlaStepsTest {

    @Test
    void theRoleMatricesOfTheApiTestsTogetherCoverEveryStep() {
        Set<SlaStep> covered = EnumSet.noneOf(SlaStep.class);
        covered.addAll(SlaRulesApiTest.STEPS);
        covered.addAll(SlaReportsTest.STEPS);
        covered.addAll(CalendarApiTest.STEPS);

        assertThat(covered).containsExactlyInAnyOrder(SlaStep.values());
    }
}
