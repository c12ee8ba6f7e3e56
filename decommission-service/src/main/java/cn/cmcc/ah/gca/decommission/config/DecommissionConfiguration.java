package cn.cmcc.ah.gca.decommission.config;

import cn.cmcc.ah.gca.decommission.query.StopFormProjection;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** decommission-service's settings, and how its views are written. */
@Configuration
@EnableConfigurationProperties(DecommissionProperties.class)
class DecommissionConfiguration {

    /**
     * The form 5 views are written together at the end of each batch (docs/service-kit.md); the views fed from the
     * other services' topics are the lines package's ({@code LinesConfiguration}).
     */
    @Bean
    ConfigurerModule formViewsPerBatch() {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(StopFormProjection.GROUP,
                config -> ViewBatches.writeAtBatchEnd());
    }
}
