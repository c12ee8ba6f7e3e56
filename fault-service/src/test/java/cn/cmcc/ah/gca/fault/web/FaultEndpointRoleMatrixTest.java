package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.fault.command.FaultStep;
import cn.cmcc.ah.gca.fault.web.FaultClient.Ticket;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.function.Function;
import java.util.function.Supplier;

import static cn.cmcc.ah.gca.fault.command.FaultStep.ACCEPT_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.ANSWER_CLEARANCE;
import static cn.cmcc.ah.gca.fault.command.FaultStep.ARCHIVE_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.DIAGNOSE_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.DISPATCH_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.ESCALATE_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.HAND_BACK_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.QUALITY_CHECK_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.READ_FAULTS;
import static cn.cmcc.ah.gca.fault.command.FaultStep.REPAIR_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.REPLY_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.REPORT_FAULT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault endpoint against every department, from the step table ({@link FaultStep}). A department the step names
 * tries it on a fresh ticket in the right state, held by that department where a level acts, so the only reason for
 * a refusal would be the department; a department the step does not name is refused (403, citing the article) before
 * anything runs, on one ticket in that state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class FaultEndpointRoleMatrixTest {

    private static final RoleMatrix<FaultStep> MATRIX = RoleMatrix.of(FaultStep.class);

    @LocalServerPort
    int port;

    FaultClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    @BeforeEach
    void setUp() {
        api = new FaultClient(port, TestInfrastructure.embedded().kafkaBootstrap());
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    @AfterAll
    static void everyStepOfTheTableWasTried() {
        MATRIX.assertEveryStepChecked();
    }

    /**
     * The step POSTed by each department: on a ticket made fresh by {@code fresh} for the departments the step names,
     * else on one ticket made for all of them.
     */
    private Function<Department, Http.Response> post(FaultStep step, Function<Department, Ticket> fresh,
                                                     String path, Function<Department, String> body) {
        Ticket shared = fresh.apply(step.allowed().iterator().next());
        return department -> {
            Ticket ticket = step.allowed().contains(department) ? fresh.apply(department) : shared;
            return api.post(department, ticket.path(path), body.apply(department));
        };
    }

    private Function<Department, Http.Response> post(FaultStep step, Supplier<Ticket> fresh, String path,
                                                     String body) {
        return post(step, department -> fresh.get(), path, department -> body);
    }

    private Function<Department, Http.Response> get(String path) {
        return department -> api.get(department, path);
    }

    @Test
    void art24_10086AccountManagersAndImportantCustomersReport_monOrCsscAccepts() {
        String circuit = api.sharedCircuit(FaultClient.AA);
        MATRIX.check(REPORT_FAULT, 201, department -> api.post(department, "/api/faults",
                FaultClient.reportBody(circuit)));
        MATRIX.check(ACCEPT_FAULT, 200, post(ACCEPT_FAULT, department -> department == Department.CSSC
                ? api.directReport() : api.reported(), "acceptance", department -> null));
    }

    @Test
    void art25_26_monDispatches_csscDiagnoses() {
        MATRIX.check(DISPATCH_FAULT, 200, post(DISPATCH_FAULT, api::accepted, "dispatch", "{\"note\":\"请处理\"}"));
        MATRIX.check(DIAGNOSE_FAULT, 200, post(DIAGNOSE_FAULT, api::dispatched, "diagnosis",
                FaultClient.diagnosisBody(false)));
    }

    @Test
    void art27to31_theHoldingLevelEscalatesHandsBackAndRepairs() {
        MATRIX.check(ESCALATE_FAULT, 200, post(ESCALATE_FAULT, api::repairingAt, "escalation",
                department -> "{\"reason\":\"需上级处理\"}"));
        MATRIX.check(HAND_BACK_FAULT, 200, post(HAND_BACK_FAULT, api::repairingAt, "hand-back",
                department -> "{\"to\":\"" + (department == Department.PND ? "OMT" : "CSSC")
                        + "\",\"reason\":\"非本级故障\"}"));
        MATRIX.check(REPAIR_FAULT, 200, post(REPAIR_FAULT, api::repairingAt, "repair",
                department -> FaultClient.REPAIR_BODY));
    }

    @Test
    void art27_theCustomerOrCsscAnswersTheClearance_csscReplies() {
        MATRIX.check(ANSWER_CLEARANCE, 200, post(ANSWER_CLEARANCE, () -> api.repairedBy(Department.CSSC),
                "clearance", "{\"cleared\":true}"));
        MATRIX.check(REPLY_FAULT, 200, post(REPLY_FAULT, api::cleared, "reply", FaultClient.REPLY_BODY));
    }

    @Test
    void art24_25_monQualityChecksAndArchives() {
        MATRIX.check(QUALITY_CHECK_FAULT, 200, post(QUALITY_CHECK_FAULT, api::replied, "quality-check",
                "{\"passed\":true}"));
        MATRIX.check(ARCHIVE_FAULT, 200, post(ARCHIVE_FAULT, api::checked, "archive", null));
    }

    @Test
    void everyDepartmentReadsTicketsInboxesAndCircuits_aCustomerOnlyItsOwn() {
        Ticket ticket = api.reported();
        MATRIX.check(READ_FAULTS, 200, get(ticket.path()));
        MATRIX.check(READ_FAULTS, 200, get("/api/faults"));
        MATRIX.check(READ_FAULTS, 200, get("/api/faults/inbox"));
        MATRIX.check(READ_FAULTS, 200, get("/api/circuits/" + ticket.circuitId()));
        assertThat(api.get(FaultClient.tokenOf(FaultClient.AAA), ticket.path()).status()).isEqualTo(404);
        assertThat(api.get(Department.ENG, "/api/faults/inbox").json().get("items")).isEmpty();
    }
}
