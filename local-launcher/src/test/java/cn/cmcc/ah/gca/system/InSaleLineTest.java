package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.events.Department;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static cn.cmcc.ah.gca.support.test.TestTokens.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line from a confirmed form 1 to an archived form 4, across three running services: presale-service confirms the
 * form 1 over REST and publishes it on gca.presale.events; provisioning-service learns it from that topic alone and
 * takes the form 2 through the Art. 18, 19 or 20 path, form 3 work orders, activation with circuit ids, the status
 * change information and the RMUs' confirmations, the reply and form 4 (Art. 17–23); sla-monitor runs the
 * provisioning clocks from gca.provisioning.events — started, paused by a co-signed blocked-construction record
 * (Art. 22) and stopped.
 */
class InSaleLineTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String GROUP = "5510009876";

    private static RunningServices services;
    private static Http presale;
    private static Http provisioning;
    private static Http sla;

    @BeforeAll
    static void start() {
        services = new RunningServices(TestInfrastructure.embedded().kafkaBootstrap());
        presale = RunningServices.http(services.start(PresaleServiceApplication.class, PresaleServiceApplication.NAME));
        provisioning = RunningServices.http(services.start(ProvisioningServiceApplication.class,
                ProvisioningServiceApplication.NAME));
        sla = RunningServices.http(services.start(SlaMonitorApplication.class, SlaMonitorApplication.NAME));
        Http.Response product = presale.post("/api/products").auth(bearer(Department.ADMIN))
                .body("{\"productCode\":\"DPL\",\"name\":\"数据专线\",\"mature\":true}").send();
        assertThat(product.status()).as(product.body()).isIn(201, 409);
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** Art. 18: every segment available — straight to the work orders. */
    @Test
    void art18EverythingAvailableFromFormOneToArchivedFormFour() {
        String form1 = confirmedForm1("{\"outcome\":\"AVAILABLE\"}", "{\"outcome\":\"AVAILABLE\"}",
                "{\"outcome\":\"AVAILABLE\"}", false);
        String form2 = dispatchAndAccept(form1, today().plusDays(20));
        assertPath(form2, "AVAILABLE");
        clock("provisioning.activation:" + form2, "RUNNING");

        activateAndAccept(form2, List.of("RMU-CORE", "RMU-ACCESS"));
    }

    /** Art. 19: ENG builds by the planned in-service date, the RMUs register, then activation. */
    @Test
    void art19EngineeringBuildFromFormOneToArchivedFormFour() {
        String form1 = confirmedForm1("{\"outcome\":\"CORE_INSUFFICIENT\",\"note\":\"核心端口已满\"}",
                "{\"outcome\":\"AVAILABLE\"}", "{\"outcome\":\"AVAILABLE\"}", true);
        String form2 = dispatchAndAccept(form1, today().plusDays(70));
        assertPath(form2, "ENGINEERING_BUILD");
        JsonNode build = clock("provisioning.engineering:" + form2 + ".P1", "RUNNING");
        assertThat(build.get("responsibleDepartment").asText()).isEqualTo("ENG");
        // the deadline is the close of the planned in-service date replied at confirmation (Art. 19)
        assertThat(build.get("deadline").asText())
                .isEqualTo(today().plusDays(60).plusDays(1).atStartOfDay(CHINA).toInstant().toString());

        ok(provisioning.post(d(form2) + "/points/P1/engineering-completion-date").auth(bearer(Department.ENG))
                .body("{\"completionDate\":\"" + today().plusDays(60) + "\"}"));
        // a work order before the build is in service and registered is out of order (Art. 19)
        assertThat(workOrder(form2, "CORE").status()).isEqualTo(409);
        ok(provisioning.post(d(form2) + "/points/P1/engineering-in-service").auth(bearer(Department.ENG))
                .body("{\"inServiceDate\":\"" + today() + "\",\"note\":\"扩容板卡已上线\"}"));
        assertThat(clock("provisioning.engineering:" + form2 + ".P1", "STOPPED").get("met").asBoolean()).isTrue();
        ok(provisioning.post(d(form2) + "/points/P1/resource-registration").auth(bearer(Department.RMU))
                .body("{\"unit\":\"RMU-CORE\",\"resources\":\"CR02 新增端口 GE2/0/4\"}"));

        activateAndAccept(form2, List.of("RMU-CORE"));
    }

    /** Art. 20: CSSC's own last-mile project, registered, then allocated; blocked once on the way (Art. 22). */
    @Test
    void art20LastMileProjectWithABlockedConstructionFromFormOneToArchivedFormFour() {
        String form1 = confirmedForm1("{\"outcome\":\"AVAILABLE\"}", "{\"outcome\":\"AVAILABLE\"}",
                "{\"outcome\":\"LAST_MILE_OPTIMIZABLE\",\"readyDate\":\"" + today().plusDays(7)
                        + "\",\"note\":\"需敷设入楼光缆\"}", false);
        String form2 = dispatchAndAccept(form1, today().plusDays(20));
        assertPath(form2, "LAST_MILE_PROJECT");

        // Art. 22: blocked; the record co-signed by GCD pauses the activation clock until CSSC resumes
        Http.Response block = provisioning.post(d(form2) + "/blocks").auth(bearer(Department.CSSC))
                .body("{\"pointId\":\"P1\",\"reason\":\"物业不允许入楼施工\"}").send();
        assertThat(block.status()).as(block.body()).isEqualTo(201);
        String blockId = block.json().get("itemId").asText();
        ok(provisioning.post(d(form2) + "/blocks/" + blockId + "/record").auth(bearer(Department.CSSC))
                .body("{\"agreedHandling\":\"客户协调物业后继续施工\",\"activationResult\":\"暂未开通\","
                        + "\"decision\":\"CONTINUE\"}"));
        assertThat(provisioning.post(d(form2) + "/blocks/" + blockId + "/co-signature")
                .auth(bearer(Department.CSSC)).send().status()).as("CSSC cannot co-sign for GCD").isEqualTo(403);
        ok(provisioning.post(d(form2) + "/blocks/" + blockId + "/co-signature").auth(bearer(Department.GCD)));
        clock("provisioning.activation:" + form2, "PAUSED");
        ok(provisioning.post(d(form2) + "/blocks/" + blockId + "/resumption").auth(bearer(Department.CSSC))
                .body("{\"note\":\"物业已同意\"}"));
        clock("provisioning.activation:" + form2, "RUNNING");

        ok(provisioning.post(d(form2) + "/points/P1/last-mile-project-completion").auth(bearer(Department.CSSC))
                .body("{\"note\":\"入楼光缆敷设完毕\"}"));
        ok(provisioning.post(d(form2) + "/points/P1/resource-registration").auth(bearer(Department.RMU))
                .body("{\"unit\":\"RMU-ACCESS\",\"resources\":\"OLT-SS-015 PON1/2/7 分光器 SP-88\"}"));
        ok(provisioning.post(d(form2) + "/points/P1/last-mile-allocation").auth(bearer(Department.CSSC))
                .body("{\"allocation\":\"OLT-SS-015 PON1/2/7\"}"));

        activateAndAccept(form2, List.of("RMU-ACCESS"));
    }

    // --- the shared part: work orders, activation, status changes, reply, form 4 ---

    private void activateAndAccept(String form2, List<String> units) {
        List<String> orders = new ArrayList<>();
        for (String target : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE", "CUSTOMER_SIDE")) {
            Http.Response issued = workOrder(form2, target);
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            orders.add(issued.json().get("itemId").asText());
        }
        assertThat(orders).containsExactly(form2 + "-W01", form2 + "-W02", form2 + "-W03", form2 + "-W04");
        // a form 2 cannot complete while a work order is open (Art. 21)
        assertThat(provisioning.post(d(form2) + "/activation").auth(bearer(Department.CSSC)).send().status())
                .isEqualTo(409);
        for (String order : orders) {
            ok(provisioning.post(d(form2) + "/work-orders/" + order + "/completion").auth(bearer(Department.CSSC))
                    .body("{\"actualDate\":\"" + today() + "\",\"result\":\"开通正常\"}"));
        }
        Http.Response activated = provisioning.post(d(form2) + "/activation").auth(bearer(Department.CSSC)).send();
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        String circuitId = activated.json().get("circuits").get(0).get("circuitId").asText();
        assertThat(circuitId).matches("CL-\\d{4}-\\d{6}");
        assertThat(clock("provisioning.activation:" + form2, "STOPPED").get("met").asBoolean()).isTrue();
        clock("provisioning.status-info:" + form2, "RUNNING");
        clock("provisioning.acceptance:" + form2, "RUNNING");

        // the circuit, as fault and decommission will see it: in service, with the customer's service level
        JsonNode circuit = Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = provisioning.get("/api/circuits/" + circuitId).auth(customer(GROUP)).send();
            return r.status() == 200 ? r.json() : null;
        });
        assertThat(circuit.get("status").asText()).isEqualTo("IN_SERVICE");
        assertThat(circuit.at("/customer/groupId").asText()).isEqualTo(GROUP);
        assertThat(circuit.at("/customer/serviceLevel").asText()).isEqualTo("AA");
        assertThat(circuit.get("demandFormId").asText()).isEqualTo(form2);

        ok(provisioning.post(d(form2) + "/status-change-info").auth(bearer(Department.CSSC))
                .body("{\"units\":" + json(units) + ",\"details\":\"专线 " + circuitId + " 资源置为在用\"}"));
        assertThat(clock("provisioning.status-info:" + form2, "STOPPED").get("met").asBoolean()).isTrue();
        for (String unit : units) {
            JsonNode change = clock("provisioning.status-change:" + form2 + "." + unit, "RUNNING");
            assertThat(change.get("responsibleDepartment").asText()).isEqualTo("RMU");
        }
        assertThat(provisioning.post(d(form2) + "/reply").auth(bearer(Department.CSSC))
                .body("{\"feedback\":\"已竣工\"}").send().status()).as("reply before the RMUs").isEqualTo(409);
        for (String unit : units) {
            ok(provisioning.post(d(form2) + "/status-changes/" + unit + "/confirmation").auth(bearer(Department.RMU))
                    .body("{\"note\":\"已变更为在用\"}"));
            assertThat(clock("provisioning.status-change:" + form2 + "." + unit, "STOPPED").get("met").asBoolean())
                    .isTrue();
        }
        ok(provisioning.post(d(form2) + "/reply").auth(bearer(Department.CSSC))
                .body("{\"feedback\":\"专线已开通，业务编号 " + circuitId + "\"}"));

        ok(provisioning.post(d(form2) + "/acceptance").auth(bearer(Department.GCD))
                .body("{\"acceptanceDate\":\"" + today() + "\",\"participants\":[\"客户代表 张工\",\"客户经理 王经理\","
                        + "\"CSSC 赵工\"],\"tests\":[{\"item\":\"带宽测试\",\"passed\":true,\"measured\":\"100M\"}]}"));
        assertThat(provisioning.post(d(form2) + "/acceptance/signatures").auth(customer("5510000001"))
                .body("{\"signedBy\":\"李四\"}").send().status()).as("another customer").isEqualTo(404);
        ok(provisioning.post(d(form2) + "/acceptance/signatures").auth(customer(GROUP))
                .body("{\"signedBy\":\"张工\"}"));
        clock("provisioning.acceptance:" + form2, "RUNNING");
        ok(provisioning.post(d(form2) + "/acceptance/signatures").auth(bearer(Department.GCD))
                .body("{\"signedBy\":\"王经理\"}"));
        assertThat(clock("provisioning.acceptance:" + form2, "STOPPED").get("met").asBoolean()).isTrue();
        Http.Response archived = provisioning.post(d(form2) + "/acceptance/archive").auth(bearer(Department.GCD)).send();
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(archived.json().get("archiveNumber").asText()).matches("AA-\\d{4}-\\d{6}");

        JsonNode done = Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = provisioning.get(d(form2)).auth(bearer(Department.GCD)).send();
            return r.status() == 200 && "ARCHIVED".equals(r.json().path("status").asText()) ? r.json() : null;
        });
        assertThat(done.at("/circuits/0/circuitId").asText()).isEqualTo(circuitId);
        assertThat(done.at("/acceptance/archiveNumber").asText()).isEqualTo(archived.json().get("archiveNumber").asText());
    }

    // --- presale: a form 1 confirmed over REST, its events on gca.presale.events ---

    private static String confirmedForm1(String core, String backbone, String lastMile, boolean engineering) {
        Http.Response dispatched = presale.post("/api/forms").auth(bearer(Department.GCD)).body("""
                {"customer":{"groupId":"%s","name":"合肥某某数据有限公司","serviceLevel":"AA"},
                 "productCode":"DPL","bandwidthMbps":100,"requestedDate":"%s",
                 "accountManager":"王经理 13900000000","contact":"张工 13800000000",
                 "accessPoints":[{"address":"合肥市蜀山区长江西路689号","district":"蜀山区"}]}"""
                .formatted(GROUP, today().plusDays(30))).send();
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(201);
        String form1 = dispatched.json().get("formId").asText();
        String f = "/api/forms/" + form1;
        ok(presale.post(f + "/receipt").auth(bearer(Department.CSSC)));
        ok(presale.post(f + "/points/P1/segments/CORE/assessment").auth(bearer(Department.CSSC)).body(core));
        ok(presale.post(f + "/points/P1/segments/ACCESS_BACKBONE/assessment").auth(bearer(Department.CSSC))
                .body(backbone));
        ok(presale.post(f + "/points/P1/segments/LAST_MILE/assessment").auth(bearer(Department.CSSC)).body(lastMile));
        if (engineering) {
            ok(presale.post(f + "/points/P1/engineering-reply").auth(bearer(Department.ENG))
                    .body("{\"projectApproved\":true,\"plannedInServiceDate\":\"" + today().plusDays(60)
                            + "\",\"remarks\":\"纳入扩容工程\"}"));
        }
        ok(presale.post(f + "/reply").auth(bearer(Department.CSSC)).body("""
                {"solutionSummary":"经蜀山汇聚机房OLT接入，上联核心CR01","solutionLines":[
                 {"pointId":"P1","segment":"CORE","route":"蜀山核心CR01","equipmentPort":"CR01-GE1/0/1","bandwidthMbps":100},
                 {"pointId":"P1","segment":"ACCESS_BACKBONE","route":"蜀山汇聚AG03","equipmentPort":"AG03-GE0/0/9","bandwidthMbps":100},
                 {"pointId":"P1","segment":"LAST_MILE","route":"OLT-SS-015","equipmentPort":"PON1/2/7","bandwidthMbps":100}]}"""));
        ok(presale.post(f + "/negotiation").auth(bearer(Department.GCD))
                .body("{\"outcome\":\"ACCEPTED\",\"note\":\"客户确认方案\"}"));
        return form1;
    }

    /** GCD dispatches the form 2 once provisioning has read the accepted form 1 from the topic; CSSC accepts it. */
    private static String dispatchAndAccept(String form1, LocalDate plannedActivation) {
        Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = provisioning.get("/api/confirmation-forms/" + form1).auth(bearer(Department.GCD)).send();
            return r.status() == 200 && "ACCEPTED".equals(r.json().path("status").asText()) ? r : null;
        });
        Http.Response dispatched = provisioning.post("/api/demands").auth(bearer(Department.GCD))
                .body("{\"confirmationFormId\":\"" + form1 + "\",\"remarks\":\"按方案开通\"}").send();
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(201);
        String form2 = dispatched.json().get("formId").asText();
        assertThat(form2).isEqualTo("RD-" + form1.substring(3));
        Http.Response again = provisioning.post("/api/demands").auth(bearer(Department.GCD))
                .body("{\"confirmationFormId\":\"" + form1 + "\"}").send();
        assertThat(again.status()).as("a form 1 is the basis of one form 2: %s", again.body()).isEqualTo(422);

        ok(provisioning.post(d(form2) + "/receipt").auth(bearer(Department.CSSC)).body("""
                {"plannedActivationDate":"%s","resourceApplication":"核心及接入主干端口申请已提交",
                 "lastMileScheduling":"末端施工已派单调度"}""".formatted(plannedActivation)));
        return form2;
    }

    private static void assertPath(String form2, String path) {
        JsonNode form = Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = provisioning.get(d(form2)).auth(bearer(Department.CSSC)).send();
            return r.status() == 200 ? r.json() : null;
        });
        assertThat(form.at("/points/0/path").asText()).isEqualTo(path);
    }

    private static Http.Response workOrder(String form2, String target) {
        return provisioning.post(d(form2) + "/work-orders").auth(bearer(Department.CSSC)).body("""
                {"pointId":"P1","target":"%s","assigneeUnit":"蜀山区域维护中心","plannedDate":"%s"}"""
                .formatted(target, today().plusDays(5))).send();
    }

    private static JsonNode clock(String clockId, String state) {
        return Http.eventually(Duration.ofSeconds(60), () -> {
            Http.Response r = sla.get("/api/clocks/" + clockId).auth(bearer(Department.PND)).send();
            return r.status() == 200 && state.equals(r.json().get("state").asText()) ? r.json() : null;
        });
    }

    private static void ok(Http.Call call) {
        Http.Response response = call.send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static String d(String form2) {
        return "/api/demands/" + form2;
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]")
                .orElse("[]");
    }
}
