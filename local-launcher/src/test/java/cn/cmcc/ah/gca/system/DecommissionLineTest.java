package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.decommission.DecommissionServiceApplication;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.fault.FaultServiceApplication;
import cn.cmcc.ah.gca.presale.PresaleServiceApplication;
import cn.cmcc.ah.gca.provisioning.ProvisioningServiceApplication;
import cn.cmcc.ah.gca.sla.SlaMonitorApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static cn.cmcc.ah.gca.support.test.TestTokens.customer;
import static cn.cmcc.ah.gca.support.test.TestTokens.rmu;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms 5 on real circuits, across the five running services: presale-service and provisioning-service activate the
 * circuits (Art. 8–21), decommission-service learns them from gca.provisioning.events and stops, suspends, resumes
 * and adjusts them (Art. 32–37); fault-service learns the circuits' status from gca.decommission.events and is told
 * of a stop while a ticket is open; an adjustment's saga follows its form 1 on presale and its form 2 on provisioning
 * (the new line first, then the old circuit's stop; a configuration change carried out by provisioning; a declined
 * form 1 ending it); sla-monitor runs adjustment.acceptance; and each circuit has one history, from its form 1 to its
 * stop, built from the topics alone.
 */
class DecommissionLineTest {

    private static final String GROUP = "5510008001";
    private static final String NAME = "合肥某某物流有限公司";
    private static final Duration CONSUMED = Duration.ofSeconds(30);

    private static RunningServices services;
    private static Http provisioning;
    private static Http fault;
    private static Http decommission;
    private static InSaleLine line;

    @BeforeAll
    static void start() {
        services = new RunningServices(TestInfrastructure.embedded().kafkaBootstrap());
        Http presale = RunningServices.http(services.start(PresaleServiceApplication.class,
                PresaleServiceApplication.NAME));
        provisioning = RunningServices.http(services.start(ProvisioningServiceApplication.class,
                ProvisioningServiceApplication.NAME));
        fault = RunningServices.http(services.start(FaultServiceApplication.class, FaultServiceApplication.NAME));
        decommission = RunningServices.http(services.start(DecommissionServiceApplication.class,
                DecommissionServiceApplication.NAME));
        Http sla = RunningServices.http(services.start(SlaMonitorApplication.class, SlaMonitorApplication.NAME));
        line = new InSaleLine(presale, provisioning, sla);
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    /**
     * Art. 33–34: a permanent stop of two circuits, one with an open fault ticket (a reason is required, and the ticket
     * is told); every segment released, each circuit stopped with its third; the units' status changes complete it.
     * A stopped circuit then gets no fault ticket and no new form 5.
     */
    @Test
    void art34PermanentStopOfTwoCircuitsWithAnOpenTicket() {
        String first = known(line.activatedCircuit(GROUP, NAME, "AA"));
        String second = known(line.activatedCircuit(GROUP, NAME, "AA"));
        String ticket = RunningServices.reportFault(faultAware(first), first);
        historyShows(first, "FaultReported");

        Http.Response refused = post(Department.GCD, "/api/stop-forms", stop("PERMANENT_STOP", null, first, second));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("stop-open-fault-tickets");
        String form = created(post(Department.GCD, "/api/stop-forms",
                stop("PERMANENT_STOP", "客户已搬迁，故障无需再修", first, second)));
        assertThat(form(form).get("openFaultTicketIds")).extracting(JsonNode::asText).containsExactly(ticket);
        Http.eventually(CONSUMED, () -> {
            JsonNode told = fault.get("/api/faults/" + ticket).auth(bearer(Department.MON)).send().json();
            return told.path("stopRequests").size() == 1 ? told : null;
        });

        step(Department.CSSC, form, "acceptance", null, "ACCEPTED");
        for (String circuit : List.of(first, second)) {
            for (String segment : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE")) {
                step(Department.CSSC, form, "releases", """
                        {"circuitId":"%s","segment":"%s","note":"已拆除"}""".formatted(circuit, segment), "ACCEPTED");
            }
            assertThat(circuit(circuit).get("status").asText()).as("stopped with its third segment")
                    .isEqualTo("STOPPED");
        }
        step(Department.CSSC, form, "status-change", "{\"units\":[\"RMU-CORE\",\"RMU-ACCESS\"]}", "STATUS_CHANGE");
        Http.Response otherUnit = decommission.post("/api/stop-forms/" + form + "/status-change/RMU-CORE/confirmation")
                .auth(rmu("RMU-ACCESS")).send();
        assertThat(otherUnit.status()).as("a unit confirms only for itself: %s", otherUnit.body()).isEqualTo(403);
        stepAs(rmu("RMU-CORE"), form, "status-change/RMU-CORE/confirmation", null, "STATUS_CHANGE");
        stepAs(rmu("RMU-ACCESS"), form, "status-change/RMU-ACCESS/confirmation", null, "COMPLETED");
        assertThat(circuit(first).get("openFormId").asText()).as("the form let go of it").isEmpty();

        Http.Response again = post(Department.GCD, "/api/stop-forms", stop("PERMANENT_STOP", null, second));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("circuit-already-stopped");
        Http.Response report = Http.eventually(CONSUMED, () -> {
            Http.Response r = fault.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                    .body(RunningServices.report(second)).send();
            return r.status() == 422 ? r : null;
        });
        assertThat(report.json().get("code").asText()).isEqualTo("fault-circuit-stopped");

        JsonNode history = historyShows(first, "StopFormCompleted");
        assertThat(events(history)).as("one life, in order, from the form 1 to the stop")
                .startsWith("ConfirmationFormDispatched")
                .containsSubsequence("ConfirmationFormDispatched", "ResourceConfirmed", "DemandDispatched",
                        "CircuitActivated", "FaultReported", "StopFormDispatched", "CircuitStatusChanged",
                        "StopFormCompleted");
    }

    /** Art. 34 and the resume decision: the last mile stopped, the circuit suspended (no fault ticket), restored. */
    @Test
    void art34SuspensionThenResume() {
        String circuit = known(line.activatedCircuit(GROUP, NAME, "AA"));
        String suspension = created(post(Department.GCD, "/api/stop-forms", stop("SUSPENSION", null, circuit)));
        step(Department.CSSC, suspension, "acceptance", "{\"note\":\"已受理暂停\"}", "ACCEPTED");
        Http.Response release = post(Department.CSSC, "/api/stop-forms/" + suspension + "/releases",
                "{\"circuitId\":\"" + circuit + "\",\"segment\":\"CORE\"}");
        assertThat(release.status()).as("a suspension stops the last mile only: %s", release.body()).isEqualTo(422);
        step(Department.CSSC, suspension, "last-mile-suspension", "{\"circuitId\":\"" + circuit + "\"}", "COMPLETED");
        assertThat(circuit(circuit).get("status").asText()).isEqualTo("SUSPENDED");

        Http.Response twice = post(Department.GCD, "/api/stop-forms", stop("SUSPENSION", null, circuit));
        assertThat(twice.json().get("code").asText()).as(twice.body()).isEqualTo("circuit-already-suspended");
        Http.Response report = Http.eventually(CONSUMED, () -> {
            Http.Response r = fault.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                    .body(RunningServices.report(circuit)).send();
            return r.status() == 422 ? r : null;
        });
        assertThat(report.json().get("code").asText()).isEqualTo("fault-circuit-suspended");

        String resume = created(post(Department.GCD, "/api/stop-forms", stop("RESUME", null, circuit)));
        step(Department.CSSC, resume, "acceptance", null, "ACCEPTED");
        step(Department.CSSC, resume, "last-mile-restoration", "{\"circuitId\":\"" + circuit + "\"}", "COMPLETED");
        assertThat(circuit(circuit).get("status").asText()).isEqualTo("IN_SERVICE");
        Http.eventually(CONSUMED, () -> {
            Http.Response r = fault.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                    .body(RunningServices.report(circuit)).send();
            return r.status() == 201 ? r : null;
        });
        Http.Response resumeAgain = post(Department.GCD, "/api/stop-forms", stop("RESUME", null, circuit));
        assertThat(resumeAgain.json().get("code").asText()).as(resumeAgain.body()).isEqualTo("circuit-not-suspended");
    }

    /**
     * Art. 35–36, 32: an adjustment needing re-allocation. The form 5 and the form 1 are correlated by the form 5's
     * number; the new line runs presale and provisioning; its activation starts the old circuit's permanent stop on
     * its own; the adjustment completes when the old circuit is stopped.
     */
    @Test
    void art36AdjustmentWithReallocationNewLineFirstThenTheOldCircuitStopped() {
        String old = known(line.activatedCircuit(GROUP, NAME, "AA"));
        Http.Response requested = post(Department.GCD, "/api/adjustments", adjustment(old));
        String form = created(requested);
        assertThat(requested.json().get("waitingFor").asText()).isEqualTo("CONFIRMATION_FORM");
        step(Department.CSSC, form, "acceptance", "{\"classification\":\"RE_ALLOCATION\",\"note\":\"带宽升级需新建末端\"}",
                "ACCEPTED");

        String form1 = line.dispatchedForm1(GROUP, NAME, "AA", new String[] {old, form});
        JsonNode linked = Http.eventually(CONSUMED, () -> {
            JsonNode f = form(form);
            return form1.equals(f.path("adjustment").path("links").path("CONFIRMATION_FORM").asText()) ? f : null;
        });
        assertThat(linked.get("adjustment").get("waitingFor").asText()).isEqualTo("NEW_LINE_ACTIVATION");
        Http.Response early = post(Department.CSSC, "/api/stop-forms/" + form + "/releases",
                "{\"circuitId\":\"" + old + "\",\"segment\":\"LAST_MILE\"}");
        assertThat(early.status()).as("new line first (Art. 32, 36): %s", early.body()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("adjustment-new-line-not-activated");

        String any = "{\"outcome\":\"AVAILABLE\"}";
        line.replied(form1, any, any, any, false);
        line.negotiated(form1, "ACCEPTED");
        String newCircuit = line.activate(line.dispatchAndAccept(form1, InSaleLine.today().plusDays(20)));
        JsonNode started = Http.eventually(CONSUMED, () -> {
            JsonNode f = form(form);
            return newCircuit.equals(f.path("adjustment").path("newCircuitId").asText()) ? f : null;
        });
        assertThat(started.get("holder").asText()).as("the old circuit's stop is CSSC's now").isEqualTo("CSSC");
        for (String segment : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE")) {
            step(Department.CSSC, form, "releases", "{\"circuitId\":\"" + old + "\",\"segment\":\"" + segment + "\"}",
                    "ACCEPTED");
        }
        step(Department.CSSC, form, "status-change", "{\"units\":[\"RMU-ACCESS\"]}", "STATUS_CHANGE");
        stepAs(rmu("RMU-ACCESS"), form, "status-change/RMU-ACCESS/confirmation", null, "COMPLETED");
        assertThat(circuit(old).get("status").asText()).isEqualTo("STOPPED");
        assertThat(circuit(known(newCircuit)).get("status").asText()).isEqualTo("IN_SERVICE");

        JsonNode history = historyShows(old, "StopFormCompleted");
        assertThat(events(history)).containsSubsequence("CircuitActivated", "AdjustmentRequested",
                "AdjustmentClassified", "AdjustmentLinked", "AdjustmentNewLineActivated", "ResourceReleased",
                "CircuitStatusChanged", "StopFormCompleted");
        JsonNode forCustomer = decommission.get(history(old)).auth(customer(GROUP)).send().json();
        assertThat(entries(forCustomer)).allSatisfy(entry -> assertThat(entry.path("user").asText())
                .as("no staff names for the customer").isEmpty());
        Http.Response stranger = decommission.get(history(old)).auth(customer("5510009999")).send();
        assertThat(stranger.status()).isEqualTo(404);
    }

    /**
     * Art. 37: a configuration-only adjustment. CSSC's classification makes provisioning open the change's form 2,
     * which goes through the device-owner unit's work order, the change-completion feedback, the form 2 reply and
     * the change acceptance signed on form 4 within 5 WD (adjustment.acceptance); its archive completes the
     * adjustment, and the circuit stays in service.
     */
    @Test
    void art37ConfigurationOnlyAdjustmentThroughChangeAcceptance() {
        String circuit = known(line.activatedCircuit(GROUP, NAME, "AA"));
        String form = created(post(Department.GCD, "/api/adjustments", adjustment(circuit)));
        step(Department.CSSC, form, "acceptance", "{\"classification\":\"CONFIGURATION_ONLY\",\"note\":\"仅调整带宽模板\"}",
                "ACCEPTED");
        String change = "RD-" + form;
        String d = "/api/demands/" + change;
        JsonNode opened = Http.eventually(CONSUMED, () -> {
            Http.Response r = provisioning.get(d).auth(bearer(Department.CSSC)).send();
            return r.status() == 200 ? r.json() : null;
        });
        assertThat(opened.get("kind").asText()).isEqualTo("CONFIGURATION_CHANGE");
        JsonNode linked = Http.eventually(CONSUMED, () -> {
            JsonNode f = form(form);
            return change.equals(f.path("adjustment").path("links").path("CHANGE_DEMAND").asText()) ? f : null;
        });
        assertThat(linked.get("adjustment").get("waitingFor").asText()).isEqualTo("CHANGE_ACCEPTANCE");

        String today = InSaleLine.today().toString();
        provisioningStep(Department.CSSC, d + "/receipt", "{\"plannedActivationDate\":\""
                + InSaleLine.today().plusDays(5) + "\"}");
        Http.Response order = provisioning.post(d + "/work-orders").auth(bearer(Department.CSSC)).body("""
                {"pointId":"P1","target":"ACCESS_BACKBONE","assigneeUnit":"蜀山区传输设备主管单位","plannedDate":"%s",
                 "instructions":"修改 QoS 模板"}""".formatted(InSaleLine.today().plusDays(2))).send();
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        provisioningStep(Department.CSSC, d + "/work-orders/" + order.json().get("itemId").asText() + "/completion",
                "{\"actualDate\":\"" + today + "\",\"result\":\"配置已下发，业务测试正常\"}");
        provisioningStep(Department.CSSC, d + "/activation", null);
        line.clock("adjustment.acceptance:" + change, "RUNNING");
        provisioningStep(Department.CSSC, d + "/reply", "{\"feedback\":\"数据配置已更改，业务正常\"}");
        provisioningStep(Department.GCD, d + "/acceptance", """
                {"acceptanceDate":"%s","participants":["客户代表 张工","客户经理 王经理","CSSC 赵工"],
                 "tests":[{"item":"带宽测试","passed":true,"measured":"1000M"}]}""".formatted(today));
        Http.Response signed = provisioning.post(d + "/acceptance/signatures").auth(customer(GROUP))
                .body("{\"signedBy\":\"张工\"}").send();
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        provisioningStep(Department.GCD, d + "/acceptance/signatures", "{\"signedBy\":\"王经理\"}");
        provisioningStep(Department.GCD, d + "/acceptance/archive", null);

        assertThat(line.clock("adjustment.acceptance:" + change, "STOPPED").get("met").asBoolean()).isTrue();
        JsonNode completed = Http.eventually(CONSUMED, () -> {
            JsonNode f = form(form);
            return "COMPLETED".equals(f.path("status").asText()) ? f : null;
        });
        assertThat(completed.get("adjustment").get("changeFormId").asText()).isEqualTo(change);
        JsonNode after = circuit(circuit);
        assertThat(after.get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(after.get("openFormId").asText()).isEmpty();
    }

    /** Art. 16, 35: the customer declines the new form 1; the adjustment ends and the old circuit is untouched. */
    @Test
    void art35DeclinedAdjustmentEndsCleanly() {
        String circuit = known(line.activatedCircuit(GROUP, NAME, "AA"));
        String form = created(post(Department.GCD, "/api/adjustments", adjustment(circuit)));
        step(Department.CSSC, form, "acceptance", "{\"classification\":\"RE_ALLOCATION\"}", "ACCEPTED");
        String form1 = line.dispatchedForm1(GROUP, NAME, "AA", new String[] {circuit, form});
        String any = "{\"outcome\":\"AVAILABLE\"}";
        line.replied(form1, any, any, any, false);
        line.negotiated(form1, "DECLINED");
        JsonNode ended = Http.eventually(CONSUMED, () -> {
            JsonNode f = form(form);
            return "ENDED".equals(f.path("status").asText()) ? f : null;
        });
        assertThat(ended.get("adjustment").get("outcome").asText()).isEqualTo("CONFIRMATION_DECLINED");
        JsonNode untouched = circuit(circuit);
        assertThat(untouched.get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(untouched.get("openFormId").asText()).isEmpty();
        created(post(Department.GCD, "/api/stop-forms", stop("SUSPENSION", null, circuit)));
    }

    // ---- helpers

    /** The circuit once decommission-service has read its activation from provisioning's topic. */
    private static String known(String circuitId) {
        Http.eventually(CONSUMED, () -> {
            Http.Response r = decommission.get("/api/circuits/" + circuitId).auth(bearer(Department.GCD)).send();
            return r.status() == 200 ? r : null;
        });
        return circuitId;
    }

    /** fault-service once it has read the circuit's activation. */
    private static Http faultAware(String circuitId) {
        Http.eventually(CONSUMED, () -> {
            Http.Response r = fault.get("/api/circuits/" + circuitId).auth(bearer(Department.MON)).send();
            return r.status() == 200 ? r : null;
        });
        return fault;
    }

    private static String stop(String type, String openTicketReason, String... circuits) {
        return """
                {"requestType":"%s","circuitIds":["%s"],"reason":"客户申请","requestedDate":"%s"%s}"""
                .formatted(type, String.join("\",\"", circuits), InSaleLine.today().plusDays(3),
                        openTicketReason == null ? "" : ",\"openTicketReason\":\"" + openTicketReason + "\"");
    }

    private static String adjustment(String circuit) {
        return """
                {"circuitId":"%s","reason":"带宽由100M升级至1000M","requestedDate":"%s"}"""
                .formatted(circuit, InSaleLine.today().plusDays(30));
    }

    private static Http.Response post(Department department, String path, String body) {
        Http.Call call = decommission.post(path).auth(bearer(department));
        return (body == null ? call : call.body(body)).send();
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String formId = response.json().get("formId").asText();
        assertThat(formId).matches("SD-\\d{4}-\\d{6}");
        return formId;
    }

    private static void step(Department department, String form, String step, String body, String status) {
        stepAs(bearer(department), form, step, body, status);
    }

    private static void stepAs(String token, String form, String step, String body, String status) {
        Http.Call call = decommission.post("/api/stop-forms/" + form + "/" + step).auth(token);
        Http.Response response = (body == null ? call : call.body(body)).send();
        assertThat(response.status()).as("%s %s: %s", form, step, response.body()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).as(response.body()).isEqualTo(status);
    }

    private static void provisioningStep(Department department, String path, String body) {
        Http.Call call = provisioning.post(path).auth(bearer(department));
        Http.Response response = (body == null ? call : call.body(body)).send();
        assertThat(response.status()).as("%s: %s", path, response.body()).isIn(200, 201);
    }

    private static JsonNode form(String form) {
        Http.Response r = decommission.get("/api/stop-forms/" + form).auth(bearer(Department.GCD)).send();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode circuit(String circuitId) {
        Http.Response r = decommission.get("/api/circuits/" + circuitId).auth(bearer(Department.CSSC)).send();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The circuit's history once it shows an event of this name. */
    private static JsonNode historyShows(String circuitId, String event) {
        return Http.eventually(CONSUMED, () -> {
            Http.Response r = decommission.get(history(circuitId)).auth(bearer(Department.PND)).send();
            return r.status() == 200 && events(r.json()).contains(event) ? r.json() : null;
        });
    }

    /** The whole history of a circuit in one page. */
    private static String history(String circuitId) {
        return "/api/circuits/" + circuitId + "/history?limit=200";
    }

    private static List<JsonNode> entries(JsonNode history) {
        List<JsonNode> entries = new ArrayList<>();
        history.path("items").forEach(entries::add);
        return entries;
    }

    private static List<String> events(JsonNode history) {
        return entries(history).stream().map(entry -> entry.path("event").asText()).toList();
    }
}
