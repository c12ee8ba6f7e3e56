package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.ServiceLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SLA rules exactly as shipped in {@code sla-monitor.yml} (workflow-en.md, fault time limits). */
class SlaRulesTest {

    private static final Instant REPORTED = Instant.parse("2026-11-26T02:00:00Z");

    private final SlaRules rules = shipped();

    private static SlaRules shipped() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("sla-monitor.yml", new ClassPathResource("sla-monitor.yml"));
            StandardEnvironment environment = new StandardEnvironment();
            sources.forEach(source -> environment.getPropertySources().addLast(source));
            return new Binder(ConfigurationPropertySources.get(environment)).bind("gca.sla", SlaRules.class).get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

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
        assertThat(rules.deadline(restoration, ServiceLevel.AA, REPORTED).deadline())
                .isEqualTo(REPORTED.plus(Duration.ofHours(6)));
        assertThat(rules.deadline(restoration, ServiceLevel.A, REPORTED).deadline())
                .isEqualTo(REPORTED.plus(Duration.ofHours(8)));
        assertThat(rules.deadline(restoration, ServiceLevel.STANDARD, REPORTED).deadline())
                .isEqualTo(REPORTED.plus(Duration.ofHours(24)));
    }

    @Test
    void everyShippedRuleCitesWhereItComesFromAndChecksItsTickOften() {
        assertThat(rules.rules()).extracting(SlaRules.Rule::id)
                .containsExactlyInAnyOrder("fault.acceptance", "fault.restoration");
        assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.article()).contains("workflow-en.md"));
        assertThat(rules.warnFraction()).isEqualTo(0.8);
        assertThat(rules.tickInterval()).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }
}
