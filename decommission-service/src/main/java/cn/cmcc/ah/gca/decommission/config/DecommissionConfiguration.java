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
import org.springframework.scheduling.annotation.EnableScheduling;

/** decommission-service's settings, how its views are written, and its saga's deadlines. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(DecommissionProperties.class)
class DecommissionConfiguration {

    /**
     * The adjustments' stall deadlines ({@code AdjustmentSaga}; the saga cannot be created without them): Axon's
     * in-memory deadline manager, which runs them on the instance that handled the saga's event. A deadline pending
     * when that instance stops is not run; the wait itself is in the form's view ({@code waitingFor}, {@code
     * waitingSince}), and {@code StallSweep} flags it from there (docs/workflow.md, "Adjustment").
     */
    @Bean(destroyMethod = "shutdown")
    DeadlineManager deadlineManager(org.axonframework.config.Configuration axon, TransactionManager transactions) {
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactions)
                .build();
    }

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
