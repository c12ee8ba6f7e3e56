package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.Demand;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RawHttp;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-sale API tried as a hostile caller would: every bad input gets a 4xx problem+json, and changes nothing — the
 * form 2's history (and so its event stream) is the same before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,provisioning-service")
class HostileCallerTest {

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

    private static String cut(String body) {
        return body == null ? "<no body>" : body.length() > 300 ? body.substring(0, 300) : body;
    }

    /** POSTs each body to {@code path} as {@code department}: each a 4xx problem+json; the form is unchanged. */
    private void assertRefusedWithoutTrace(Demand demand, Department department, String path, int status,
                                           String field, List<String> bodies) {
        JsonNode before = api.form(demand);
        for (String body : bodies) {
            Http.Response refused = api.post(department, path, body);
            assertThat(refused.status()).as(cut(body) + " -> " + cut(refused.body())).isEqualTo(status);
            assertThat(refused.header("Content-Type")).as(cut(body)).startsWith("application/problem+json");
            if (field != null) {
                assertThat(refused.json().get("errors").findValuesAsText("field")).as(refused.body())
                        .anyMatch(named -> named.equals(field) || named.startsWith(field + "["));
            }
        }
        JsonNode after = api.form(demand);
        assertThat(after.get("history")).as("nothing happened to the form").isEqualTo(before.get("history"));
        assertThat(after.get("status")).isEqualTo(before.get("status"));
    }

    private static String workOrder() {
        return ProvisioningClient.workOrderBody("CORE");
    }

    @Test
    void enumsAreTakenByNameOnly_anOrdinalIs400() {
        Demand demand = api.accepted();
        assertRefusedWithoutTrace(demand, Department.CSSC, demand.path() + "/work-orders", 400, "target", List.of(
                workOrder().replace("\"target\":\"CORE\"", "\"target\":0"),
                workOrder().replace("\"target\":\"CORE\"", "\"target\":\"core\""),
                workOrder().replace("\"target\":\"CORE\"", "\"target\":\"EVERYTHING\""),
                workOrder().replace("\"target\":\"CORE\"", "\"target\":null"),
                workOrder().replace("\"target\":\"CORE\"", "\"target\":[\"CORE\"]")));
        Http.Response ordinal = api.post(Department.CSSC, demand.path() + "/work-orders",
                workOrder().replace("\"target\":\"CORE\"", "\"target\":0"));
        assertThat(ordinal.json().get("detail").asText()).contains("target", "CORE", "CUSTOMER_SIDE");

        Demand blocked = api.blocked();
        String record = ProvisioningClient.BLOCK_RECORD_BODY;
        assertRefusedWithoutTrace(blocked, Department.CSSC, blocked.path() + "/blocks/" + blocked.blockId()
                + "/record", 400, "decision", List.of(
                record.replace("\"decision\":\"CONTINUE\"", "\"decision\":1"),
                record.replace("\"decision\":\"CONTINUE\"", "\"decision\":\"continue\""),
                record.replace(",\"decision\":\"CONTINUE\"", "")));
    }

    @Test
    void datesBooleansAndTypesAreReadStrictly() {
        Demand demand = api.dispatched();
        String accept = ProvisioningClient.acceptBody(today().plusDays(20));
        String date = "\"plannedActivationDate\":\"" + today().plusDays(20) + "\"";
        assertRefusedWithoutTrace(demand, Department.CSSC, demand.path() + "/receipt", 400, "plannedActivationDate",
                List.of(accept.replace(date, "\"plannedActivationDate\":20270301"),
                        accept.replace(date, "\"plannedActivationDate\":\"2027-02-30\""),
                        accept.replace(date, "\"plannedActivationDate\":\"+99999-01-01\""),
                        accept.replace(date, "\"plannedActivationDate\":\"3000-01-01\""),
                        accept.replace(date, "\"plannedActivationDate\":\"2027/03/01\"")));
        assertRefusedWithoutTrace(demand, Department.CSSC, demand.path() + "/receipt", 400, "resourceApplication",
                List.of(accept.replace("\"核心及接入主干端口申请已提交\"", "42"),
                        accept.replace("\"核心及接入主干端口申请已提交\"", "{\"text\":\"x\"}"),
                        accept.replace("\"核心及接入主干端口申请已提交\"", "\"   \"")));

        Demand replied = api.replied();
        String acceptance = ProvisioningClient.acceptanceBody();
        assertRefusedWithoutTrace(replied, Department.GCD, replied.path() + "/acceptance", 400, null, List.of(
                acceptance.replace("\"passed\":true", "\"passed\":\"yes\""),
                acceptance.replace("\"passed\":true", "\"passed\":1"),
                acceptance.replace("\"passed\":true", "\"passed\":null"),
                acceptance.replace("\"participants\":[\"客户代表 张工\",\"客户经理 王经理\"]", "\"participants\":[]"),
                acceptance.replace("\"participants\":[\"客户代表 张工\",\"客户经理 王经理\"]",
                        "\"participants\":\"客户代表 张工\""),
                acceptance.replace("[{\"item\"", "[null,{\"item\"")));
    }

    @Test
    void unknownAndDuplicateFieldsAndTrailingBytesAre400() {
        Demand demand = api.dispatched();
        String accept = ProvisioningClient.acceptBody(today().plusDays(20));
        assertRefusedWithoutTrace(demand, Department.CSSC, demand.path() + "/receipt", 400, null, List.of(
                accept.replace("{\"plannedActivationDate\"", "{\"status\":\"ACCEPTED\",\"plannedActivationDate\""),
                accept.replace("\"resourceApplication\"", "\"resourceApplicaton\""),
                accept.replace("{\"plannedActivationDate\"", "{\"plannedActivationDate\":\"2027-01-01\","
                        + "\"plannedActivationDate\""),
                accept + " {\"extra\":1}",
                accept + "garbage",
                accept + ",",
                "[" + accept + "]",
                "null",
                "{}",
                ""));
        Http.Response trailing = api.post(Department.CSSC, demand.path() + "/receipt", accept + " {\"extra\":1}");
        assertThat(trailing.json().get("code").asText()).isEqualTo("trailing-content");
    }

    @Test
    void aMissingBodyIs400AndChangesNothing() {
        Demand demand = api.dispatched();
        for (String path : List.of("/receipt", "/work-orders", "/blocks", "/reply", "/acceptance",
                "/status-change-info", "/acceptance/signatures")) {
            Http.Response missing = api.post(tokenFor(path),
                    demand.path() + path, null);
            assertThat(missing.status()).as(path + " " + missing.body()).isEqualTo(400);
            assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        }
        Http.Response noDispatchBody = api.post(Department.GCD, "/api/demands", null);
        assertThat(noDispatchBody.status()).as(noDispatchBody.body()).isEqualTo(400);
        assertThat(api.historyCount(demand, "DemandAccepted")).isZero();
    }

    private static String tokenFor(String path) {
        Department department = path.startsWith("/acceptance") ? Department.GCD : Department.CSSC;
        return TestTokens.bearer(department);
    }

    @Test
    void everyTextAndListIsCapped() {
        Demand demand = api.accepted();
        assertRefusedWithoutTrace(demand, Department.CSSC, demand.path() + "/blocks", 400, "reason", List.of(
                "{\"pointId\":\"P1\",\"reason\":\"" + "阻".repeat(2001) + "\"}",
                "{\"pointId\":\"P1\",\"reason\":\"" + "x".repeat(60_000) + "\"}",
                "{\"pointId\":\"P1\",\"reason\":\"" + "阻".repeat(300_000) + "\"}"));
        assertRefusedWithoutTrace(demand, Department.CSSC, demand.path() + "/work-orders", 400, "pointId", List.of(
                workOrder().replace("\"pointId\":\"P1\"", "\"pointId\":\"" + "P".repeat(9) + "\"")));
        Http.Response twoMegabytes = api.post(Department.CSSC, demand.path() + "/blocks",
                "{\"reason\":\"" + "x".repeat(2_100_000) + "\"}");
        assertThat(twoMegabytes.status()).isEqualTo(413);
        assertThat(twoMegabytes.header("Content-Type")).startsWith("application/problem+json");

        Demand activated = api.activated();
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            units.append(i == 0 ? "" : ",").append("\"RMU-U").append(i).append("\"");
        }
        assertRefusedWithoutTrace(activated, Department.CSSC, activated.path() + "/status-change-info", 400, "units",
                List.of("{\"units\":[" + units + "]}", "{\"units\":[]}", "{\"units\":[\"rmu core\"]}",
                        "{\"units\":[\"" + "R".repeat(33) + "\"]}", "{\"units\":[null]}"));
    }

    @Test
    void aFormNumberThatIsNotOneIsRefused_andNothingIsCreated() {
        for (String confirmationFormId : List.of("RD-2026-000001", "RC-2026-1", "RC-2026-0000011", "rc-2026-000001",
                "RC-2026-000001\\n", " RC-2026-000001", "../RC-2026-000001", "RC-２０２６-000001")) {
            Http.Response refused = api.post(Department.GCD, "/api/demands",
                    "{\"confirmationFormId\":\"" + confirmationFormId + "\"}");
            assertThat(refused.status()).as(confirmationFormId + " " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsText("field")).contains("confirmationFormId");
        }
        Http.Response ordinal = api.post(Department.GCD, "/api/demands", "{\"confirmationFormId\":202600001}");
        assertThat(ordinal.status()).isEqualTo(400);

        // steps on a form 2 that does not exist, or whose number is not one
        for (String formId : List.of("RD-2026-999999", "RC-2026-000001", "XYZ", "RD-2026-000001-W01", "..", "%2e%2e",
                "RD-2026-000001%20", "RD-2026-00000%31")) {
            Http.Response receipt = api.post(Department.CSSC, "/api/demands/" + formId + "/receipt",
                    ProvisioningClient.acceptBody(today().plusDays(20)));
            assertThat(receipt.status()).as(formId + " " + receipt.body()).isBetween(400, 499);
            assertThat(receipt.header("Content-Type")).as(formId).startsWith("application/problem+json");
            Http.Response coSign = api.post(Department.GCD, "/api/demands/" + formId + "/blocks/B1/co-signature",
                    null);
            assertThat(coSign.status()).as(formId + " " + coSign.body()).isBetween(400, 499);
        }
        assertThat(api.get(Department.GCD, "/api/demands/RD-2026-999999").status()).isEqualTo(404);
        assertThat(api.get(Department.GCD, "/api/demands/RC-2026-000001").status()).isEqualTo(404);
    }

    @Test
    void oddAndEncodedPathsAre4xxProblemJson() throws IOException {
        Demand demand = api.withOpenWorkOrder();
        JsonNode before = api.form(demand);
        String token = TestTokens.bearer(Department.CSSC);
        String body = ProvisioningClient.completionBody();
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        String order = demand.workOrderId();
        for (String path : List.of(
                demand.path() + "/work-orders/" + order + "%2Fcompletion",
                demand.path() + "/work-orders/%2e%2e/" + order + "/completion",
                demand.path() + "/work-orders/" + order + "%00/completion",
                demand.path() + "/work-orders/" + order + "%zz/completion",
                demand.path() + "/work-orders/..;/" + order + "/completion",
                demand.path() + "%2Fwork-orders/" + order + "/completion",
                demand.path() + "/work-orders/" + order.toLowerCase() + "/completion",
                demand.path() + "/work-orders/" + order + "-X/completion")) {
            RawHttp.Response answer = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(answer.status()).as(path + " " + answer).isBetween(400, 499);
            assertThat(answer.header("content-type")).as(path + " " + answer).startsWith("application/problem+json");
            assertThat(answer.body()).as(path).doesNotContain("Exception", "<html");
        }
        assertThat(api.form(demand).get("history")).isEqualTo(before.get("history"));
    }
}
