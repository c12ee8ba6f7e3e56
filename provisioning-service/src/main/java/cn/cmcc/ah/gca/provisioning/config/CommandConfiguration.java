package cn.cmcc.ah.gca.provisioning.config;

import cn.cmcc.ah.gca.provisioning.command.FormNumbers;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The numbers provisioning hands out (Art. 21 circuit ids, Art. 23 archive numbers) and its own settings. */
@Configuration
@EnableConfigurationProperties(ProvisioningProperties.class)
class CommandConfiguration {

    @Bean
    FormNumbers formNumbers(BusinessNumbers numbers) {
        return new FormNumbers() {
            @Override
            public String nextCircuitId() {
                return numbers.next("CL");
            }

            @Override
            public String nextArchiveNumber() {
                return numbers.next("AA");
            }
        };
    }
}
