package cn.cmcc.ah.gca.sla.config;

import cn.cmcc.ah.gca.sla.query.DeadlineSchedule;
import cn.cmcc.ah.gca.sla.query.SlaQueries;
import cn.cmcc.ah.gca.sla.query.SlaClockView;
import cn.cmcc.ah.gca.sla.query.SlaMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration
class SlaMonitorConfiguration {

    @Bean
    DeadlineSchedule deadlineSchedule() {
        return new DeadlineSchedule();
    }

    @Bean
    SlaMetrics slaMetrics(MeterRegistry registry, DeadlineSchedule deadlineSchedule) {
        return new SlaMetrics(registry, deadlineSchedule);
    }

    /** After a restart, the running clocks' due points come back from the read model. */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildSchedule(ApplicationReadyEvent ready) {
        SlaQueries repository = ready.getApplicationContext().getBean(SlaQueries.class);
        DeadlineSchedule schedule = ready.getApplicationContext().getBean(DeadlineSchedule.class);
        SlaMetrics metrics = ready.getApplicationContext().getBean(SlaMetrics.class);
        for (SlaClockView clock : repository.running()) {
            schedule.schedule(clock.clockId, clock.ruleId, clock.warnedAt == null ? clock.warnAt : null,
                    clock.deadline);
            if (clock.breachedAt != null) {
                schedule.breached(clock.clockId);
            }
            metrics.gauge(clock.ruleId);
        }
    }
}
