package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.support.query.ViewBatches;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the lines views are written. */
@Configuration
class LinesConfiguration {

    /**
     * The views a processor batch changes are written together at its end, in a few bulk requests (docs/service-kit.md,
     * "Writes per batch"): both processors read every record of busy topics, most of which change nothing here.
     */
    @Bean
    ConfigurerModule linesViewsPerBatch() {
        return configurer -> {
            for (String group : new String[]{KnownCircuitsProjection.GROUP, CircuitHistoryProjection.GROUP}) {
                configurer.eventProcessing().registerHandlerInterceptor(group, config -> ViewBatches.writeAtBatchEnd());
            }
        };
    }
}
