package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fault endpoint against every department: who may (Art. 24) and who is refused with 403. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class FaultEndpointRoleMatrixTest {

    private static final String CUSTOMER_GROUP = "5510001234";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    private static String tokenOf(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(CUSTOMER_GROUP) : TestTokens.bearer(department);
    }

    private String newTicket(Http http) {
        return http.post("/api/faults").auth(TestTokens.bearer(Department.CALL_CENTER)).body(FaultApiContract.REPORT)
                .send().json().get("ticketId").asText();
    }

    @Test
    void art24_onlyTheCallCentreAccountManagersAndCustomersReportFaults() {
        Http http = Http.localhost(port);
        Set<Department> allowed = EnumSet.of(Department.CALL_CENTER, Department.GCD, Department.CUSTOMER);
        for (Department department : Department.values()) {
            int status = http.post("/api/faults").auth(tokenOf(department)).body(FaultApiContract.REPORT).send().status();
            assertThat(status).as(department.name()).isEqualTo(allowed.contains(department) ? 201 : 403);
        }
    }

    @Test
    void art24_onlyMonAcceptsACallCentreTicket() {
        Http http = Http.localhost(port);
        for (Department department : Department.values()) {
            String ticketId = newTicket(http);
            int status = http.post("/api/faults/" + ticketId + "/acceptance").auth(tokenOf(department)).send().status();
            assertThat(status).as(department.name()).isEqualTo(department == Department.MON ? 200 : 403);
        }
    }

    @Test
    void everyDepartmentReadsTicketsAndACustomerOnlyItsOwn() {
        Http http = Http.localhost(port);
        String ticketId = newTicket(http);
        Http.eventually(java.time.Duration.ofSeconds(20), () ->
                http.get("/api/faults/" + ticketId).auth(TestTokens.bearer(Department.MON)).send().status() == 200
                        ? Boolean.TRUE : null);
        for (Department department : Department.values()) {
            assertThat(http.get("/api/faults/" + ticketId).auth(tokenOf(department)).send().status())
                    .as(department.name()).isEqualTo(200);
            assertThat(http.get("/api/faults").auth(tokenOf(department)).send().status())
                    .as(department.name()).isEqualTo(200);
        }
        assertThat(http.get("/api/faults/" + ticketId).auth(TestTokens.customer("5519999999")).send().status())
                .isEqualTo(404);
    }
}
