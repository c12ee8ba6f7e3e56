package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.ServiceLevel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SlaRulesTest {

    private static final Instant REPORTED = Instant.parse("2026-11-26T02:00:00Z");

    private final SlaRules rules = new SlaRules(0.8, Duration.ofSeconds(1), List.of(
            new SlaRules.Rule("fault.acceptance", "decision", Duration.ofMinutes(15), null),
            new SlaRules.Rule("fault.restoration", "decision", null, Map.of(
                    ServiceLevel.AAA, Duration.ofHours(4), ServiceLevel.AA, Duration.ofHours(6),
                    ServiceLevel.A, Duration.ofHours(8), ServiceLevel.STANDARD, Duration.ofHours(24)))));

    @Test
    void faultAcceptanceIsFifteenMinutesWithAWarningAtEightyPercent() {
        SlaRules.Deadline deadline = rules.deadline(rules.required("fault.acceptance"), ServiceLevel.A, REPORTED);

        assertThat(deadline.deadline()).isEqualTo(REPORTED.plus(Duration.ofMinutes(15)));
        assertThat(deadline.warnAt()).isEqualTo(REPORTED.plus(Duration.ofMinutes(12)));
    }

    @Test
    void faultRestorationDependsOnTheServiceLevel() {
        SlaRules.Rule restoration = rules.required("fault.restoration");

        assertThat(rules.deadline(restoration, ServiceLevel.AAA, REPORTED).deadline())
                .isEqualTo(REPORTED.plus(Duration.ofHours(4)));
        assertThat(rules.deadline(restoration, ServiceLevel.STANDARD, REPORTED).deadline())
                .isEqualTo(REPORTED.plus(Duration.ofHours(24)));
    }
}
