package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.ServiceLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SLA rules as data ({@code gca.sla.*}), because the provincial network dept may change them (Art. 5).
 * Clock-hour rules only so far; working-day rules arrive with the calendar.
 *
 * @param warnFraction  share of the limit after which a running clock warns (sla-rules.md: 80 %)
 * @param tickInterval  how often due warnings and breaches are checked
 * @param rules         the rules
 */
@ConfigurationProperties("gca.sla")
@Validated
public record SlaRules(@DefaultValue("0.8") @DecimalMin("0.0") @DecimalMax("1.0") double warnFraction,
                       @DefaultValue("PT1S") Duration tickInterval,
                       @NotEmpty List<@Valid Rule> rules) {

    /**
     * @param id                   e.g. {@code fault.acceptance}
     * @param article              where the rule comes from
     * @param limit                the limit, for rules that do not depend on the service level
     * @param limitsByServiceLevel the limit per customer service level
     */
    public record Rule(@NotBlank String id, @NotBlank String article, Duration limit,
                       Map<ServiceLevel, Duration> limitsByServiceLevel) {

        public Duration limitFor(ServiceLevel level) {
            if (limitsByServiceLevel != null && level != null && limitsByServiceLevel.containsKey(level)) {
                return limitsByServiceLevel.get(level);
            }
            if (limit == null) {
                throw new IllegalStateException("Rule " + id + " has no limit for service level " + level);
            }
            return limit;
        }
    }

    /** When a clock of this rule started at {@code start} warns and ends. */
    public record Deadline(Instant warnAt, Instant deadline) {
    }

    public Optional<Rule> rule(String id) {
        return rules == null ? Optional.empty() : rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Rule required(String id) {
        return rule(id).orElseThrow(() -> new IllegalStateException("No SLA rule " + id + " is configured"));
    }

    public Deadline deadline(Rule rule, ServiceLevel level, Instant start) {
        Duration limit = rule.limitFor(level);
        long warnMillis = Math.round(limit.toMillis() * warnFraction);
        return new Deadline(start.plusMillis(warnMillis), start.plus(limit));
    }
}
