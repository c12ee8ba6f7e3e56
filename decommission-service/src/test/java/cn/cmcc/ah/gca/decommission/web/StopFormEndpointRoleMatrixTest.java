package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.command.DecommissionStep;
import cn.cmcc.ah.gca.decommission.web.StopFormClient.Form;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.ACCEPT_STOP_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.CONFIRM_STATUS_CHANGE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.DISPATCH_STOP_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.READ_CIRCUIT_HISTORY;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.READ_STOP_FORMS;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.RELEASE_RESOURCE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.REQUEST_ADJUSTMENT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.REQUEST_STATUS_CHANGE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.RESTORE_LAST_MILE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.SUSPEND_LAST_MILE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.WITHDRAW_STOP_FORM;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.AA;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.CORE_UNIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form 5 endpoint against every department, from the step table ({@link DecommissionStep}). A department the
 * step names tries it on a fresh form (or circuit) in the right state, so the only reason for a refusal would be the
 * department; a department the step does not name is refused (403, citing the article) before anything runs, on one
 * form in that state. The reads, the circuits' history among them, are everyone's; a customer reads its own.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,decommission-service")
class StopFormEndpointRoleMatrixTest {

    private static final RoleMatrix<DecommissionStep> MATRIX = RoleMatrix.of(DecommissionStep.class);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase gcaMongoDatabase;

    StopFormClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "decommission-service");
    }

    @BeforeEach
    void setUp() {
        StopFormClient.formNumbersOfTheirOwn(gcaMongoDatabase);
        api = new StopFormClient(port, TestInfrastructure.embedded().kafkaBootstrap());
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
     * The step POSTed to {@code path} of a form by each department: of a form made fresh by {@code fresh} for the
     * departments the step names, else of one form made for all of them.
     */
    private Function<Department, Http.Response> post(DecommissionStep step, Supplier<Form> fresh, String path,
                                                     Function<Form, String> body) {
        Form shared = fresh.get();
        return department -> {
            Form form = step.allowed().contains(department) ? fresh.get() : shared;
            return api.post(department, form.path(path), body.apply(form));
        };
    }

    /** A dispatch naming a fresh circuit for the departments the step names, one shared circuit for the others. */
    private Function<Department, Http.Response> dispatch(DecommissionStep step, String path,
                                                         Function<String, String> body) {
        String shared = api.circuit(AA);
        return department -> api.post(department, path,
                body.apply(step.allowed().contains(department) ? api.circuit(AA) : shared));
    }

    private Function<Department, Http.Response> get(String path) {
        return department -> api.get(department, path);
    }

    @Test
    void art33_35_gcdDispatchesStopsSuspensionsResumesAndAdjustments() {
        MATRIX.check(DISPATCH_STOP_FORM, 201, dispatch(DISPATCH_STOP_FORM, "/api/stop-forms",
                circuit -> StopFormClient.stopBody("PERMANENT_STOP", List.of(circuit))));
        MATRIX.check(REQUEST_ADJUSTMENT, 201, dispatch(REQUEST_ADJUSTMENT, "/api/adjustments",
                StopFormClient::adjustmentBody));
    }

    @Test
    void art34_csscAcceptsReleasesAndPassesTheStatusChange() {
        MATRIX.check(ACCEPT_STOP_FORM, 200, post(ACCEPT_STOP_FORM, () -> api.dispatched("PERMANENT_STOP"),
                "acceptance", form -> "{\"note\":\"已受理\"}"));
        MATRIX.check(RELEASE_RESOURCE, 200, post(RELEASE_RESOURCE, () -> api.accepted("PERMANENT_STOP"), "releases",
                form -> StopFormClient.releaseBody(form.circuitId(), "CORE")));
        MATRIX.check(REQUEST_STATUS_CHANGE, 200, post(REQUEST_STATUS_CHANGE, api::released, "status-change",
                form -> StopFormClient.unitsBody(CORE_UNIT)));
    }

    @Test
    void art34_csscStopsTheLastMileOfASuspension_andRestoresItForAResume() {
        MATRIX.check(SUSPEND_LAST_MILE, 200, post(SUSPEND_LAST_MILE, () -> api.accepted("SUSPENSION"),
                "last-mile-suspension", form -> StopFormClient.lastMileBody(form.circuitId())));
        MATRIX.check(RESTORE_LAST_MILE, 200, post(RESTORE_LAST_MILE, api::resumeAccepted, "last-mile-restoration",
                form -> StopFormClient.lastMileBody(form.circuitId())));
    }

    @Test
    void art34_aResourceManagementUnitConfirmsTheStatusChange() {
        MATRIX.check(CONFIRM_STATUS_CHANGE, 200, post(CONFIRM_STATUS_CHANGE, api::statusChangeRequested,
                "status-change/" + CORE_UNIT + "/confirmation", form -> null));
    }

    @Test
    void decision_gcdWithdrawsAFormCsscHasNotAccepted() {
        MATRIX.check(WITHDRAW_STOP_FORM, 200, post(WITHDRAW_STOP_FORM, () -> api.dispatched("PERMANENT_STOP"),
                "withdrawal", form -> StopFormClient.WITHDRAWAL_BODY));
    }

    @Test
    void everyDepartmentReadsFormsInboxesAdjustmentsCircuitsAndTheirHistory_aCustomerItsOwn() {
        Form form = api.dispatched("SUSPENSION");
        String history = "/api/circuits/" + form.circuitId() + "/history";
        Http.eventually(Duration.ofSeconds(60), () -> api.get(Department.GCD, history).status() == 200 ? true : null);

        MATRIX.check(READ_STOP_FORMS, 200, get(form.path()));
        MATRIX.check(READ_STOP_FORMS, 200, get("/api/stop-forms"));
        MATRIX.check(READ_STOP_FORMS, 200, get("/api/stop-forms/inbox"));
        MATRIX.check(READ_STOP_FORMS, 200, get("/api/adjustments"));
        MATRIX.check(READ_STOP_FORMS, 200, get("/api/circuits/" + form.circuitId()));
        MATRIX.check(READ_CIRCUIT_HISTORY, 200, get(history));

        assertThat(api.get(StopFormClient.tokenOf(StopFormClient.AAA), form.path()).status()).isEqualTo(404);
        assertThat(api.get(StopFormClient.tokenOf(StopFormClient.AAA), history).status()).isEqualTo(404);
        assertThat(api.get(Department.ENG, "/api/stop-forms/inbox").json().get("items")).as("ENG holds no form 5")
                .isEmpty();
    }
}
