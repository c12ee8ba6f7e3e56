package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** In the local run (profile {@code local}) a developer mints a token with curl and uses it right away. */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class LocalTokenEndpointTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    @Test
    void mintsATokenForAnyDepartmentThatTheServiceThenAccepts() {
        Http http = Http.localhost(port);
        Http.Response minted = http.post("/local/tokens?department=CALL_CENTER&user=zhang3").send();

        assertThat(minted.status()).isEqualTo(200);
        assertThat(minted.json().get("department").asText()).isEqualTo("CALL_CENTER");
        String token = minted.json().get("token").asText();
        assertThat(http.get("/api/faults").auth("Bearer " + token).send().status()).isEqualTo(200);
        Http.Response report = http.post("/api/faults").auth("Bearer " + token)
                .body(FaultClient.reportBody(CircuitTopic.newCircuitId())).send();
        assertThat(report.status()).as("taken, and refused only for its unknown circuit").isEqualTo(422);
        assertThat(report.json().get("code").asText()).isEqualTo("fault-circuit-unknown");
    }

    @Test
    void refusesACustomerTokenWithoutItsGroupIdAndAnUnknownDepartment() {
        Http http = Http.localhost(port);

        Http.Response noGroup = http.post("/local/tokens?department=CUSTOMER&user=c1").send();
        Http.Response boss = http.post("/local/tokens?department=BOSS&user=c1").send();

        assertThat(noGroup.status()).isEqualTo(400);
        assertThat(noGroup.json().get("errors").findValuesAsText("field")).containsExactly("customerId");
        assertThat(boss.status()).isEqualTo(400);
        assertThat(boss.json().get("code").asText()).isEqualTo("unknown-department");
        assertThat(http.post("/local/tokens?department=CUSTOMER&user=c1&customerId=5510001234").send().status())
                .isEqualTo(200);
    }
}
