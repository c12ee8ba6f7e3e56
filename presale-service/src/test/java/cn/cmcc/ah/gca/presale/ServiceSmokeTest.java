package cn.cmcc.ah.gca.presale;

import cn.cmcc.ah.gca.support.test.ServiceSmokeContract;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class ServiceSmokeTest extends ServiceSmokeContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "presale-service");
    }

    @Override
    protected String serviceName() {
        return "presale-service";
    }
}
