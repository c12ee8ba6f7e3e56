package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.fault.command.FaultStep;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fault step against every department, from the step table ({@link FaultStep}, Art. 24). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class FaultEndpointRoleMatrixTest {

    private static final String CUSTOMER_GROUP = "5510001234";
    private static final RoleMatrix<FaultStep> MATRIX = RoleMatrix.of(FaultStep.class);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    @AfterAll
    static void everyStepOfTheTableWasTried() {
        MATRIX.assertEveryStepChecked();
    }

    private static String tokenOf(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(CUSTOMER_GROUP) : TestTokens.bearer(department);
    }

    /** A ticket reported by {@code reporter}: MON accepts a 10086 ticket, CSSC a customer's direct report. */
    private String newTicket(Http http, Department reporter) {
        Http.Response response = http.post("/api/faults").auth(tokenOf(reporter)).body(FaultApiContract.REPORT).send();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("ticketId").asText();
    }

    @Test
    void art24_onlyTheCallCentreAccountManagersAndCustomersReportFaults() {
        Http http = Http.localhost(port);
        MATRIX.check(FaultStep.REPORT_FAULT, 201, department ->
                http.post("/api/faults").auth(tokenOf(department)).body(FaultApiContract.REPORT).send());
    }

    @Test
    void art24_monAcceptsTheCallCentresTickets_csscACustomersDirectReport() {
        Http http = Http.localhost(port);
        MATRIX.check(FaultStep.ACCEPT_FAULT, 200, department -> {
            Department reporter = department == Department.CSSC ? Department.CUSTOMER : Department.CALL_CENTER;
            String ticketId = newTicket(http, reporter);
            return http.post("/api/faults/" + ticketId + "/acceptance").auth(tokenOf(department)).send();
        });
    }

    @Test
    void everyDepartmentReadsTicketsAndACustomerOnlyItsOwn() {
        Http http = Http.localhost(port);
        String ticketId = newTicket(http, Department.CALL_CENTER);
        MATRIX.check(FaultStep.READ_FAULTS, 200, department ->
                http.get("/api/faults/" + ticketId).auth(tokenOf(department)).send());
        MATRIX.check(FaultStep.READ_FAULTS, 200, department ->
                http.get("/api/faults").auth(tokenOf(department)).send());
        assertThat(http.get("/api/faults/" + ticketId).auth(TestTokens.customer("5519999999")).send().status())
                .isEqualTo(404);
    }
}
