package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.lines.KnownCircuits;
import cn.cmcc.ah.gca.decommission.web.StopFormClient.Form;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import cn.cmcc.ah.gca.support.test.TopicPartitions;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static cn.cmcc.ah.gca.decommission.web.StopFormClient.AA;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.AAA;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.CORE_UNIT;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.SEGMENTS;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.TRANSPORT_UNIT;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.WITHDRAWAL_BODY;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.adjustmentBody;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.lastMileBody;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.ok;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.releaseBody;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.stopBody;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.tokenOf;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.unitsBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form 5 API as GCD, CSSC, the resource management units and the customers use it, over real HTTP with real
 * tokens, on whatever infrastructure the concrete subclass provides (embedded by default, containers where Docker
 * exists): permanent stops, suspensions and resumes to completion, withdrawals, the rules on the circuits and open
 * tickets known from provisioning's and fault-service's topics, steps out of order, customer scoping, concurrent
 * steps, and adjustments followed through presale's and provisioning's topics (Art. 32–37).
 * <p>
 * Refusals are asserted by code, status and article, never by text.
 */
abstract class StopFormApiContract {

    private static final int THREADS = 6;
    private static final Duration SAGA = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase gcaMongoDatabase;

    @Autowired
    KnownCircuits knownCircuits;

    StopFormClient api;

    abstract TestInfrastructure infrastructure();

    @BeforeEach
    void setUpClient() {
        StopFormClient.formNumbersOfTheirOwn(gcaMongoDatabase);
        api = new StopFormClient(port, infrastructure().kafkaBootstrap());
    }

    @AfterEach
    void closeClient() {
        api.close();
    }

    // ---- assertions

    private static void assertProblem(Http.Response response, int status, String code, String article) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).as(response.body()).isEqualTo(code);
        if (article != null) {
            assertThat(response.json().get("article").asText()).as(response.body()).isEqualTo(article);
        }
    }

    private static void assertFields(Http.Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.body()).contains(fields);
    }

    private static String holderOf(JsonNode json) {
        JsonNode holder = json.path("holder");
        return holder.isMissingNode() || holder.isNull() ? null : holder.asText();
    }

    /** A step's answer: the form's status and whose move it is ({@code null}: nobody's). */
    private static void answers(Http.Response step, String status, String holder) {
        assertThat(step.status()).as(step.body()).isIn(200, 201);
        assertThat(step.json().get("status").asText()).as(step.body()).isEqualTo(status);
        assertThat(holderOf(step.json())).as(step.body()).isEqualTo(holder);
    }

    private Http.Response step(Department department, Form form, String step, String body) {
        Http.Response response = api.post(department, form.path(step), body);
        ok(response, 200);
        return response;
    }

    private void inboxSays(Form form, Department... holders) {
        for (Department department : List.of(Department.GCD, Department.CSSC, Department.RMU)) {
            JsonNode item = api.inboxItem(StopFormClient.token(department), form);
            if (List.of(holders).contains(department)) {
                assertThat(item).as("%s's inbox holds %s", department, form.formId()).isNotNull();
            } else {
                assertThat(item).as("%s's inbox", department).isNull();
            }
        }
    }

    private JsonNode awaitForm(Form form, Predicate<JsonNode> condition) {
        return Http.eventually(SAGA, () -> {
            JsonNode read = api.form(form);
            return condition.test(read) ? read : null;
        });
    }

    private static String text(JsonNode json, String pointer) {
        return json.at(pointer).asText();
    }

    /** Not in the answer: the API leaves out what is null. */
    private static boolean absent(JsonNode json, String pointer) {
        return json.at(pointer).isMissingNode() || json.at(pointer).isNull();
    }

    // ---- a permanent stop (Art. 33–34)

    @Test
    void art33_34_aPermanentStopOfTwoCircuits_eachReleasedEndToEndAndStopped_theUnitsConfirm_andTheFormCompletes() {
        List<String> circuits = api.circuits(AA, 2);
        Http.Response dispatched = api.post(Department.GCD, "/api/stop-forms", stopBody("PERMANENT_STOP", circuits));
        answers(dispatched, "DISPATCHED", "CSSC");
        String formId = dispatched.json().get("formId").asText();
        assertThat(formId).matches("SD-\\d{4}-\\d{6}");
        assertThat(dispatched.header("Location")).isEqualTo("/api/stop-forms/" + formId);
        Form form = new Form(formId, "PERMANENT_STOP", circuits, AA);
        inboxSays(form, Department.CSSC);
        for (String circuit : circuits) {
            JsonNode held = api.circuitNow(circuit);
            assertThat(held.get("status").asText()).isEqualTo("IN_SERVICE");
            assertThat(held.get("openFormId").asText()).isEqualTo(formId);
        }

        answers(step(Department.CSSC, form, "acceptance", "{\"note\":\"已受理，安排拆除\"}"), "ACCEPTED", "CSSC");
        inboxSays(form, Department.CSSC);
        for (String circuit : circuits) {
            for (String segment : SEGMENTS) {
                assertThat(api.circuitNow(circuit).get("status").asText()).as("before its %s", segment)
                        .isEqualTo("IN_SERVICE");
                answers(step(Department.CSSC, form, "releases", releaseBody(circuit, segment)), "ACCEPTED", "CSSC");
            }
            JsonNode stopped = api.circuitNow(circuit);
            assertThat(stopped.get("status").asText()).as("stopped with its third segment").isEqualTo("STOPPED");
            assertThat(stopped.get("statusFormId").asText()).isEqualTo(formId);
            assertThat(stopped.get("openFormId").asText()).as("still held until the form completes")
                    .isEqualTo(formId);
        }

        answers(step(Department.CSSC, form, "status-change", unitsBody(CORE_UNIT, TRANSPORT_UNIT)), "STATUS_CHANGE",
                "RMU");
        inboxSays(form, Department.RMU);
        assertThat(api.inboxItem(TestTokens.rmu(CORE_UNIT), form)).isNotNull();
        assertThat(api.inboxItem(TestTokens.rmu("RMU-ACCESS"), form)).as("a unit not named").isNull();
        Http.Response first = api.post(TestTokens.rmu(CORE_UNIT), form.path("status-change/" + CORE_UNIT
                + "/confirmation"), "{\"note\":\"资源系统已置为空闲\"}");
        answers(first, "STATUS_CHANGE", "RMU");
        assertThat(api.inboxItem(TestTokens.rmu(CORE_UNIT), form)).as("confirmed: no longer its work").isNull();
        assertThat(api.inboxItem(TestTokens.rmu(TRANSPORT_UNIT), form)).isNotNull();
        JsonNode halfway = api.form(form);
        assertThat(halfway.get("status").asText()).as("one unit of two confirmed").isEqualTo("STATUS_CHANGE");
        assertThat(holderOf(halfway)).isEqualTo("RMU");
        assertThat(halfway.get("statusChanges").findValuesAsText("unit")).containsExactly(CORE_UNIT, TRANSPORT_UNIT);
        assertThat(absent(halfway, "/statusChanges/1/confirmedAt")).as("not confirmed yet").isTrue();
        inboxSays(form, Department.RMU);
        answers(api.post(TestTokens.rmu(TRANSPORT_UNIT), form.path("status-change/" + TRANSPORT_UNIT
                + "/confirmation"), null), "COMPLETED", null);

        JsonNode done = api.form(form);
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(holderOf(done)).isNull();
        assertThat(done.get("requestType").asText()).isEqualTo("PERMANENT_STOP");
        assertThat(done.get("circuitIds")).extracting(JsonNode::asText).containsExactlyElementsOf(circuits);
        assertThat(done.at("/customer/groupId").asText()).isEqualTo(AA.groupId());
        assertThat(done.get("dispatchedBy").asText()).isEqualTo("gcd-user");
        assertThat(done.get("acceptanceNote").asText()).isEqualTo("已受理，安排拆除");
        assertThat(done.get("releases")).hasSize(6);
        assertThat(done.get("releases").findValuesAsText("segment"))
                .containsExactly("CORE", "ACCESS_BACKBONE", "LAST_MILE", "CORE", "ACCESS_BACKBONE", "LAST_MILE");
        assertThat(done.get("releases").findValuesAsText("circuitId")).containsOnly(circuits.get(0), circuits.get(1));
        assertThat(done.get("statusChanges").findValuesAsText("unit")).containsExactly(CORE_UNIT, TRANSPORT_UNIT);
        assertThat(done.get("statusChanges").findValuesAsText("confirmedAt")).as("when each confirmed").hasSize(2);
        assertThat(text(done, "/statusChanges/0/note")).isEqualTo("资源系统已置为空闲");
        assertThat(done.get("closedAt").isTextual()).isTrue();
        assertThat(absent(done, "/adjustment")).as("not an adjustment").isTrue();
        assertThat(api.history(form)).containsExactly("StopFormDispatched", "StopFormAccepted", "ResourceReleased",
                "ResourceReleased", "ResourceReleased", "ResourceReleased", "ResourceReleased", "ResourceReleased",
                "StopStatusChangeRequested", "StopStatusChangeConfirmed", "StopStatusChangeConfirmed",
                "StopFormCompleted");
        assertThat(text(done, "/history/0/department")).isEqualTo("GCD");
        assertThat(text(done, "/history/0/user")).isEqualTo("gcd-user");
        assertThat(text(done, "/history/9/department")).isEqualTo("RMU");
        assertThat(text(done, "/history/9/details/unit")).isEqualTo(CORE_UNIT);
        inboxSays(form);
        for (String circuit : circuits) {
            JsonNode stopped = api.circuitNow(circuit);
            assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
            assertThat(stopped.get("openFormId").asText()).as("let go with the completion").isEmpty();
            assertThat(stopped.get("formIds")).extracting(JsonNode::asText).containsExactly(formId);
        }
        assertThat(api.get(Department.GCD, "/api/stop-forms?status=COMPLETED&circuitId=" + circuits.get(1)).json()
                .get("items").findValuesAsText("formId")).containsExactly(formId);
    }

    // ---- a suspension and a resume (Art. 34, decision)

    @Test
    void art34_aSuspensionStopsTheLastMileOnly_andAResumeRestoresIt() {
        Form suspension = api.dispatched("SUSPENSION");
        answers(step(Department.CSSC, suspension, "acceptance", null), "ACCEPTED", "CSSC");
        assertProblem(api.post(Department.CSSC, suspension.path("releases"),
                releaseBody(suspension.circuitId(), "CORE")), 422, "step-not-for-request-type", "Art. 34");
        assertProblem(api.post(Department.CSSC, suspension.path("last-mile-restoration"),
                lastMileBody(suspension.circuitId())), 422, "step-not-for-request-type", "Art. 34");

        answers(step(Department.CSSC, suspension, "last-mile-suspension", lastMileBody(suspension.circuitId())),
                "COMPLETED", null);
        JsonNode suspended = api.circuitNow(suspension.circuitId());
        assertThat(suspended.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("statusFormId").asText()).isEqualTo(suspension.formId());
        assertThat(suspended.get("openFormId").asText()).isEmpty();
        JsonNode suspensionForm = api.form(suspension);
        assertThat(suspensionForm.get("lastMiles")).hasSize(1);
        assertThat(suspensionForm.at("/lastMiles/0/restored").asBoolean()).isFalse();
        assertThat(suspensionForm.get("releases")).as("nothing released end to end").isEmpty();
        assertThat(api.history(suspension)).containsExactly("StopFormDispatched", "StopFormAccepted",
                "LastMileSuspended", "StopFormCompleted");

        Form resume = api.dispatched("RESUME", suspension.circuitIds(), AA);
        answers(step(Department.CSSC, resume, "acceptance", null), "ACCEPTED", "CSSC");
        assertProblem(api.post(Department.CSSC, resume.path("last-mile-suspension"), lastMileBody(resume.circuitId())),
                422, "step-not-for-request-type", "Art. 34");
        answers(step(Department.CSSC, resume, "last-mile-restoration", lastMileBody(resume.circuitId())),
                "COMPLETED", null);
        JsonNode resumed = api.circuitNow(resume.circuitId());
        assertThat(resumed.get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(resumed.get("statusFormId").asText()).isEqualTo(resume.formId());
        assertThat(resumed.get("formIds")).extracting(JsonNode::asText)
                .containsExactly(suspension.formId(), resume.formId());
        assertThat(api.form(resume).at("/lastMiles/0/restored").asBoolean()).isTrue();
    }

    // ---- a withdrawal (decision)

    @Test
    void decision_gcdWithdrawsAFormCsscHasNotAccepted_itsCircuitsAreFreeAgain_anAcceptedOneIsNotWithdrawn() {
        List<String> circuits = api.circuits(AA, 2);
        Form form = api.dispatched("PERMANENT_STOP", circuits, AA);
        assertFields(api.post(Department.GCD, form.path("withdrawal"), "{}"), "reason");

        answers(step(Department.GCD, form, "withdrawal", WITHDRAWAL_BODY), "WITHDRAWN", null);
        JsonNode withdrawn = api.form(form);
        assertThat(withdrawn.get("withdrawalReason").asText()).isEqualTo("客户决定续约");
        assertThat(withdrawn.get("closedAt").isTextual()).isTrue();
        inboxSays(form);
        for (String circuit : circuits) {
            JsonNode free = api.circuitNow(circuit);
            assertThat(free.get("status").asText()).isEqualTo("IN_SERVICE");
            assertThat(free.get("openFormId").asText()).isEmpty();
        }
        assertProblem(api.post(Department.CSSC, form.path("acceptance"), null), 409, "form-withdrawn", "Art. 33");
        assertProblem(api.post(Department.GCD, form.path("withdrawal"), WITHDRAWAL_BODY), 409, "form-withdrawn",
                "Art. 33");

        Form again = api.accepted(api.dispatched("SUSPENSION", List.of(circuits.get(0)), AA));
        assertProblem(api.post(Department.GCD, again.path("withdrawal"), WITHDRAWAL_BODY), 409,
                "form-already-accepted", "Art. 34");
        assertThat(api.history(again)).containsExactly("StopFormDispatched", "StopFormAccepted");
    }

    // ---- what a form 5 may name (Art. 33)

    @Test
    void art33_aCircuitProvisioningNeverActivatedOrCircuitsOfTwoCustomersAre422_andNoCircuitIsHeld() {
        String known = api.circuit(AA);
        String unknown = ServiceTopics.newCircuitId();
        String others = api.circuit(AAA);

        assertProblem(api.post(Department.GCD, "/api/stop-forms", stopBody("PERMANENT_STOP", List.of(known, unknown))),
                422, "stop-circuit-unknown", "Art. 33");
        assertProblem(api.post(Department.GCD, "/api/stop-forms", stopBody("SUSPENSION", List.of(known, others))),
                422, "stop-circuits-of-several-customers", "Art. 33");
        assertProblem(api.post(Department.GCD, "/api/adjustments", adjustmentBody(unknown)), 422,
                "stop-circuit-unknown", "Art. 33");

        for (String circuit : List.of(known, others)) {
            JsonNode untouched = api.circuitNow(circuit);
            assertThat(untouched.get("openFormId").asText()).isEmpty();
            assertThat(untouched.get("formIds")).isEmpty();
        }
        assertThat(api.get(Department.GCD, "/api/stop-forms?circuitId=" + known).json().get("items")).isEmpty();
        api.dispatched("PERMANENT_STOP", List.of(known), AA);
    }

    @Test
    void art33_34_aStopOfACircuitWithAnOpenTicketNeedsAReason_theFormNamesTheTicket_anArchivedOneNeedsNone() {
        String circuit = api.circuit(AA);
        String ticket = api.topics.reported(circuit, AA);
        Http.eventually(SAGA, () -> knownCircuits.openFaultTickets(circuit).contains(ticket) ? true : null);

        assertProblem(api.post(Department.GCD, "/api/stop-forms", stopBody("SUSPENSION", List.of(circuit))), 422,
                "stop-open-fault-tickets", "Art. 33–34");
        assertThat(api.circuitNow(circuit).get("openFormId").asText()).isEmpty();
        Http.Response withReason = api.post(Department.GCD, "/api/stop-forms",
                stopBody("SUSPENSION", List.of(circuit), "装修期间暂停，故障单随暂停一并处理"));
        answers(withReason, "DISPATCHED", "CSSC");
        Form suspension = new Form(withReason.json().get("formId").asText(), "SUSPENSION", List.of(circuit), AA);
        JsonNode named = api.form(suspension);
        assertThat(named.get("openFaultTicketIds")).extracting(JsonNode::asText).containsExactly(ticket);
        assertThat(named.get("openTicketReason").asText()).isEqualTo("装修期间暂停，故障单随暂停一并处理");
        assertThat(named.at("/history/0/details/openFaultTicketIds")).extracting(JsonNode::asText)
                .containsExactly(ticket);

        step(Department.CSSC, suspension, "acceptance", null);
        step(Department.CSSC, suspension, "last-mile-suspension", lastMileBody(circuit));
        Http.Response resume = api.post(Department.GCD, "/api/stop-forms", stopBody("RESUME", List.of(circuit)));
        answers(resume, "DISPATCHED", "CSSC");
        assertThat(api.get(Department.CSSC, "/api/stop-forms/" + resume.json().get("formId").asText()).json()
                .get("openFaultTicketIds")).as("a resume takes the circuit back; its tickets are not in the way")
                .isEmpty();

        String archivedOn = api.circuit(AA);
        String archived = api.topics.reported(archivedOn, AA);
        Http.eventually(SAGA, () -> knownCircuits.openFaultTickets(archivedOn).contains(archived) ? true : null);
        api.topics.archived(archived, archivedOn, AA);
        Http.eventually(SAGA, () -> knownCircuits.openFaultTickets(archivedOn).isEmpty() ? true : null);
        Form stop = api.dispatched("PERMANENT_STOP", List.of(archivedOn), AA);
        assertThat(api.form(stop).get("openFaultTicketIds")).isEmpty();
        assertThat(api.form(stop).get("openTicketReason").asText()).isEmpty();
    }

    // ---- where a circuit stands (Art. 32–35)

    @Test
    void art32_34_aStoppedCircuitTakesNoForm_aSuspendedOneNoSecondSuspensionNorAdjustment_anInServiceOneNoResume() {
        String stopped = api.stoppedCircuit();
        for (String type : List.of("PERMANENT_STOP", "SUSPENSION", "RESUME")) {
            assertProblem(api.post(Department.GCD, "/api/stop-forms", stopBody(type, List.of(stopped))), 409,
                    "circuit-already-stopped", "Art. 32, 34");
        }
        assertProblem(api.post(Department.GCD, "/api/adjustments", adjustmentBody(stopped)), 409,
                "circuit-already-stopped", "Art. 32, 34");

        String suspended = api.suspendedCircuit();
        assertProblem(api.post(Department.GCD, "/api/stop-forms", stopBody("SUSPENSION", List.of(suspended))), 409,
                "circuit-already-suspended", "Art. 32, 34");
        assertProblem(api.post(Department.GCD, "/api/adjustments", adjustmentBody(suspended)), 409,
                "circuit-suspended", "Art. 35");

        String inService = api.circuit(AA);
        assertProblem(api.post(Department.GCD, "/api/stop-forms", stopBody("RESUME", List.of(inService))), 409,
                "circuit-not-suspended", "Art. 32–34");

        for (String circuit : List.of(stopped, suspended, inService)) {
            assertThat(api.circuitNow(circuit).get("openFormId").asText()).as(circuit).isEmpty();
        }
        api.dispatched("PERMANENT_STOP", List.of(suspended), AA);
    }

    @Test
    void art33_aCircuitHeldByAnOpenFormTakesNoOtherForm_andAFormNamingItHoldsNoneOfItsCircuits() {
        Form held = api.dispatched("SUSPENSION");
        String free = api.circuit(AA);

        assertProblem(api.post(Department.GCD, "/api/stop-forms", stopBody("PERMANENT_STOP",
                List.of(free, held.circuitId()))), 409, "circuit-on-open-form", "Art. 33");
        assertProblem(api.post(Department.GCD, "/api/adjustments", adjustmentBody(held.circuitId())), 409,
                "circuit-on-open-form", "Art. 33");

        assertThat(api.circuitNow(free).get("openFormId").asText()).as("refused whole").isEmpty();
        assertThat(api.circuitNow(held.circuitId()).get("openFormId").asText()).isEqualTo(held.formId());
        assertThat(api.circuitNow(held.circuitId()).get("formIds")).extracting(JsonNode::asText)
                .containsExactly(held.formId());
    }

    // ---- steps out of order (Art. 34)

    @Test
    void art34_stepsOutOfOrderAre409_eachUnitConfirmsOnce_andACompletedFormTakesNoStep() {
        Form form = api.dispatched("PERMANENT_STOP");
        String circuit = form.circuitId();
        assertProblem(api.post(Department.CSSC, form.path("releases"), releaseBody(circuit, "CORE")), 409,
                "form-not-accepted", "Art. 34");
        assertProblem(api.post(Department.CSSC, form.path("status-change"), unitsBody(CORE_UNIT)), 409,
                "form-not-accepted", "Art. 34");

        step(Department.CSSC, form, "acceptance", null);
        assertProblem(api.post(Department.CSSC, form.path("acceptance"), null), 409, "form-already-accepted",
                "Art. 34");
        step(Department.CSSC, form, "releases", releaseBody(circuit, "CORE"));
        assertProblem(api.post(Department.CSSC, form.path("releases"), releaseBody(circuit, "CORE")), 409,
                "segment-already-released", "Art. 34");
        assertProblem(api.post(Department.CSSC, form.path("status-change"), unitsBody(CORE_UNIT)), 409,
                "release-not-complete", "Art. 34");
        assertProblem(api.post(TestTokens.rmu(CORE_UNIT), form.path("status-change/" + CORE_UNIT + "/confirmation"),
                null), 409, "status-change-not-requested", "Art. 34");
        assertProblem(api.post(Department.CSSC, form.path("releases"), releaseBody(api.circuit(AA), "CORE")), 422,
                "circuit-not-on-form", "Art. 34");

        step(Department.CSSC, form, "releases", releaseBody(circuit, "ACCESS_BACKBONE"));
        step(Department.CSSC, form, "releases", releaseBody(circuit, "LAST_MILE"));
        assertProblem(api.post(Department.CSSC, form.path("status-change"), unitsBody("RMU-NOWHERE")), 422,
                "status-unit-unknown", "Art. 34");
        assertFields(api.post(Department.CSSC, form.path("status-change"), "{\"units\":[]}"), "units");
        step(Department.CSSC, form, "status-change", unitsBody(CORE_UNIT, TRANSPORT_UNIT));
        assertProblem(api.post(Department.CSSC, form.path("status-change"), unitsBody(CORE_UNIT)), 409,
                "status-change-already-requested", "Art. 34");
        step(Department.RMU, form, "status-change/" + CORE_UNIT + "/confirmation", null);
        assertProblem(api.post(Department.RMU, form.path("status-change/" + CORE_UNIT + "/confirmation"), null), 409,
                "status-change-already-confirmed", "Art. 34");
        assertProblem(api.post(Department.RMU, form.path("status-change/RMU-ACCESS/confirmation"), null), 422,
                "status-unit-not-named", "Art. 34");
        answers(step(Department.RMU, form, "status-change/" + TRANSPORT_UNIT + "/confirmation", null), "COMPLETED",
                null);

        assertProblem(api.post(Department.CSSC, form.path("acceptance"), null), 409, "form-completed", "Art. 34");
        assertProblem(api.post(Department.GCD, form.path("withdrawal"), WITHDRAWAL_BODY), 409, "form-completed",
                "Art. 34");
        assertThat(api.history(form)).containsExactly("StopFormDispatched", "StopFormAccepted", "ResourceReleased",
                "ResourceReleased", "ResourceReleased", "StopStatusChangeRequested", "StopStatusChangeConfirmed",
                "StopStatusChangeConfirmed", "StopFormCompleted");
    }

    // ---- who may take a step (Art. 33–34)

    @Test
    void art33_34_aDepartmentTheStepIsNotGivenToIs403_andAnRmuTokenConfirmsOnlyItsOwnUnit() {
        String circuit = api.circuit(AA);
        Http.Response byCssc = api.post(Department.CSSC, "/api/stop-forms", stopBody("PERMANENT_STOP",
                List.of(circuit)));
        assertProblem(byCssc, 403, "department-not-allowed", "Art. 33");
        assertThat(byCssc.json().get("allowedDepartments")).extracting(JsonNode::asText).containsExactly("GCD");
        assertThat(api.circuitNow(circuit).get("formIds")).isEmpty();

        Form form = api.statusChangeRequested(api.released(), CORE_UNIT, TRANSPORT_UNIT);
        assertProblem(api.post(Department.GCD, form.path("acceptance"), null), 403, "department-not-allowed",
                "Art. 34, 36–37");
        assertProblem(api.post(Department.CSSC, form.path("status-change/" + CORE_UNIT + "/confirmation"), null), 403,
                "department-not-allowed", "Art. 34");
        assertProblem(api.post(TestTokens.rmu(TRANSPORT_UNIT), form.path("status-change/" + CORE_UNIT
                + "/confirmation"), null), 403, "not-own-resource-unit", "Art. 34");
        assertThat(absent(api.form(form), "/statusChanges/0/confirmedAt")).as("not confirmed").isTrue();

        answers(api.post(TestTokens.rmu(CORE_UNIT), form.path("status-change/" + CORE_UNIT + "/confirmation"), null),
                "STATUS_CHANGE", "RMU");
        answers(api.post(TestTokens.bearer(Department.RMU), form.path("status-change/" + TRANSPORT_UNIT
                + "/confirmation"), null), "COMPLETED", null);
        assertThat(text(api.form(form), "/history/6/user")).isEqualTo("rmu-rmu-core");
    }

    // ---- malformed requests

    @Test
    void missingFieldsBadEnumsAndBadDatesAre400NamingTheField_andHoldNothing() {
        String circuit = api.circuit(AA);
        String stop = stopBody("PERMANENT_STOP", List.of(circuit));

        assertFields(api.post(Department.GCD, "/api/stop-forms", "{}"), "requestType", "circuitIds", "reason",
                "requestedDate");
        assertFields(api.post(Department.GCD, "/api/stop-forms", stop.replace("PERMANENT_STOP", "STOP")),
                "requestType");
        assertProblem(api.post(Department.GCD, "/api/stop-forms", stop.replace("PERMANENT_STOP", "ADJUSTMENT")), 400,
                "stop-request-type-not-a-stop", "Art. 33, 35");
        assertProblem(api.post(Department.GCD, "/api/stop-forms", stop.replace("2026-12-31", "2026-02-30")), 400,
                "stop-requested-date-invalid", "Art. 33");
        assertFields(api.post(Department.GCD, "/api/stop-forms", stop.replace("2026-12-31", "2026-02-30")),
                "requestedDate");
        assertFields(api.post(Department.GCD, "/api/stop-forms", stop.replace("2026-12-31", "2026/12/31")),
                "requestedDate");
        assertFields(api.post(Department.GCD, "/api/stop-forms", stop.replace("\"" + circuit + "\"", "")),
                "circuitIds");
        assertFields(api.post(Department.GCD, "/api/adjustments", "{\"circuitId\":\"" + circuit
                + "\",\"reason\":\"同端口复用\",\"requestedDate\":\"2026-12-20\",\"stopFirst\":true}"),
                "stopFirstReason");
        assertThat(api.circuitNow(circuit).get("formIds")).as("nothing held").isEmpty();

        Form stopForm = api.dispatched("PERMANENT_STOP");
        assertProblem(api.post(Department.CSSC, stopForm.path("acceptance"), "{\"classification\":\"RE_ALLOCATION\"}"),
                400, "classification-only-for-adjustments", "Art. 36–37");
        Form adjustment = api.adjustment();
        assertProblem(api.post(Department.CSSC, adjustment.path("acceptance"), null), 400,
                "classification-required", "Art. 36–37");
        assertFields(api.post(Department.CSSC, adjustment.path("acceptance"), "{\"classification\":\"BOTH\"}"),
                "classification");
        api.accepted(stopForm);
        assertFields(api.post(Department.CSSC, stopForm.path("releases"), "{\"circuitId\":\""
                + stopForm.circuitId() + "\",\"segment\":\"CUSTOMER_SIDE\"}"), "segment");
        assertFields(api.post(Department.CSSC, stopForm.path("releases"), "{\"circuitId\":\""
                + stopForm.circuitId() + "\"}"), "segment");
        assertThat(api.history(stopForm)).containsExactly("StopFormDispatched", "StopFormAccepted");
        assertThat(api.history(adjustment)).containsExactly("AdjustmentRequested");
    }

    @Test
    void anUnknownFormOrCircuitIs404_forReadsAndSteps() {
        String unknown = "SD-1999-999999";
        assertProblem(api.get(Department.GCD, "/api/stop-forms/" + unknown), 404, "not-found", null);
        assertProblem(api.post(Department.CSSC, "/api/stop-forms/" + unknown + "/acceptance", null), 404,
                "not-found", null);
        assertProblem(api.post(Department.GCD, "/api/stop-forms/" + unknown + "/withdrawal", WITHDRAWAL_BODY), 404,
                "not-found", null);
        assertProblem(api.get(Department.GCD, "/api/circuits/" + ServiceTopics.newCircuitId()), 404, "not-found",
                null);
    }

    // ---- who sees what

    @Test
    void aCustomerReadsOnlyItsOwnFormsAndCircuits_withoutTheOperatorsStaff_andIsToldNotFoundOtherwise() {
        Form own = api.stopCompleted(api.dispatched("PERMANENT_STOP"));
        Form others = api.dispatched("SUSPENSION", List.of(api.circuit(AAA)), AAA);
        String customer = tokenOf(AA);

        Http.Response mine = api.get(customer, own.path());
        ok(mine, 200);
        assertThat(mine.json().get("dispatchedBy").asText()).isEmpty();
        assertThat(mine.json().get("history").findValuesAsText("user")).hasSize(8).containsOnly("");
        assertThat(mine.json().get("history").findValuesAsText("department")).contains("GCD", "CSSC", "RMU");
        assertThat(mine.body()).doesNotContain("gcd-user", "cssc-user", "rmu-user", "rmu-rmu-core");
        assertThat(api.get(Department.GCD, own.path()).body()).contains("gcd-user", "cssc-user");
        ok(api.get(customer, "/api/circuits/" + own.circuitId()), 200);

        assertProblem(api.get(customer, others.path()), 404, "not-found", null);
        assertProblem(api.get(customer, "/api/circuits/" + others.circuitId()), 404, "not-found", null);
        assertProblem(api.get(tokenOf(AAA), own.path()), 404, "not-found", null);
        ok(api.get(tokenOf(AAA), others.path()), 200);

        JsonNode listed = api.get(customer, "/api/stop-forms?limit=200&customer=" + AAA.groupId()).json();
        assertThat(listed.get("items").findValuesAsText("groupId")).as("its own whatever it asks")
                .allMatch(AA.groupId()::equals);
        assertThat(listed.get("items").findValuesAsText("formId")).contains(own.formId())
                .doesNotContain(others.formId());
        assertThat(api.get(customer, "/api/stop-forms?circuitId=" + others.circuitId()).json().get("items")).isEmpty();
        assertThat(api.get(Department.GCD, "/api/stop-forms?limit=200&customer=" + AAA.groupId()).json()
                .get("items").findValuesAsText("formId")).contains(others.formId()).doesNotContain(own.formId());
        assertThat(api.get(customer, "/api/stop-forms/inbox").json().get("items")).isEmpty();
        assertThat(api.get(customer, "/api/adjustments?limit=200&customer=" + AAA.groupId()).json().get("items")
                .findValuesAsText("groupId")).allMatch(AA.groupId()::equals);
        assertProblem(api.post(customer, others.path("acceptance"), null), 403, "department-not-allowed", null);
    }

    // ---- concurrency

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

    private static void oneWins(List<Http.Response> responses, int success) {
        assertThat(responses.stream().filter(r -> r.status() == success)).as(responses.toString()).hasSize(1);
        for (Http.Response loser : responses.stream().filter(r -> r.status() != success).toList()) {
            assertThat(loser.status()).as(loser.body()).isEqualTo(409);
            assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    private static boolean is(ConsumerRecord<String, CloudEvent> record, String key, String event) {
        return key.equals(record.key()) && record.value().getType().equals("gca.decommission." + event + ".v1");
    }

    private static String data(ConsumerRecord<String, CloudEvent> record) {
        return new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void art33_formsNamingOneCircuitDispatchedAtOnce_exactlyOneIsDispatched_andTheCircuitIsOpenedOnce()
            throws Exception {
        String circuit = api.circuit(AA);
        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.DECOMMISSION)) {
            List<Http.Response> responses = atOnce(() -> api.post(Department.GCD, "/api/stop-forms",
                    stopBody("PERMANENT_STOP", List.of(circuit))));

            oneWins(responses, 201);
            String winner = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json()
                    .get("formId").asText();
            JsonNode held = api.circuitNow(circuit);
            assertThat(held.get("openFormId").asText()).isEqualTo(winner);
            assertThat(held.get("formIds")).extracting(JsonNode::asText).containsExactly(winner);
            assertThat(api.get(Department.GCD, "/api/stop-forms?circuitId=" + circuit).json().get("items")
                    .findValuesAsText("formId")).containsExactly(winner);
            reader.await(r -> is(r, circuit, "CircuitFormOpened"), Duration.ofSeconds(30));
            List<ConsumerRecord<String, CloudEvent>> published = reader.drain(Duration.ofSeconds(2));
            assertThat(published.stream().filter(r -> is(r, circuit, "CircuitFormOpened"))).hasSize(1);
            assertThat(published.stream().filter(r -> r.value().getType().endsWith("StopFormDispatched.v1")
                    && data(r).contains(circuit))).extracting(ConsumerRecord::key).containsExactly(winner);
        }
    }

    @Test
    void art34_oneStepTakenAtOnceFromSixThreads_exactlyOneTakesIt() throws Exception {
        Form form = api.dispatched("PERMANENT_STOP");
        oneWins(atOnce(() -> api.post(Department.CSSC, form.path("acceptance"), null)), 200);
        oneWins(atOnce(() -> api.post(Department.CSSC, form.path("releases"), releaseBody(form.circuitId(), "CORE"))),
                200);
        assertThat(api.history(form)).containsExactly("StopFormDispatched", "StopFormAccepted", "ResourceReleased");
    }

    // ---- adjustments, followed through presale's and provisioning's topics (Art. 35–37)

    /** GCD dispatches an adjustment of a new circuit of AA (Art. 35), stop-first with its reason if asked (Art. 4). */
    private Form adjustment(boolean stopFirst) {
        String circuit = api.circuit(AA);
        Http.Response response = api.post(Department.GCD, "/api/adjustments", stopFirst
                ? "{\"circuitId\":\"" + circuit + "\",\"reason\":\"原端口升级\",\"requestedDate\":\"2026-12-20\","
                + "\"stopFirst\":true,\"stopFirstReason\":\"新线路须复用同一端口\"}" : adjustmentBody(circuit));
        answers(response, "DISPATCHED", "CSSC");
        assertThat(response.json().get("waitingFor").asText()).isEqualTo("CONFIRMATION_FORM");
        return new Form(response.json().get("formId").asText(), "ADJUSTMENT", List.of(circuit), AA);
    }

    /** Its form 1, dispatched on presale with the form 5's number, once the adjustment follows it. */
    private String formOneLinked(Form adjustment) {
        String formOne = ServiceTopics.newNumber("RC");
        DomainEventMessage<?> dispatched = api.topics.formOneDispatched(formOne, adjustment.circuitId(), AA,
                adjustment.formId());
        api.topics.redeliver(dispatched);
        awaitForm(adjustment, read -> formOne.equals(read.at("/adjustment/links/CONFIRMATION_FORM").asText()));
        return formOne;
    }

    private static String formTwoOf(String formOne) {
        return "RD" + formOne.substring(2);
    }

    /** GCD's tools may dispatch the form 1 the moment the form 5 is answered: presale's record may come first. */
    @Test
    void art35_aForm1DispatchedTheMomentItsForm5IsAnswered_isFollowedAllTheSame() {
        List<Form> adjustments = new ArrayList<>();
        List<String> formOnes = new ArrayList<>();
        for (String circuit : api.circuits(AA, 5)) {
            Form adjustment = api.adjustment(circuit, AA);
            String formOne = ServiceTopics.newNumber("RC");
            api.topics.formOneDispatched(formOne, circuit, AA, adjustment.formId());
            adjustments.add(adjustment);
            formOnes.add(formOne);
        }
        for (int i = 0; i < adjustments.size(); i++) {
            String formOne = formOnes.get(i);
            awaitForm(adjustments.get(i),
                    read -> formOne.equals(read.at("/adjustment/links/CONFIRMATION_FORM").asText()));
        }
    }

    /** A form 1 quoting a number that is no adjustment here changes nothing, and holds up no other adjustment. */
    @Test
    void art35_aForm1QuotingACircuitsNumberOrAnUnknownForm5ChangesNothing_andAdjustmentsGoOn() {
        Form held = api.dispatched("SUSPENSION");
        List<JsonNode> before = List.of(api.form(held), api.circuitNow(held.circuitId()));
        api.topics.formOneDispatched(ServiceTopics.newNumber("RC"), held.circuitId(), AA, held.circuitId());
        api.topics.formOneDispatched(ServiceTopics.newNumber("RC"), held.circuitId(), AA, "SD-1999-999999");
        api.topics.formOneDispatched(ServiceTopics.newNumber("RC"), held.circuitId(), AA, held.formId());

        Form adjustment = adjustment(false);
        formOneLinked(adjustment);
        assertThat(List.of(api.form(held), api.circuitNow(held.circuitId()))).as("a suspension takes no form 1")
                .isEqualTo(before);
    }

    @Test
    void art35_36_aReAllocationActivatesTheNewLineFirst_thenTheOldCircuitIsStopped_andTheAdjustmentCompletes() {
        Form adjustment = adjustment(false);
        String formOne = formOneLinked(adjustment);
        JsonNode linked = api.form(adjustment);
        assertThat(text(linked, "/adjustment/waitingFor")).isEqualTo("NEW_LINE_ACTIVATION");
        assertThat(text(linked, "/adjustment/circuitId")).isEqualTo(adjustment.circuitId());
        JsonNode listed = Http.eventually(SAGA, () -> {
            for (JsonNode item : api.get(Department.GCD, "/api/adjustments?limit=200").json().get("items")) {
                if (item.get("formId").asText().equals(adjustment.formId())) {
                    return item;
                }
            }
            return null;
        });
        assertThat(listed.get("waitingFor").asText()).isEqualTo("NEW_LINE_ACTIVATION");
        assertThat(listed.get("stalled").asBoolean()).isFalse();

        Http.Response classified = step(Department.CSSC, adjustment, "acceptance",
                "{\"classification\":\"RE_ALLOCATION\",\"note\":\"需新建接入\"}");
        answers(classified, "ACCEPTED", null);
        assertThat(classified.json().get("waitingFor").asText()).isEqualTo("NEW_LINE_ACTIVATION");
        assertProblem(api.post(Department.CSSC, adjustment.path("releases"),
                releaseBody(adjustment.circuitId(), "CORE")), 409, "adjustment-new-line-not-activated", "Art. 32, 36");
        assertThat(api.inboxItem(StopFormClient.token(Department.CSSC), adjustment)).as("waiting for provisioning")
                .isNull();

        String formTwo = formTwoOf(formOne);
        String newCircuit = ServiceTopics.newCircuitId();
        api.topics.formTwoDispatched(formTwo, DemandKind.ACTIVATION, formOne, adjustment.circuitId(), AA,
                adjustment.formId());
        awaitForm(adjustment, read -> formTwo.equals(read.at("/adjustment/links/NEW_LINE_DEMAND").asText()));
        DomainEventMessage<?> activated = api.topics.activate(newCircuit, AA, formTwo, formOne);
        api.topics.redeliver(activated);
        JsonNode activatedRead = awaitForm(adjustment,
                read -> newCircuit.equals(read.at("/adjustment/newCircuitId").asText()));
        assertThat(text(activatedRead, "/adjustment/links/NEW_LINE_DEMAND")).isEqualTo(formTwo);
        assertThat(absent(activatedRead, "/adjustment/waitingFor")).isTrue();
        assertThat(holderOf(activatedRead)).as("the old circuit's stop starts").isEqualTo("CSSC");

        api.released(adjustment);
        assertThat(api.circuitNow(adjustment.circuitId()).get("status").asText()).isEqualTo("STOPPED");
        api.statusChangeRequested(adjustment, CORE_UNIT);
        answers(api.post(TestTokens.rmu(CORE_UNIT), adjustment.path("status-change/" + CORE_UNIT + "/confirmation"),
                null), "COMPLETED", null);

        JsonNode done = api.form(adjustment);
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(text(done, "/adjustment/classification")).isEqualTo("RE_ALLOCATION");
        assertThat(text(done, "/adjustment/newCircuitId")).isEqualTo(newCircuit);
        assertThat(api.history(adjustment)).as("each record once though two came twice").containsExactly(
                "AdjustmentRequested", "AdjustmentLinked", "AdjustmentClassified", "AdjustmentLinked",
                "AdjustmentNewLineActivated", "ResourceReleased", "ResourceReleased", "ResourceReleased",
                "StopStatusChangeRequested", "StopStatusChangeConfirmed", "StopFormCompleted");
        assertThat(text(done, "/history/1/user")).as("the saga tells the form as the service")
                .isEqualTo("decommission-service");
        JsonNode old = api.circuitNow(adjustment.circuitId());
        assertThat(old.get("status").asText()).isEqualTo("STOPPED");
        assertThat(old.get("openFormId").asText()).isEmpty();
        assertThat(api.awaitKnown(newCircuit).get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(api.get(Department.GCD, "/api/adjustments?limit=200").json().get("items")
                .findValuesAsText("formId")).as("no longer under way").doesNotContain(adjustment.formId());
    }

    @Test
    void art4_stopFirstReleasesTheOldCircuitAtOnce_andTheAdjustmentCompletesWhenTheNewLineIsActivated() {
        Form adjustment = adjustment(true);
        String formOne = formOneLinked(adjustment);
        answers(step(Department.CSSC, adjustment, "acceptance", "{\"classification\":\"RE_ALLOCATION\"}"), "ACCEPTED",
                "CSSC");
        api.statusChangeRequested(api.released(adjustment), CORE_UNIT);
        Http.Response confirmed = api.post(Department.RMU, adjustment.path("status-change/" + CORE_UNIT
                + "/confirmation"), null);
        answers(confirmed, "ACCEPTED", null);
        assertThat(confirmed.json().get("waitingFor").asText()).as("stopped; the new line still to come")
                .isEqualTo("NEW_LINE_ACTIVATION");
        assertThat(api.circuitNow(adjustment.circuitId()).get("status").asText()).isEqualTo("STOPPED");

        String newCircuit = ServiceTopics.newCircuitId();
        api.topics.formTwoDispatched(formTwoOf(formOne), DemandKind.ACTIVATION, formOne, adjustment.circuitId(), AA,
                adjustment.formId());
        api.topics.activate(newCircuit, AA, formTwoOf(formOne), formOne);
        JsonNode done = awaitForm(adjustment, read -> read.get("status").asText().equals("COMPLETED"));
        assertThat(text(done, "/adjustment/newCircuitId")).isEqualTo(newCircuit);
        assertThat(done.at("/adjustment/stopFirst").asBoolean()).isTrue();
        assertThat(text(done, "/adjustment/stopFirstReason")).isEqualTo("新线路须复用同一端口");
        assertThat(api.circuitNow(adjustment.circuitId()).get("openFormId").asText()).isEmpty();
    }

    @Test
    void art16_aDeclinedForm1EndsTheAdjustment_andLetsGoOfTheCircuitUntouched() {
        Form adjustment = adjustment(false);
        String formOne = formOneLinked(adjustment);
        step(Department.CSSC, adjustment, "acceptance", "{\"classification\":\"RE_ALLOCATION\"}");

        DomainEventMessage<?> declined = api.topics.negotiated(formOne, NegotiationOutcome.DECLINED,
                adjustment.circuitId(), AA, adjustment.formId());
        api.topics.redeliver(declined);

        JsonNode ended = awaitForm(adjustment, read -> read.get("status").asText().equals("ENDED"));
        assertThat(text(ended, "/adjustment/outcome")).isEqualTo("CONFIRMATION_DECLINED");
        assertThat(text(ended, "/adjustment/outcomeReason")).isEqualTo("客户不接受新报价");
        assertThat(ended.get("closedAt").isTextual()).isTrue();
        assertThat(holderOf(ended)).isNull();
        JsonNode circuit = api.circuitNow(adjustment.circuitId());
        assertThat(circuit.get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(circuit.get("openFormId").asText()).isEmpty();
        assertProblem(api.post(Department.CSSC, adjustment.path("releases"),
                releaseBody(adjustment.circuitId(), "CORE")), 409, "adjustment-ended", "Art. 35–36");
        api.dispatched("PERMANENT_STOP", adjustment.circuitIds(), AA);
        assertThat(api.historyCount(adjustment, "AdjustmentEnded")).isEqualTo(1);
    }

    @Test
    void art16_aRenegotiationsNewForm1ReplacesTheFirst_whoseLaterAnswersChangeNothing() {
        Form adjustment = adjustment(false);
        String first = formOneLinked(adjustment);
        String second = ServiceTopics.newNumber("RC");
        api.topics.negotiated(first, NegotiationOutcome.RENEGOTIATE, second, adjustment.circuitId(), AA,
                adjustment.formId());
        api.topics.formOneDispatched(second, adjustment.circuitId(), AA, adjustment.formId());
        awaitForm(adjustment, read -> second.equals(read.at("/adjustment/links/CONFIRMATION_FORM").asText()));

        api.topics.formOneWithdrawn(first);
        // taken after the withdrawal: another adjustment's form 1 on the withdrawn one's partition of the topic
        Form witness = adjustment(false);
        String after = TopicPartitions.keyAfter(infrastructure().kafkaBootstrap(), Topics.PRESALE, first,
                () -> ServiceTopics.newNumber("RC"));
        api.topics.formOneDispatched(after, witness.circuitId(), AA, witness.formId());
        awaitForm(witness, form -> after.equals(form.at("/adjustment/links/CONFIRMATION_FORM").asText()));
        api.topics.formTwoDispatched(formTwoOf(second), DemandKind.ACTIVATION, second, adjustment.circuitId(), AA,
                adjustment.formId());
        JsonNode read = awaitForm(adjustment,
                form -> formTwoOf(second).equals(form.at("/adjustment/links/NEW_LINE_DEMAND").asText()));
        assertThat(read.get("status").asText()).as("the first form 1's withdrawal ends nothing")
                .isEqualTo("DISPATCHED");
        assertThat(api.history(adjustment)).containsExactly("AdjustmentRequested", "AdjustmentLinked",
                "AdjustmentLinked", "AdjustmentLinked");
    }

    @Test
    void art22_aCancelledNewLineForm2EndsTheAdjustment_andLetsGoOfTheCircuit() {
        Form adjustment = adjustment(false);
        String formOne = formOneLinked(adjustment);
        step(Department.CSSC, adjustment, "acceptance", "{\"classification\":\"RE_ALLOCATION\"}");
        api.topics.formTwoDispatched(formTwoOf(formOne), DemandKind.ACTIVATION, formOne, adjustment.circuitId(), AA,
                adjustment.formId());
        awaitForm(adjustment, read -> formTwoOf(formOne).equals(read.at("/adjustment/links/NEW_LINE_DEMAND").asText()));

        api.topics.formTwoCancelled(formTwoOf(formOne));

        JsonNode ended = awaitForm(adjustment, read -> read.get("status").asText().equals("ENDED"));
        assertThat(text(ended, "/adjustment/outcome")).isEqualTo("DEMAND_CANCELLED");
        assertThat(text(ended, "/adjustment/outcomeReason")).isEqualTo("客户取消，协商一致");
        assertThat(api.circuitNow(adjustment.circuitId()).get("openFormId").asText()).isEmpty();
        assertThat(api.circuitNow(adjustment.circuitId()).get("status").asText()).isEqualTo("IN_SERVICE");
    }

    @Test
    void art8_aWithdrawnForm1EndsTheAdjustment_onceThoughTheRecordCameTwice() {
        Form adjustment = adjustment(false);
        String formOne = formOneLinked(adjustment);

        DomainEventMessage<?> withdrawn = api.topics.formOneWithdrawn(formOne);
        api.topics.redeliver(withdrawn);

        JsonNode ended = awaitForm(adjustment, read -> read.get("status").asText().equals("ENDED"));
        assertThat(text(ended, "/adjustment/outcome")).isEqualTo("CONFIRMATION_WITHDRAWN");
        assertThat(api.circuitNow(adjustment.circuitId()).get("openFormId").asText()).isEmpty();
        assertThat(api.history(adjustment)).containsExactly("AdjustmentRequested", "AdjustmentLinked",
                "AdjustmentEnded");
    }

    @Test
    void art37_aConfigurationOnlyAdjustmentCompletesWithItsChangeForm2sArchivedAcceptance_theCircuitStaysInService() {
        Form adjustment = adjustment(false);
        Http.Response classified;
        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.DECOMMISSION)) {
            classified = step(Department.CSSC, adjustment, "acceptance", "{\"classification\":\"CONFIGURATION_ONLY\"}");
            reader.await(r -> is(r, adjustment.formId(), "AdjustmentClassified"), Duration.ofSeconds(30));
        }
        answers(classified, "ACCEPTED", null);
        assertThat(classified.json().get("waitingFor").asText()).isEqualTo("CHANGE_ACCEPTANCE");
        assertProblem(api.post(Department.CSSC, adjustment.path("releases"),
                releaseBody(adjustment.circuitId(), "CORE")), 422, "adjustment-configuration-only", "Art. 37");

        // provisioning opens its change form 2 as it consumes AdjustmentClassified (Art. 37)
        String changeForm = "RD" + adjustment.formId().substring(2);
        api.topics.formTwoDispatched(changeForm, DemandKind.CONFIGURATION_CHANGE, "", adjustment.circuitId(), AA,
                adjustment.formId());
        awaitForm(adjustment, read -> changeForm.equals(read.at("/adjustment/links/CHANGE_DEMAND").asText()));
        DomainEventMessage<?> archived = api.topics.acceptanceArchived(changeForm);
        api.topics.redeliver(archived);

        JsonNode done = awaitForm(adjustment, read -> read.get("status").asText().equals("COMPLETED"));
        assertThat(text(done, "/adjustment/changeFormId")).isEqualTo(changeForm);
        assertThat(text(done, "/adjustment/classification")).isEqualTo("CONFIGURATION_ONLY");
        assertThat(api.history(adjustment)).containsExactly("AdjustmentRequested", "AdjustmentClassified",
                "AdjustmentLinked", "StopFormCompleted");
        JsonNode circuit = api.circuitNow(adjustment.circuitId());
        assertThat(circuit.get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(circuit.get("openFormId").asText()).isEmpty();
    }
}
