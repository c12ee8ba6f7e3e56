package cn.cmcc.ah.gca.sla.config;

import cn.cmcc.ah.gca.sla.query.DeadlineSchedule;
import cn.cmcc.ah.gca.sla.query.SlaMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
