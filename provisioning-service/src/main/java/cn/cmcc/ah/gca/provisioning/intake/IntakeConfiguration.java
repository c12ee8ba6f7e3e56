package cn.cmcc.ah.gca.provisioning.intake;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IntakeConfiguration {

    /** Attempts at one classification before it is logged and skipped (with the processor's back-off, about 30 s). */
    static final int ATTEMPTS = 5;

    @Bean
    ConfigurerModule adjustmentIntakeRetries() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(AdjustmentIntake.GROUP,
                config -> new BoundedRetries(ATTEMPTS));
    }
}
