package cn.cmcc.ah.gca.fault.config;

import cn.cmcc.ah.gca.fault.query.CircuitProjection;
import cn.cmcc.ah.gca.fault.query.FaultTicketProjection;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** fault-service's settings, and how its views are written. */
@Configuration
@EnableConfigurationProperties(FaultProperties.class)
class FaultConfiguration {

    /**
     * The views a processor batch changes are written together at its end, in a few bulk requests (docs/service-kit.md,
     * "Writes per batch"): the tickets with their links, and the circuits consumed from provisioning's and
     * decommission's topics.
     */
    @Bean
    ConfigurerModule viewsPerBatch() {
        return configurer -> {
            for (String group : new String[]{FaultTicketProjection.GROUP, CircuitProjection.GROUP}) {
                configurer.eventProcessing().registerHandlerInterceptor(group, config -> ViewBatches.writeAtBatchEnd());
            }
        };
    }
}
