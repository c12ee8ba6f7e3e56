package cn.cmcc.ah.gca.system;

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
import java.time.Instant;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static cn.cmcc.ah.gca.support.test.TestTokens.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault tickets on real circuits, across four running services: presale-service and provisioning-service activate
 * the circuits (Art. 8–21), fault-service learns them from gca.provisioning.events alone — customer and service level
 * included — and takes tickets through the Art. 27, 29 and 30–31 paths to MON's archive (Art. 24–25), with a
 * customer's rejection and a failed quality check on the way; sla-monitor runs fault.acceptance and fault.restoration
 * from gca.fault.events (stopped on the repair reply, running again on the reopening).
 */
class FaultLineTest {

    private static final String AA_GROUP = "5510007001";
    private static final String AAA_GROUP = "5510007002";
    private static final String STANDARD_GROUP = "5510007003";

    private static RunningServices services;
    private static Http fault;
    private static InSaleLine line;
    private static String aaCircuit;
    private static String aaaCircuit;
    private static String standardCircuit;

    @BeforeAll
    static void start() {
        services = new RunningServices(TestInfrastructure.embedded().kafkaBootstrap());
        Http presale = RunningServices.http(services.start(PresaleServiceApplication.class,
                PresaleServiceApplication.NAME));
        Http provisioning = RunningServices.http(services.start(ProvisioningServiceApplication.class,
                ProvisioningServiceApplication.NAME));
        fault = RunningServices.http(services.start(FaultServiceApplication.class, FaultServiceApplication.NAME));
        Http sla = RunningServices.http(services.start(SlaMonitorApplication.class, SlaMonitorApplication.NAME));
        line = new InSaleLine(presale, provisioning, sla);
        aaCircuit = line.activatedCircuit(AA_GROUP, "合肥某某制造有限公司", "AA");
        aaaCircuit = line.activatedCircuit(AAA_GROUP, "安徽某某银行股份有限公司", "AAA");
        standardCircuit = line.activatedCircuit(STANDARD_GROUP, "合肥某某商贸有限公司", "STANDARD");
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    /** Art. 27: not a core-network fault, CSSC repairs it; MON's quality check sends the first reply back. */
    @Test
    void art27CsscRepairsWithAFailedQualityCheckToArchive() {
        String ticket = reported(aaCircuit, bearer(Department.CALL_CENTER), "CALL_CENTER");
        JsonNode acceptance = line.clock("fault.acceptance:" + ticket, "RUNNING");
        assertThat(acceptance.get("responsibleDepartment").asText()).isEqualTo("MON");
        JsonNode restoration = line.clock("fault.restoration:" + ticket, "RUNNING");
        assertThat(restoration.get("serviceLevel").asText()).as("the level provisioning activated it with")
                .isEqualTo("AA");
        assertThat(hoursToDeadline(restoration)).as("AA: 6 h").isEqualTo(6);

        step(ticket, "acceptance", Department.MON, null);
        assertThat(line.clock("fault.acceptance:" + ticket, "STOPPED").get("met").asBoolean()).isTrue();
        step(ticket, "dispatch", Department.MON, "{\"note\":\"客户反映专线中断\"}");
        step(ticket, "diagnosis", Department.CSSC, "{\"coreNetwork\":false,\"reasoning\":\"核心侧告警正常，末端光猫掉电\"}");
        step(ticket, "repair", Department.CSSC, "{\"cause\":\"末端光猫电源适配器损坏\",\"action\":\"更换电源适配器\"}");
        assertThat(line.clock("fault.restoration:" + ticket, "STOPPED").get("met").asBoolean()).isTrue();
        stepAs(ticket, "clearance", customer(AA_GROUP), "{\"cleared\":true,\"note\":\"业务已恢复\"}");
        step(ticket, "reply", Department.CSSC, "{\"summary\":\"末端电源故障，已更换，客户确认恢复\"}");
        step(ticket, "quality-check", Department.MON, "{\"passed\":false,\"findings\":\"回复未写明故障历时\"}");
        assertThat(ticketAs(ticket, bearer(Department.CSSC)).get("status").asText()).isEqualTo("CLEARED");
        step(ticket, "reply", Department.CSSC, "{\"summary\":\"末端电源故障，历时1小时，已更换，客户确认恢复\"}");
        step(ticket, "quality-check", Department.MON, "{\"passed\":true}");
        step(ticket, "archive", Department.MON, null);

        JsonNode archived = ticketAs(ticket, bearer(Department.MON));
        assertThat(archived.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.get("history")).as("one entry per step, the second reply and check included").hasSize(11);
    }

    /** Art. 28–29: a local core-network fault; the customer rejects the first repair and the ticket reopens at OMT. */
    @Test
    void art29LocalCoreRepairRejectedByTheCustomerOnceToArchive() {
        String ticket = reported(aaCircuit, bearer(Department.GCD), "ACCOUNT_MANAGER");
        acceptAndDispatch(ticket);
        step(ticket, "diagnosis", Department.CSSC, "{\"coreNetwork\":true,\"reasoning\":\"CR01 上联端口大量丢包\"}");
        assertThat(ticketAs(ticket, bearer(Department.OMT)).get("holder").asText()).isEqualTo("OMT");
        step(ticket, "repair", Department.OMT, "{\"cause\":\"CR01 GE1/0/1 光模块老化\",\"action\":\"更换光模块\"}");
        JsonNode first = line.clock("fault.restoration:" + ticket, "STOPPED");
        assertThat(first.get("met").asBoolean()).isTrue();

        stepAs(ticket, "clearance", customer(AA_GROUP), "{\"cleared\":false,\"reason\":\"仍有间歇性丢包\"}");
        JsonNode reopened = ticketAs(ticket, bearer(Department.OMT));
        assertThat(reopened.get("status").asText()).isEqualTo("REPAIRING");
        assertThat(reopened.get("holder").asText()).as("reopened at the level that replied").isEqualTo("OMT");
        line.clock("fault.restoration:" + ticket, "RUNNING");

        step(ticket, "repair", Department.OMT, "{\"cause\":\"CR01 背板接口松动\",\"action\":\"重新插拔并紧固\"}");
        assertThat(line.clock("fault.restoration:" + ticket, "STOPPED").get("met").asBoolean()).isTrue();
        step(ticket, "clearance", Department.CSSC, "{\"cleared\":true,\"note\":\"客户电话确认恢复\"}");
        replyCheckAndArchive(ticket);
    }

    /** Art. 30–31: OMT judges it a provincial core-network fault and escalates to PND, which repairs it. */
    @Test
    void art30And31ProvincialCoreRepairedByPndToArchive() {
        String ticket = reported(aaCircuit, bearer(Department.CALL_CENTER), "CALL_CENTER");
        acceptAndDispatch(ticket);
        step(ticket, "diagnosis", Department.CSSC, "{\"coreNetwork\":true,\"reasoning\":\"省干链路告警\"}");
        assertThat(post(ticket, "repair", bearer(Department.PND), "{\"cause\":\"x\",\"action\":\"y\"}").status())
                .as("PND does not hold it yet").isEqualTo(403);
        step(ticket, "escalation", Department.OMT, "{\"reason\":\"合肥至芜湖省干光缆中断，属省级核心网\"}");
        assertThat(ticketAs(ticket, bearer(Department.PND)).get("holder").asText()).isEqualTo("PND");
        step(ticket, "repair", Department.PND, "{\"cause\":\"省干光缆被挖断\",\"action\":\"抢通备用纤芯\"}");
        JsonNode restoration = line.clock("fault.restoration:" + ticket, "STOPPED");
        assertThat(restoration.get("met").asBoolean()).isTrue();
        assertThat(restoration.get("responsibleDepartment").asText())
                .as("the clock followed the ticket: MON, CSSC, OMT, then PND, which replied the repair").isEqualTo("PND");
        assertThat(restoration.get("handOverCount").asInt()).isEqualTo(3);
        stepAs(ticket, "clearance", customer(AA_GROUP), "{\"cleared\":true}");
        replyCheckAndArchive(ticket);

        JsonNode archived = ticketAs(ticket, bearer(Department.MON));
        assertThat(archived.at("/levelChanges/0/from").asText() + "→" + archived.at("/levelChanges/0/to").asText()
                + "," + archived.at("/levelChanges/1/from").asText() + "→" + archived.at("/levelChanges/1/to").asText())
                .as("every change of level, in order").isEqualTo("CSSC→OMT,OMT→PND");
        assertThat(archived.at("/repair/repairedBy").asText()).isEqualTo("PND");
    }

    /** Art. 24: an important (AAA) customer reports directly to CSSC; MON still quality-checks and archives. */
    @Test
    void anImportantCustomersDirectReportGoesToCsscAndIsStillArchivedByMon() {
        String ticket = reported(aaaCircuit, customer(AAA_GROUP), "CUSTOMER_DIRECT");
        JsonNode acceptance = line.clock("fault.acceptance:" + ticket, "RUNNING");
        assertThat(acceptance.get("responsibleDepartment").asText()).isEqualTo("CSSC");
        assertThat(hoursToDeadline(line.clock("fault.restoration:" + ticket, "RUNNING"))).as("AAA: 4 h")
                .isEqualTo(4);
        assertThat(post(ticket, "acceptance", bearer(Department.MON), null).status()).isEqualTo(403);
        step(ticket, "acceptance", Department.CSSC, null);
        assertThat(line.clock("fault.acceptance:" + ticket, "STOPPED").get("met").asBoolean()).isTrue();
        step(ticket, "diagnosis", Department.CSSC, "{\"coreNetwork\":false,\"reasoning\":\"末端尾纤弯折\"}");
        step(ticket, "repair", Department.CSSC, "{\"cause\":\"尾纤弯折\",\"action\":\"更换尾纤\"}");
        stepAs(ticket, "clearance", customer(AAA_GROUP), "{\"cleared\":true}");
        replyCheckAndArchive(ticket);
    }

    /** Art. 24: an ordinary customer is told to call 10086 or its account manager; nothing is raised. */
    @Test
    void anOrdinaryCustomerCannotReportDirectlyAndAnUnknownCircuitIsRefused() {
        awaitCircuit(standardCircuit);
        Http.Response refused = fault.post("/api/faults").auth(customer(STANDARD_GROUP))
                .body(report(standardCircuit)).send();
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("10086");

        Http.Response unknown = fault.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                .body(report("CL-2026-999999")).send();
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("code").asText()).isEqualTo("fault-circuit-unknown");

        Http.Response othersCircuit = fault.post("/api/faults").auth(customer(AAA_GROUP))
                .body(report(aaCircuit)).send();
        assertThat(othersCircuit.status()).as("not told that another customer's circuit exists").isEqualTo(422);
        assertThat(othersCircuit.json().get("code").asText()).isEqualTo("fault-circuit-unknown");
    }

    // --- steps ---

    private static String reported(String circuitId, String token, String channel) {
        awaitCircuit(circuitId);
        Http.Response reported = fault.post("/api/faults").auth(token).body(report(circuitId)).send();
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String ticket = reported.json().get("ticketId").asText();
        assertThat(ticket).matches("FT-\\d{4}-\\d{6}");
        assertThat(ticketAs(ticket, bearer(Department.MON)).get("channel").asText()).isEqualTo(channel);
        return ticket;
    }

    /** fault-service knows the circuit once it has read provisioning's CircuitActivated from the topic. */
    private static void awaitCircuit(String circuitId) {
        Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = fault.get("/api/circuits/" + circuitId).auth(bearer(Department.MON)).send();
            return r.status() == 200 ? r : null;
        });
    }

    private static String report(String circuitId) {
        return """
                {"circuitId":"%s","symptom":"专线中断，无法访问总部业务系统",
                 "contact":{"name":"张建国","phone":"13805511234"}}""".formatted(circuitId);
    }

    private static void acceptAndDispatch(String ticket) {
        step(ticket, "acceptance", Department.MON, null);
        step(ticket, "dispatch", Department.MON, null);
    }

    private static void replyCheckAndArchive(String ticket) {
        step(ticket, "reply", Department.CSSC, "{\"summary\":\"故障已排除，客户确认恢复\"}");
        step(ticket, "quality-check", Department.MON, "{\"passed\":true}");
        step(ticket, "archive", Department.MON, null);
        assertThat(ticketAs(ticket, bearer(Department.MON)).get("status").asText()).isEqualTo("ARCHIVED");
    }

    private static void step(String ticket, String step, Department department, String body) {
        stepAs(ticket, step, bearer(department), body);
    }

    private static void stepAs(String ticket, String step, String token, String body) {
        Http.Response response = post(ticket, step, token, body);
        assertThat(response.status()).as("%s of %s: %s", step, ticket, response.body()).isEqualTo(200);
    }

    private static Http.Response post(String ticket, String step, String token, String body) {
        Http.Call call = fault.post("/api/faults/" + ticket + "/" + step).auth(token);
        return (body == null ? call : call.body(body)).send();
    }

    private static JsonNode ticketAs(String ticket, String token) {
        Http.Response r = fault.get("/api/faults/" + ticket).auth(token).send();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static long hoursToDeadline(JsonNode clock) {
        return Duration.between(Instant.parse(clock.get("startedAt").asText()),
                Instant.parse(clock.get("deadline").asText())).toHours();
    }
}
