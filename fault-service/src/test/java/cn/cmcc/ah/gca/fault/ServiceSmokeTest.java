package cn.cmcc.ah.gca.fault;

import cn.cmcc.ah.gca.support.test.ServiceSmokeContract;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class ServiceSmokeTest extends ServiceSmokeContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    @Override
    protected String serviceName() {
        return "fault-service";
    }
}
