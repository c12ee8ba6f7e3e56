package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class QueryConfiguration {

    /** The clock views of a processor batch are written together at its end (docs/sla-benchmark.md). */
    @Bean
    ConfigurerModule clockViewsPerBatch() {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(SlaClockProjection.GROUP,
                config -> ViewBatches.writeAtBatchEnd());
    }
}
