package cn.cmcc.ah.gca.sla.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SLA metrics for the Grafana views, tagged by rule (and outcome) only — never by form or ticket:
 * {@code gca_sla_clocks_started_total}, {@code _warned_total}, {@code _breached_total},
 * {@code _stopped_total{outcome=met|late}} and the gauge {@code gca_sla_clocks_open}.
 */
public class SlaMetrics {

    private final MeterRegistry registry;
    private final DeadlineSchedule schedule;
    private final Set<String> gaugedRules = ConcurrentHashMap.newKeySet();

    public SlaMetrics(MeterRegistry registry, DeadlineSchedule schedule) {
        this.registry = registry;
        this.schedule = schedule;
    }

    void started(String ruleId) {
        counter("gca.sla.clocks.started", ruleId).increment();
        gauge(ruleId);
    }

    void warned(String ruleId) {
        counter("gca.sla.clocks.warned", ruleId).increment();
    }

    void breached(String ruleId) {
        counter("gca.sla.clocks.breached", ruleId).increment();
    }

    void stopped(String ruleId, boolean met) {
        Counter.builder("gca.sla.clocks.stopped").tag("rule", ruleId).tag("outcome", met ? "met" : "late")
                .register(registry).increment();
    }

    public void gauge(String ruleId) {
        if (gaugedRules.add(ruleId)) {
            Gauge.builder("gca.sla.clocks.open", schedule, s -> s.running(ruleId)).tag("rule", ruleId)
                    .description("SLA clocks running now").register(registry);
        }
    }

    private Counter counter(String name, String ruleId) {
        return Counter.builder(name).tag("rule", ruleId).register(registry);
    }
}
