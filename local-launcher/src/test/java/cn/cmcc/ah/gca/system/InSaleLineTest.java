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
import java.util.List;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static cn.cmcc.ah.gca.support.test.TestTokens.customer;
import static cn.cmcc.ah.gca.system.InSaleLine.CHINA;
import static cn.cmcc.ah.gca.system.InSaleLine.d;
import static cn.cmcc.ah.gca.system.InSaleLine.ok;
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

    private static final String GROUP = "5510009876";
    private static final String NAME = "合肥某某数据有限公司";
    private static final String AVAILABLE = "{\"outcome\":\"AVAILABLE\"}";

    private static RunningServices services;
    private static Http provisioning;
    private static InSaleLine line;

    @BeforeAll
    static void start() {
        services = new RunningServices(TestInfrastructure.embedded().kafkaBootstrap());
        Http presale = RunningServices.http(services.start(PresaleServiceApplication.class,
                PresaleServiceApplication.NAME));
        provisioning = RunningServices.http(services.start(ProvisioningServiceApplication.class,
                ProvisioningServiceApplication.NAME));
        Http sla = RunningServices.http(services.start(SlaMonitorApplication.class, SlaMonitorApplication.NAME));
        line = new InSaleLine(presale, provisioning, sla);
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    /** Art. 18: every segment available — straight to the work orders. */
    @Test
    void art18EverythingAvailableFromFormOneToArchivedFormFour() {
        String form1 = line.confirmedForm1(GROUP, NAME, "AA", AVAILABLE, AVAILABLE, AVAILABLE, false);
        String form2 = line.dispatchAndAccept(form1, InSaleLine.today().plusDays(20));
        assertPath(form2, "AVAILABLE");
        line.clock("provisioning.activation:" + form2, "RUNNING");

        activateAndAccept(form2, List.of("RMU-CORE", "RMU-ACCESS"));
    }

    /** Art. 19: ENG builds by the planned in-service date, the RMUs register, then activation. */
    @Test
    void art19EngineeringBuildFromFormOneToArchivedFormFour() {
        String form1 = line.confirmedForm1(GROUP, NAME, "AA",
                "{\"outcome\":\"CORE_INSUFFICIENT\",\"note\":\"核心端口已满\"}", AVAILABLE, AVAILABLE, true);
        String form2 = line.dispatchAndAccept(form1, InSaleLine.today().plusDays(70));
        assertPath(form2, "ENGINEERING_BUILD");
        JsonNode build = line.clock("provisioning.engineering:" + form2 + ".P1", "RUNNING");
        assertThat(build.get("responsibleDepartment").asText()).isEqualTo("ENG");
        // the deadline is the close of the planned in-service date replied at confirmation (Art. 19)
        assertThat(build.get("deadline").asText())
                .isEqualTo(InSaleLine.today().plusDays(60).plusDays(1).atStartOfDay(CHINA).toInstant().toString());

        ok(provisioning.post(d(form2) + "/points/P1/engineering-completion-date").auth(bearer(Department.ENG))
                .body("{\"completionDate\":\"" + InSaleLine.today().plusDays(60) + "\"}"));
        // a work order before the build is in service and registered is out of order (Art. 19)
        assertThat(line.workOrder(form2, "CORE").status()).isEqualTo(409);
        ok(provisioning.post(d(form2) + "/points/P1/engineering-in-service").auth(bearer(Department.ENG))
                .body("{\"inServiceDate\":\"" + InSaleLine.today() + "\",\"note\":\"扩容板卡已上线\"}"));
        assertThat(line.clock("provisioning.engineering:" + form2 + ".P1", "STOPPED").get("met").asBoolean()).isTrue();
        ok(provisioning.post(d(form2) + "/points/P1/resource-registration").auth(bearer(Department.RMU))
                .body("{\"unit\":\"RMU-CORE\",\"resources\":\"CR02 新增端口 GE2/0/4\"}"));

        activateAndAccept(form2, List.of("RMU-CORE"));
    }

    /** Art. 20: CSSC's own last-mile project, registered, then allocated; blocked once on the way (Art. 22). */
    @Test
    void art20LastMileProjectWithABlockedConstructionFromFormOneToArchivedFormFour() {
        String form1 = line.confirmedForm1(GROUP, NAME, "AA", AVAILABLE, AVAILABLE,
                "{\"outcome\":\"LAST_MILE_OPTIMIZABLE\",\"readyDate\":\"" + InSaleLine.today().plusDays(7)
                        + "\",\"note\":\"需敷设入楼光缆\"}", false);
        String form2 = line.dispatchAndAccept(form1, InSaleLine.today().plusDays(20));
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
        line.clock("provisioning.activation:" + form2, "PAUSED");
        ok(provisioning.post(d(form2) + "/blocks/" + blockId + "/resumption").auth(bearer(Department.CSSC))
                .body("{\"note\":\"物业已同意\"}"));
        line.clock("provisioning.activation:" + form2, "RUNNING");

        ok(provisioning.post(d(form2) + "/points/P1/last-mile-project-completion").auth(bearer(Department.CSSC))
                .body("{\"note\":\"入楼光缆敷设完毕\"}"));
        ok(provisioning.post(d(form2) + "/points/P1/resource-registration").auth(bearer(Department.RMU))
                .body("{\"unit\":\"RMU-ACCESS\",\"resources\":\"OLT-SS-015 PON1/2/7 分光器 SP-88\"}"));
        ok(provisioning.post(d(form2) + "/points/P1/last-mile-allocation").auth(bearer(Department.CSSC))
                .body("{\"allocation\":\"OLT-SS-015 PON1/2/7\"}"));

        activateAndAccept(form2, List.of("RMU-ACCESS"));
    }

    // --- the shared part: work orders, activation, status changes, reply, form 4 ---

    private static void activateAndAccept(String form2, List<String> units) {
        String circuitId = line.activate(form2);
        assertThat(line.clock("provisioning.activation:" + form2, "STOPPED").get("met").asBoolean()).isTrue();
        line.clock("provisioning.status-info:" + form2, "RUNNING");
        line.clock("provisioning.acceptance:" + form2, "RUNNING");

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
        assertThat(line.clock("provisioning.status-info:" + form2, "STOPPED").get("met").asBoolean()).isTrue();
        for (String unit : units) {
            JsonNode change = line.clock("provisioning.status-change:" + form2 + "." + unit, "RUNNING");
            assertThat(change.get("responsibleDepartment").asText()).isEqualTo("RMU");
        }
        assertThat(provisioning.post(d(form2) + "/reply").auth(bearer(Department.CSSC))
                .body("{\"feedback\":\"已竣工\"}").send().status()).as("reply before the RMUs").isEqualTo(409);
        for (String unit : units) {
            ok(provisioning.post(d(form2) + "/status-changes/" + unit + "/confirmation").auth(bearer(Department.RMU))
                    .body("{\"note\":\"已变更为在用\"}"));
            assertThat(line.clock("provisioning.status-change:" + form2 + "." + unit, "STOPPED").get("met").asBoolean())
                    .isTrue();
        }
        ok(provisioning.post(d(form2) + "/reply").auth(bearer(Department.CSSC))
                .body("{\"feedback\":\"专线已开通，业务编号 " + circuitId + "\"}"));

        ok(provisioning.post(d(form2) + "/acceptance").auth(bearer(Department.GCD))
                .body("{\"acceptanceDate\":\"" + InSaleLine.today() + "\",\"participants\":[\"客户代表 张工\",\"客户经理 王经理\","
                        + "\"CSSC 赵工\"],\"tests\":[{\"item\":\"带宽测试\",\"passed\":true,\"measured\":\"100M\"}]}"));
        assertThat(provisioning.post(d(form2) + "/acceptance/signatures").auth(customer("5510000001"))
                .body("{\"signedBy\":\"李四\"}").send().status()).as("another customer").isEqualTo(404);
        ok(provisioning.post(d(form2) + "/acceptance/signatures").auth(customer(GROUP))
                .body("{\"signedBy\":\"张工\"}"));
        line.clock("provisioning.acceptance:" + form2, "RUNNING");
        ok(provisioning.post(d(form2) + "/acceptance/signatures").auth(bearer(Department.GCD))
                .body("{\"signedBy\":\"王经理\"}"));
        assertThat(line.clock("provisioning.acceptance:" + form2, "STOPPED").get("met").asBoolean()).isTrue();
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

    private static void assertPath(String form2, String path) {
        JsonNode form = Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = provisioning.get(d(form2)).auth(bearer(Department.CSSC)).send();
            return r.status() == 200 ? r.json() : null;
        });
        assertThat(form.at("/points/0/path").asText()).isEqualTo(path);
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]")
                .orElse("[]");
    }
}
