package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The fault API on the in-process Kafka broker and embedded MongoDB-wire store. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class FaultApiTest extends FaultApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    @Override
    TestInfrastructure infrastructure() {
        return TestInfrastructure.embedded();
    }
}
