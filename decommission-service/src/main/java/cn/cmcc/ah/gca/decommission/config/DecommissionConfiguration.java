package cn.cmcc.ah.gca.decommission.config;

import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** decommission-service's settings, and how its views are written. */
@Configuration
@EnableConfigurationProperties(DecommissionProperties.class)
class DecommissionConfiguration {

    /** The processors whose views are written together at the end of each batch (docs/service-kit.md). */
    static final String[] BATCHED_GROUPS = {"decommission-forms", "decommission-circuits",
        "decommission-circuit-history"};

    @Bean
    ConfigurerModule viewsPerBatch() {
        return configurer -> {
            for (String group : BATCHED_GROUPS) {
                configurer.eventProcessing().registerHandlerInterceptor(group, config -> ViewBatches.writeAtBatchEnd());
            }
        };
    }
}
