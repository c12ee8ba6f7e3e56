package cn.cmcc.ah.gca.provisioning.config;

import cn.cmcc.ah.gca.provisioning.query.PresaleFormProjection;
import cn.cmcc.ah.gca.provisioning.query.ProvisioningProjection;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class QueryConfiguration {

    /**
     * The views a processor batch changes are written together at its end, in a few bulk requests (docs/service-kit.md,
     * "Writes per batch"): for the forms 2 with their open work, and for the forms 1 consumed from presale's topic.
     */
    @Bean
    ConfigurerModule viewsPerBatch() {
        return configurer -> {
            for (String group : new String[]{ProvisioningProjection.GROUP, PresaleFormProjection.GROUP}) {
                configurer.eventProcessing().registerHandlerInterceptor(group, config -> ViewBatches.writeAtBatchEnd());
            }
        };
    }
}
