package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.support.test.ContainerInfrastructure;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same form 5 API tests against real MongoDB and Kafka images; skipped where no Docker engine exists. */
@Testcontainers(disabledWithoutDocker = true)
@DirtiesContext
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,decommission-service")
class StopFormApiOnContainersTest extends StopFormApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.started().register(registry, "decommission-service");
    }

    @Override
    TestInfrastructure infrastructure() {
        return ContainerInfrastructure.started();
    }
}
