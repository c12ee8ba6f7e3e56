package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IntakeConfiguration {

    /**
     * The intake's writes (clock inputs) of a batch are written together at its end, and the clocks a batch starts
     * are looked up in the store once per batch (docs/sla-benchmark.md).
     */
    @Bean
    ConfigurerModule intakeWritesPerBatch() {
        return configurer -> {
            for (String group : new String[]{DomainEventIntake.GROUP, DomainEventIntake.FAULT_GROUP}) {
                configurer.eventProcessing().registerHandlerInterceptor(group, config -> ViewBatches.writeAtBatchEnd());
            }
        };
    }
}
