package cn.cmcc.ah.gca.decommission.lines.web;

import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The circuits' history and what decommission knows of circuits, on the in-process broker and embedded store. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,decommission-service")
class CircuitHistoryApiTest extends CircuitHistoryApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "decommission-service");
    }

    @Override
    TestInfrastructure infrastructure() {
        return TestInfrastructure.embedded();
    }
}
