package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.security.HmacTokenMinter;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile: tokens are verified only through the configured issuer (here unreachable, so a
 * locally signed token is not accepted but answered with 503 problem+json), and nothing can mint tokens.
 */
@ActiveProfiles("docker")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,fault-service",
        "GCA_JWT_ISSUER_URI=https://sso.example.invalid/realms/gca"})
class DockerProfileSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure infra = TestInfrastructure.embedded();
        registry.add("GCA_KAFKA_BOOTSTRAP", infra::kafkaBootstrap);
        registry.add("GCA_MONGO_URI", infra::mongoUri);
        registry.add("gca.mongo.database", () -> "fault-docker-profile");
    }

    @Test
    void verifiesTokensOnlyWithTheIssuerAndOffersNoMinting() {
        Http http = Http.localhost(port);
        Http.Response locallySigned = http.get("/api/faults").auth(TestTokens.bearer(Department.ADMIN)).send();

        assertThat(context.getBeanNamesForType(HmacTokenMinter.class)).isEmpty();
        assertThat(locallySigned.status()).isEqualTo(503);
        assertThat(locallySigned.json().get("code").asText()).isEqualTo("token-issuer-unavailable");
        assertThat(http.post("/local/tokens?department=ADMIN&user=x").send().status()).isEqualTo(401);
        assertThat(http.get("/actuator/health/readiness").send().status()).isEqualTo(200);
    }
}
