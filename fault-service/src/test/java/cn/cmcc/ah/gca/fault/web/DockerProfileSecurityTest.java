package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.fault.FaultServiceApplication;
import cn.cmcc.ah.gca.support.GcaApplication;
import cn.cmcc.ah.gca.support.security.HmacTokenMinter;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile: tokens are verified only through the configured issuer (here unreachable, so a locally
 * signed token is not accepted but answered with 503 problem+json), nothing can mint tokens, and reporters' contacts
 * are sealed with the operator's own key: without {@code GCA_FAULT_CONTACT_KEY}, or with the development key, the
 * service does not start.
 */
@ActiveProfiles("docker")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,fault-service",
        "GCA_JWT_ISSUER_URI=https://sso.example.invalid/realms/gca",
        "GCA_FAULT_CONTACT_KEY=" + DockerProfileSecurityTest.OPERATORS_KEY,
        "GCA_FAULT_CONTACT_KEY_ID=k2026"})
class DockerProfileSecurityTest {

    /** A key of the operator's own (32 bytes, base64). */
    static final String OPERATORS_KEY = "q8Jb2nH0mX5vY1tR7wE3uI9oP4aS6dF2gK8lZ0cV5bN=";
    private static final String DEVELOPMENT_KEY = "bG9jYWwtZGV2ZWxvcG1lbnQtb25seS1zZWFsLWtleSE=";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactSeal seal;

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

    @Test
    void sealsContactsWithTheOperatorsKey() {
        assertThat(seal.seal("王小明", "13912345678").sealed()).startsWith("k2026:");
    }

    @Test
    void refusesToStartWithoutAContactKeyOrWithTheDevelopmentKey() {
        assertThatThrownBy(() -> startDocker()).hasStackTraceContaining("GCA_FAULT_CONTACT_KEY");
        assertThatThrownBy(() -> startDocker("--GCA_FAULT_CONTACT_KEY=" + DEVELOPMENT_KEY))
                .hasStackTraceContaining("refuses the development key");
        assertThatThrownBy(() -> startDocker("--GCA_FAULT_CONTACT_KEY=" + OPERATORS_KEY,
                "--GCA_FAULT_CONTACT_KEY_ID=local")).hasStackTraceContaining("refuses the development key");
    }

    private static void startDocker(String... extra) {
        List<String> arguments = new ArrayList<>(List.of(TestInfrastructure.embedded().instanceArguments(
                "fault-docker-" + UUID.randomUUID().toString().substring(0, 8))));
        arguments.removeIf(argument -> argument.startsWith("--gca.security.hmac-secret"));
        arguments.add("--spring.profiles.active=docker");
        arguments.add("--GCA_JWT_ISSUER_URI=https://sso.example.invalid/realms/gca");
        arguments.addAll(List.of(extra));
        try (ConfigurableApplicationContext started = GcaApplication.builder(FaultServiceApplication.class,
                FaultServiceApplication.NAME).run(arguments.toArray(String[]::new))) {
            throw new AssertionError("started: " + started.getId());
        }
    }
}
