package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.provisioning.command.ProvisioningStep;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.Demand;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
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

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ACCEPT_DEMAND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ALLOCATE_LAST_MILE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ARCHIVE_ACCEPTANCE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.COMPLETE_ACTIVATION;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.COMPLETE_LAST_MILE_PROJECT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.COMPLETE_WORK_ORDER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.CONFIRM_STATUS_CHANGE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.CO_SIGN_BLOCK_RECORD;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.DISPATCH_DEMAND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.FAIL_WORK_ORDER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ISSUE_WORK_ORDER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ORGANISE_ACCEPTANCE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.PASS_STATUS_INFO;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.READ_CIRCUITS;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.READ_FORMS;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.READ_INBOX;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.RECORD_BLOCK;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REGISTER_RESOURCES;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REPLY_DEMAND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REPORT_COMPLETION_DATE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REPORT_IN_SERVICE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.RESUME_CONSTRUCTION;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.SIGN_ACCEPTANCE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.WRITE_BLOCK_RECORD;
import static cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.today;

/**
 * Every in-sale step against every department, from the step table ({@link ProvisioningStep}). A step is tried by each
 * department on a fresh form 2 in the right state, so the only reason for a refusal is the department.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,provisioning-service")
class ProvisioningEndpointRoleMatrixTest {

    private static final RoleMatrix<ProvisioningStep> MATRIX = RoleMatrix.of(ProvisioningStep.class);

    @LocalServerPort
    int port;

    ProvisioningClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "provisioning-service");
    }

    @BeforeEach
    void setUp() {
        api = new ProvisioningClient(port);
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    @AfterAll
    static void everyStepOfTheTableWasTried() {
        MATRIX.assertEveryStepChecked();
    }

    /** The step POSTed by each department on a form 2 made fresh for it. */
    private Function<Department, Http.Response> post(Supplier<Demand> fresh, Function<Demand, String> path,
                                                     String body) {
        return department -> api.post(department, path.apply(fresh.get()), body);
    }

    private Function<Department, Http.Response> get(String path) {
        return department -> api.get(department, path);
    }

    @Test
    void art17_gcdDispatches_csscAccepts() {
        MATRIX.check(DISPATCH_DEMAND, 201, department -> api.post(department, "/api/demands",
                ProvisioningClient.dispatchBody(api.acceptedForm1(PresaleTopic.availablePoint()))));
        MATRIX.check(ACCEPT_DEMAND, 200, post(api::dispatched, d -> d.path() + "/receipt",
                ProvisioningClient.acceptBody(today().plusDays(20))));
    }

    @Test
    void art19_engReportsTheBuild_anRmuRegistersIt() {
        MATRIX.check(REPORT_COMPLETION_DATE, 200, post(api::engineeringBuildAccepted,
                d -> d.path() + "/points/P1/engineering-completion-date",
                "{\"completionDate\":\"" + today().plusDays(60) + "\"}"));
        MATRIX.check(REPORT_IN_SERVICE, 200, post(api::engineeringBuildAccepted,
                d -> d.path() + "/points/P1/engineering-in-service",
                "{\"inServiceDate\":\"" + today() + "\",\"note\":\"扩容板卡已上线\"}"));
        MATRIX.check(REGISTER_RESOURCES, 200, post(api::engineeringInService,
                d -> d.path() + "/points/P1/resource-registration",
                "{\"unit\":\"RMU-CORE\",\"resources\":\"CR02 新增端口 GE2/0/4\"}"));
    }

    @Test
    void art20_csscCompletesItsProjectAndAllocates() {
        MATRIX.check(COMPLETE_LAST_MILE_PROJECT, 200, post(api::lastMileProjectAccepted,
                d -> d.path() + "/points/P1/last-mile-project-completion", "{\"note\":\"入楼光缆敷设完毕\"}"));
        MATRIX.check(ALLOCATE_LAST_MILE, 200, post(api::lastMileRegistered,
                d -> d.path() + "/points/P1/last-mile-allocation", "{\"allocation\":\"OLT-SS-015 PON1/2/7\"}"));
    }

    @Test
    void art18to20_onlyCsscHandlesWorkOrders() {
        MATRIX.check(ISSUE_WORK_ORDER, 201, post(api::accepted, d -> d.path() + "/work-orders",
                ProvisioningClient.workOrderBody("CORE")));
        MATRIX.check(COMPLETE_WORK_ORDER, 200, post(api::withOpenWorkOrder,
                d -> d.path() + "/work-orders/" + d.workOrderId() + "/completion", ProvisioningClient.completionBody()));
        MATRIX.check(FAIL_WORK_ORDER, 200, post(api::withOpenWorkOrder,
                d -> d.path() + "/work-orders/" + d.workOrderId() + "/failure", "{\"reason\":\"光缆中断\"}"));
    }

    @Test
    void art22_csscRecordsAndWrites_gcdCoSigns_csscResumes() {
        MATRIX.check(RECORD_BLOCK, 201, post(api::accepted, d -> d.path() + "/blocks", ProvisioningClient.BLOCK_BODY));
        MATRIX.check(WRITE_BLOCK_RECORD, 200, post(api::blocked,
                d -> d.path() + "/blocks/" + d.blockId() + "/record", ProvisioningClient.BLOCK_RECORD_BODY));
        MATRIX.check(CO_SIGN_BLOCK_RECORD, 200, post(api::blockRecorded,
                d -> d.path() + "/blocks/" + d.blockId() + "/co-signature", null));
        MATRIX.check(RESUME_CONSTRUCTION, 200, post(api::coSigned,
                d -> d.path() + "/blocks/" + d.blockId() + "/resumption", "{\"note\":\"物业已同意\"}"));
    }

    @Test
    void art21_csscActivatesPassesTheInformationAndReplies_theRmusConfirm() {
        MATRIX.check(COMPLETE_ACTIVATION, 200, post(api::allWorkDone, d -> d.path() + "/activation", null));
        MATRIX.check(PASS_STATUS_INFO, 200, post(api::activated, d -> d.path() + "/status-change-info",
                "{\"units\":[\"RMU-CORE\"],\"details\":\"专线资源置为在用\"}"));
        MATRIX.check(CONFIRM_STATUS_CHANGE, 200, post(api::infoPassed,
                d -> d.path() + "/status-changes/RMU-CORE/confirmation", "{\"note\":\"已变更为在用\"}"));
        MATRIX.check(REPLY_DEMAND, 200, post(api::statusConfirmed, d -> d.path() + "/reply",
                "{\"feedback\":\"专线已开通\"}"));
    }

    @Test
    void art23_gcdOrganisesAndArchives_theCustomerAndTheAccountManagerSign() {
        MATRIX.check(ORGANISE_ACCEPTANCE, 200, post(api::replied, d -> d.path() + "/acceptance",
                ProvisioningClient.acceptanceBody()));
        // the customer signs with a token of the form's own group
        MATRIX.check(SIGN_ACCEPTANCE, 200, department -> {
            Demand demand = api.organised();
            String token = department == Department.CUSTOMER
                    ? TestTokens.customer(api.form(demand).at("/request/customer/groupId").asText())
                    : ProvisioningClient.token(department);
            return api.post(token, demand.path() + "/acceptance/signatures", "{\"signedBy\":\"张工\"}");
        });
        MATRIX.check(ARCHIVE_ACCEPTANCE, 200, post(api::signed, d -> d.path() + "/acceptance/archive", null));
    }

    @Test
    void everyoneReadsFormsAndCircuits_aCustomerOnlyItsOwn_onlyStaffReadInboxesAndForms1() {
        Demand demand = api.activated();
        MATRIX.check(READ_FORMS, 200, get(demand.path()));
        MATRIX.check(READ_FORMS, 200, get("/api/demands"));
        MATRIX.check(READ_CIRCUITS, 200, get("/api/circuits/" + demand.circuitId()));
        MATRIX.check(READ_CIRCUITS, 200, get("/api/circuits"));
        MATRIX.check(READ_INBOX, 200, get("/api/demands/inbox"));
        MATRIX.check(READ_INBOX, 200, get("/api/confirmation-forms/" + demand.form1()));
    }
}
