package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.support.test.ContainerInfrastructure;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same pre-sale API tests against real MongoDB (replica set, with the secondary indexes the views declare) and
 * Kafka images; skipped where no Docker engine exists.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class PresaleApiOnContainersTest extends PresaleApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ContainerInfrastructure.started().register(registry, "presale-service");
    }

    @Override
    TestInfrastructure infrastructure() {
        return ContainerInfrastructure.started();
    }
}
