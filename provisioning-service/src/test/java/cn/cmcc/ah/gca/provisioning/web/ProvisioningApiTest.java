package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.Demand;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.GROUP;
import static cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.OTHER_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-sale API over REST: the dispatch refused by article for every form 1 that cannot be its basis, steps out of
 * order, unknown RMU units, customer scoping, and concurrent attempts at the same step — exactly one wins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,provisioning-service")
class ProvisioningApiTest {

    private static final int THREADS = 6;

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

    private static void assertProblem(Http.Response response, int status, String code, String article) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).as(response.body()).isEqualTo(code);
        if (article != null) {
            assertThat(response.json().get("article").asText()).as(response.body()).isEqualTo(article);
        }
    }

    private Http.Response dispatch(String form1) {
        return api.post(Department.GCD, "/api/demands", ProvisioningClient.dispatchBody(form1));
    }

    private void assertNoForm2(String form1) {
        assertThat(api.get(Department.GCD, "/api/demands/RD-" + form1.substring(3)).status()).isEqualTo(404);
    }

    @Test
    void art16_17_onlyAnAcceptedForm1IsTheBasisOfAForm2_eachRefusalCitesItsArticle() {
        String unknown = PresaleTopic.newFormId();
        assertProblem(dispatch(unknown), 422, "demand-unknown-confirmation-form", "Art. 17");

        String declined = PresaleTopic.newFormId();
        api.presale.negotiatedForm(declined, PresaleTopic.CUSTOMER, NegotiationOutcome.DECLINED);
        String renegotiated = PresaleTopic.newFormId();
        api.presale.negotiatedForm(renegotiated, PresaleTopic.CUSTOMER, NegotiationOutcome.RENEGOTIATE);
        String withdrawn = PresaleTopic.newFormId();
        api.presale.withdrawnForm(withdrawn, PresaleTopic.CUSTOMER);
        String replied = PresaleTopic.newFormId();
        api.presale.repliedForm(replied, PresaleTopic.CUSTOMER, PresaleTopic.availablePoint());

        api.awaitConfirmationForm(declined, "DECLINED");
        assertProblem(dispatch(declined), 422, "demand-confirmation-declined", "Art. 16");
        api.awaitConfirmationForm(renegotiated, "RENEGOTIATED");
        assertProblem(dispatch(renegotiated), 422, "demand-confirmation-renegotiated", "Art. 16");
        api.awaitConfirmationForm(withdrawn, "WITHDRAWN");
        assertProblem(dispatch(withdrawn), 422, "demand-confirmation-withdrawn", "Art. 8");
        api.awaitConfirmationForm(replied, "REPLIED");
        assertProblem(dispatch(replied), 422, "demand-customer-not-accepted", "Art. 16");
        for (String form1 : List.of(unknown, declined, renegotiated, withdrawn, replied)) {
            assertNoForm2(form1);
        }
    }

    @Test
    void art17_aForm1IsTheBasisOfOneForm2() {
        Demand demand = api.dispatched();
        assertProblem(dispatch(demand.form1()), 422, "form1-already-used", "Art. 17");
        assertThat(api.historyCount(demand, "DemandDispatched")).isEqualTo(1);
        assertThat(api.get(Department.GCD, "/api/confirmation-forms/" + demand.form1()).json()
                .get("demandFormId").asText()).isEqualTo(demand.formId());
    }

    @Test
    void art19to21_anUnknownResourceUnitIs422AndChangesNothing() {
        Demand project = api.lastMileProjectCompleted();
        assertProblem(api.post(Department.RMU, project.path() + "/points/P1/resource-registration",
                "{\"unit\":\"RMU-NOWHERE\",\"resources\":\"OLT-SS-015\"}"), 422, "unknown-resource-unit", null);
        assertThat(api.historyCount(project, "ResourcesRegistered")).isZero();

        Demand activated = api.activated();
        assertProblem(api.post(Department.CSSC, activated.path() + "/status-change-info",
                "{\"units\":[\"RMU-CORE\",\"RMU-NOWHERE\"]}"), 422, "unknown-resource-unit", null);
        assertProblem(api.post(Department.RMU, activated.path() + "/status-changes/RMU-NOWHERE/confirmation",
                "{}"), 422, "unknown-resource-unit", null);
        assertThat(api.historyCount(activated, "StatusChangeInfoPassed")).isZero();
    }

    /**
     * An RMU token that names its unit (the token's {@code unit} claim) works for that unit only: it registers and
     * confirms for its own unit, is refused (403, nothing changed) for another, and its inbox lists its own unit's
     * status change, not another unit's. A token without a unit (a central resource desk) acts for every unit.
     */
    @Test
    void art19to21_anRmuTokenOfOneUnitActsAndSeesForThatUnitOnly() {
        Demand project = api.lastMileProjectCompleted();
        assertProblem(api.post(TestTokens.rmu("RMU-CORE"), project.path() + "/points/P1/resource-registration",
                "{\"unit\":\"RMU-ACCESS\",\"resources\":\"OLT-SS-015\"}"), 403, "not-own-resource-unit",
                "Art. 19–21");
        assertThat(api.historyCount(project, "ResourcesRegistered")).isZero();
        assertThat(api.post(TestTokens.rmu("RMU-ACCESS"), project.path() + "/points/P1/resource-registration",
                "{\"unit\":\"RMU-ACCESS\",\"resources\":\"OLT-SS-015\"}").status()).isEqualTo(200);

        Demand activated = api.activated();
        assertThat(api.post(Department.CSSC, activated.path() + "/status-change-info",
                "{\"units\":[\"RMU-CORE\",\"RMU-ACCESS\"]}").status()).isEqualTo(200);
        Http.Response access = Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response inbox = api.get(TestTokens.rmu("RMU-ACCESS"), "/api/demands/inbox?limit=200");
            return inbox.body().contains(activated.formId()) ? inbox : null;
        });
        assertThat(access.json().get("items")).filteredOn(item -> item.get("formId").asText()
                .equals(activated.formId())).extracting(item -> item.get("unit").asText()).containsExactly("RMU-ACCESS");
        assertThat(api.get(Department.RMU, "/api/demands/inbox?limit=200").json().get("items"))
                .filteredOn(item -> item.get("formId").asText().equals(activated.formId()))
                .extracting(item -> item.get("unit").asText())
                .as("a token without a unit sees every unit's").containsExactlyInAnyOrder("RMU-CORE", "RMU-ACCESS");

        assertProblem(api.post(TestTokens.rmu("RMU-ACCESS"), activated.path()
                + "/status-changes/RMU-CORE/confirmation", "{}"), 403, "not-own-resource-unit", "Art. 19–21");
        assertThat(api.historyCount(activated, "StatusChangeConfirmed")).isZero();
        assertThat(api.post(TestTokens.rmu("RMU-CORE"), activated.path() + "/status-changes/RMU-CORE/confirmation",
                "{}").status()).isEqualTo(200);
    }

    @Test
    void aStepOutOfOrderIs409() {
        Demand demand = api.withOpenWorkOrder();
        assertProblem(api.post(Department.CSSC, demand.path() + "/activation", null), 409,
                "activation-work-order-open", "Art. 21");
        assertProblem(api.post(Department.CSSC, demand.path() + "/reply", "{\"feedback\":\"已竣工\"}"), 409,
                "activation-not-complete", "Art. 21");
        assertProblem(api.post(Department.GCD, demand.path() + "/acceptance/archive", null), 409,
                "activation-not-complete", "Art. 21");
        assertThat(api.historyCount(demand, "ActivationCompleted")).isZero();
    }

    @Test
    void aCustomerSeesOnlyItsOwnFormsAndCircuits_withoutTheOperatorsStaff() {
        Demand demand = api.activated();
        String other = TestTokens.customer(OTHER_GROUP);
        assertProblem(api.get(other, demand.path()), 404, "not-found", null);
        assertProblem(api.get(other, "/api/circuits/" + demand.circuitId()), 404, "not-found", null);
        assertThat(api.get(other, "/api/demands").json().get("items").findValuesAsText("formId"))
                .doesNotContain(demand.formId());
        assertThat(api.get(other, "/api/circuits?customer=" + GROUP).json().get("items")
                .findValuesAsText("circuitId")).doesNotContain(demand.circuitId());

        String own = TestTokens.customer(GROUP);
        Http.Response form = api.get(own, demand.path());
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("-user").doesNotContain("13900000000");
        assertThat(api.get(Department.GCD, demand.path()).body()).contains("cssc-user", "gcd-user");
        Http.Response circuit = api.get(own, "/api/circuits/" + demand.circuitId());
        assertThat(circuit.status()).as(circuit.body()).isEqualTo(200);
        assertThat(circuit.body()).doesNotContain("-user");
        assertThat(api.get(own, "/api/demands").json().get("items").findValuesAsText("formId"))
                .contains(demand.formId());
    }

    /** Fires {@code attempt} from {@link #THREADS} threads at once; returns the answers. */
    private static List<Http.Response> atOnce(Supplier<Http.Response> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.get();
                }));
            }
            start.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertExactlyOneWon(List<Http.Response> responses, int success) {
        assertThat(responses.stream().filter(r -> r.status() == success)).as(responses.toString()).hasSize(1);
        for (Http.Response loser : responses.stream().filter(r -> r.status() != success).toList()) {
            assertThat(loser.status()).as(loser.body()).isIn(409, 422);
            assertThat(loser.header("Content-Type")).as(loser.body()).startsWith("application/problem+json");
        }
    }

    @Test
    void concurrentCoSignaturesOfOneRecord_exactlyOneWins() throws Exception {
        Demand demand = api.blockRecorded();
        List<Http.Response> responses = atOnce(() -> api.post(Department.GCD,
                demand.path() + "/blocks/" + demand.blockId() + "/co-signature", null));
        assertExactlyOneWon(responses, 200);
        assertThat(api.historyCount(demand, "BlockRecordCoSigned")).isEqualTo(1);
    }

    @Test
    void concurrentCompletionsOfOneWorkOrder_exactlyOneWins() throws Exception {
        Demand demand = api.withOpenWorkOrder();
        List<Http.Response> responses = atOnce(() -> api.post(Department.CSSC,
                demand.path() + "/work-orders/" + demand.workOrderId() + "/completion",
                ProvisioningClient.completionBody()));
        assertExactlyOneWon(responses, 200);
        assertThat(api.historyCount(demand, "WorkOrderCompleted")).isEqualTo(1);
    }

    @Test
    void concurrentDispatchesOfOneForm1_exactlyOneWins() throws Exception {
        String form1 = api.acceptedForm1(PresaleTopic.availablePoint());
        List<Http.Response> responses = atOnce(() -> dispatch(form1));
        assertExactlyOneWon(responses, 201);
        Demand demand = new Demand(form1, "RD-" + form1.substring(3), null, null, null);
        assertThat(api.historyCount(demand, "DemandDispatched")).isEqualTo(1);
    }
}
