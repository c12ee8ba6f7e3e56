package cn.cmcc.ah.gca.decommission.config;

import cn.cmcc.ah.gca.decommission.query.StopFormProjection;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** decommission-service's settings, how its views are written, and its saga's deadlines. */
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

    /**
     * The deadlines of the adjustments' saga (a wait for another service past its limit is flagged stalled). Axon
     * injects a saga's resources from the Spring context, so the saga needs this bean: without it no adjustment saga
     * could be created, and the processor retried the first {@code AdjustmentRequested} for ever. Held in memory: a
     * deadline still pending when the instance stops is lost with it, and that wait is not flagged.
     */
    @Bean
    DeadlineManager deadlineManager(org.axonframework.config.Configuration axon,
                                    TransactionManager transactionManager) {
        return SimpleDeadlineManager.builder().scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactionManager).build();
    }
}
