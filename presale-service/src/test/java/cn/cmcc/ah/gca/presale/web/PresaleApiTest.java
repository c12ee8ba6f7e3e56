package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pre-sale API on the in-process Kafka broker and the embedded MongoDB-wire store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class PresaleApiTest extends PresaleApiContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "presale-service");
    }

    @Override
    TestInfrastructure infrastructure() {
        return TestInfrastructure.embedded();
    }
}
