package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.sla.command.DeadlinePlanner;
import cn.cmcc.ah.gca.support.axon.ReadConsistency;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReportConfiguration {

    @Bean
    ComplianceStore complianceStore(MongoDatabase gcaMongoDatabase) {
        return new ComplianceStore(gcaMongoDatabase);
    }

    /** The compliance documents of a processor batch are written together at its end (docs/sla-benchmark.md). */
    @Bean
    ConfigurerModule complianceWrittenPerBatch() {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(ComplianceProjection.GROUP,
                config -> ViewBatches.writeAtBatchEnd());
    }

    @Bean
    ComplianceLedger complianceLedger(ComplianceStore complianceStore, DeadlinePlanner planner) {
        return new ComplianceLedger(complianceStore, ComplianceProjection.workingDays(planner));
    }

    /** Reads wait for the compliance processor (read-your-writes, docs/api.md). */
    @Bean
    ComplianceReport complianceReport(ComplianceStore complianceStore, ReadConsistency readConsistency) {
        return new ComplianceReport(complianceStore, readConsistency.fence(ComplianceProjection.GROUP));
    }

    @Bean
    OpenClockQueries openClockQueries(ViewStores stores) {
        return new OpenClockQueries(stores);
    }
}
