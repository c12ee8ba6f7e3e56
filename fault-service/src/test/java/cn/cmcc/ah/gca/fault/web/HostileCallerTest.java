package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.fault.web.FaultClient.Ticket;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RawHttp;
import cn.cmcc.ah.gca.support.test.RequestCaps;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault API tried as a hostile caller would: every bad input gets a 4xx problem+json, and changes nothing — the
 * ticket's history (and so its event stream) is the same before and after, and a refused report raises no ticket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class HostileCallerTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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

    private static String cut(String body) {
        return body == null ? "<no body>" : body.length() > 300 ? body.substring(0, 300) : body;
    }

    private static void refused(Http.Response refused, String body, int status, String field) {
        assertThat(refused.status()).as(cut(body) + " -> " + cut(refused.body())).isEqualTo(status);
        assertThat(refused.header("Content-Type")).as(cut(body)).startsWith("application/problem+json");
        if (field != null) {
            assertThat(refused.json().get("errors").findValuesAsText("field")).as(refused.body())
                    .anyMatch(named -> named.equals(field) || named.startsWith(field + ".")
                            || named.startsWith(field + "["));
        }
    }

    /** POSTs each body to the ticket's step as {@code department}: each a 4xx problem+json; the ticket is unchanged. */
    private void assertRefusedWithoutTrace(Ticket ticket, Department department, String step, int status,
                                           String field, List<String> bodies) {
        JsonNode before = api.ticket(ticket);
        for (String body : bodies) {
            refused(api.post(department, ticket.path(step), body), body, status, field);
        }
        JsonNode after = api.ticket(ticket);
        assertThat(after.get("history")).as("nothing happened to the ticket").isEqualTo(before.get("history"));
        assertThat(after.get("status")).isEqualTo(before.get("status"));
    }

    /** Reports each body on {@code circuit}: each a 4xx problem+json, and no ticket raised on the circuit. */
    private void assertReportRefused(String circuit, int status, String field, List<String> bodies) {
        for (String body : bodies) {
            refused(api.post(Department.CALL_CENTER, "/api/faults", body), body, status, field);
        }
        assertThat(api.get(Department.MON, "/api/faults?circuitId=" + circuit).json().get("items"))
                .as("no ticket raised").isEmpty();
    }

    @Test
    void enumsAreTakenByNameOnly_anOrdinalIs400() {
        Ticket ticket = api.repairingAt(Department.PND);
        String handBack = "{\"to\":\"OMT\",\"reason\":\"非省干故障\"}";
        assertRefusedWithoutTrace(ticket, Department.PND, "hand-back", 400, "to", List.of(
                handBack.replace("\"OMT\"", "1"),
                handBack.replace("\"OMT\"", "\"omt\""),
                handBack.replace("\"OMT\"", "\"BOSS\""),
                handBack.replace("\"OMT\"", "null"),
                handBack.replace("\"OMT\"", "[\"OMT\"]")));
        Http.Response ordinal = api.post(Department.PND, ticket.path("hand-back"), handBack.replace("\"OMT\"", "1"));
        assertThat(ordinal.json().get("detail").asText()).contains("to", "CSSC", "PND");

        for (String query : List.of("?status=0", "?status=repairing", "?status=BOGUS", "?stauts=REPAIRING",
                "?circuitId=cl-2026-1", "?circuitId=" + "C".repeat(41), "?customer=5510%20001",
                "?customer=" + "5".repeat(33), "?limit=0", "?limit=1.5")) {
            refused(api.get(Department.MON, "/api/faults" + query), query, 400, null);
        }
        refused(api.get(Department.MON, "/api/faults/inbox?status=REPORTED"), "inbox?status", 400, null);
    }

    @Test
    void booleansAndTextsAreReadStrictly() {
        Ticket dispatched = api.dispatched();
        String diagnosis = FaultClient.diagnosisBody(false);
        assertRefusedWithoutTrace(dispatched, Department.CSSC, "diagnosis", 400, "coreNetwork", List.of(
                diagnosis.replace("false", "\"false\""),
                diagnosis.replace("false", "0"),
                diagnosis.replace("false", "null"),
                diagnosis.replace("\"coreNetwork\":false,", "")));
        assertRefusedWithoutTrace(dispatched, Department.CSSC, "diagnosis", 400, "reasoning", List.of(
                diagnosis.replace("\"核心侧告警正常，末端光猫掉电\"", "42"),
                diagnosis.replace("\"核心侧告警正常，末端光猫掉电\"", "{\"text\":\"x\"}"),
                diagnosis.replace("\"核心侧告警正常，末端光猫掉电\"", "\"   \"")));

        Ticket replied = api.replied();
        assertRefusedWithoutTrace(replied, Department.MON, "quality-check", 400, "passed", List.of(
                "{\"passed\":\"true\"}", "{\"passed\":1}", "{\"passed\":null}", "{\"findings\":\"x\"}"));
        Ticket repaired = api.repairedBy(Department.CSSC);
        assertRefusedWithoutTrace(repaired, Department.CSSC, "clearance", 400, "cleared", List.of(
                "{\"cleared\":\"no\"}", "{\"cleared\":0}", "{\"note\":\"x\"}"));
    }

    @Test
    void unknownAndDuplicateFieldsAndTrailingBytesAre400_aReportNamesNoCustomer() {
        String circuit = api.circuit(FaultClient.AA);
        String report = FaultClient.reportBody(circuit);
        assertReportRefused(circuit, 400, null, List.of(
                report.replace("{\"circuitId\"", "{\"customer\":{\"groupId\":\"5510001234\",\"name\":\"x\","
                        + "\"serviceLevel\":\"AAA\"},\"circuitId\""),
                report.replace("{\"circuitId\"", "{\"status\":\"CLOSED\",\"circuitId\""),
                report.replace("\"symptom\"", "\"symtom\""),
                report.replace("{\"circuitId\"", "{\"circuitId\":\"CL-2026-000001\",\"circuitId\""),
                report.replace("\"phone\"", "\"mobile\""),
                report + " {\"extra\":1}",
                report + "garbage",
                report + ",",
                "[" + report + "]",
                "null",
                "{}",
                ""));
        Http.Response trailing = api.post(Department.CALL_CENTER, "/api/faults", report + " {\"extra\":1}");
        assertThat(trailing.json().get("code").asText()).isEqualTo("trailing-content");
        Http.Response withCustomer = api.post(Department.CALL_CENTER, "/api/faults",
                report.replace("{\"circuitId\"", "{\"customer\":{},\"circuitId\""));
        assertThat(withCustomer.json().get("errors").findValuesAsText("field")).contains("customer");

        Ticket ticket = api.dispatched();
        String diagnosis = FaultClient.diagnosisBody(true);
        assertRefusedWithoutTrace(ticket, Department.CSSC, "diagnosis", 400, null, List.of(
                diagnosis.replace("{\"coreNetwork\"", "{\"holder\":\"PND\",\"coreNetwork\""),
                diagnosis.replace("{\"coreNetwork\":true", "{\"coreNetwork\":false,\"coreNetwork\":true"),
                diagnosis + "}",
                "{}"));
    }

    @Test
    void theContactIsANameAndAPhone_checkedBeforeAnythingIsRaised() {
        String circuit = api.circuit(FaultClient.AA);
        assertReportRefused(circuit, 400, "contact", List.of(
                FaultClient.reportBody(circuit, "王".repeat(51), FaultClient.PHONE),
                FaultClient.reportBody(circuit, " ", FaultClient.PHONE),
                FaultClient.reportBody(circuit, FaultClient.NAME, "abc"),
                FaultClient.reportBody(circuit, FaultClient.NAME, "1234"),
                FaultClient.reportBody(circuit, FaultClient.NAME, "1".repeat(21)),
                FaultClient.reportBody(circuit, FaultClient.NAME, "138 0551 1234"),
                FaultClient.reportBody(circuit, FaultClient.NAME, "１３８０５５１１２３４"),
                FaultClient.reportBody(circuit).replace("\"phone\":\"13805511234\"", "\"phone\":13805511234"),
                FaultClient.reportBody(circuit).replace("{\"name\":\"张建国\",\"phone\":\"13805511234\"}",
                        "\"张建国 13805511234\""),
                FaultClient.reportBody(circuit).replace(",\n \"contact\":{\"name\":\"张建国\",\"phone\":\"13805511234\"}",
                        "")));
    }

    @Test
    void everyTextIsCapped() {
        assertThat(RequestCaps.uncapped(mappings.getHandlerMethods().values())).as("uncapped request fields")
                .isEmpty();
        String circuit = api.circuit(FaultClient.AA);
        String report = FaultClient.reportBody(circuit);
        assertReportRefused(circuit, 400, "symptom", List.of(
                report.replace("专线中断，无法访问总部业务系统", "障".repeat(2001)),
                report.replace("专线中断，无法访问总部业务系统", "x".repeat(60_000)),
                report.replace("专线中断，无法访问总部业务系统", "障".repeat(300_000))));
        Http.Response twoMegabytes = api.post(Department.CALL_CENTER, "/api/faults",
                report.replace("专线中断，无法访问总部业务系统", "x".repeat(2_100_000)));
        assertThat(twoMegabytes.status()).isEqualTo(413);
        assertThat(twoMegabytes.header("Content-Type")).startsWith("application/problem+json");

        Ticket ticket = api.repairingAt(Department.OMT);
        assertRefusedWithoutTrace(ticket, Department.OMT, "escalation", 400, "reason", List.of(
                "{\"reason\":\"" + "障".repeat(2001) + "\"}"));
        assertRefusedWithoutTrace(ticket, Department.OMT, "repair", 400, "cause", List.of(
                "{\"cause\":\"" + "障".repeat(2001) + "\",\"action\":\"更换\"}"));
    }

    @Test
    void aMissingBodyIs400AndChangesNothing() {
        Ticket ticket = api.repairingAt(Department.CSSC);
        JsonNode before = api.ticket(ticket);
        for (String step : List.of("diagnosis", "escalation", "hand-back", "repair", "clearance", "reply",
                "quality-check")) {
            Department department = step.equals("quality-check") ? Department.MON
                    : step.equals("hand-back") ? Department.OMT : Department.CSSC;
            Http.Response missing = api.post(department, ticket.path(step), null);
            assertThat(missing.status()).as(step + " " + missing.body()).isEqualTo(400);
            assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        }
        refused(api.post(Department.CALL_CENTER, "/api/faults", null), "no report", 400, null);
        assertThat(api.ticket(ticket).get("history")).isEqualTo(before.get("history"));
    }

    @Test
    void aTicketNumberThatIsNotOneIsRefusedOrNotFound_andNothingIsCreated() {
        for (String ticketId : List.of("FT-2026-999999", "CL-2026-000001", "XYZ", "FT-2026-000001-W01", "..",
                "%2e%2e", "FT-2026-000001%20", "FT-2026-00000%31")) {
            for (String step : List.of("acceptance", "dispatch", "archive")) {
                Http.Response answer = api.post(Department.MON, "/api/faults/" + ticketId + "/" + step, null);
                assertThat(answer.status()).as(ticketId + " " + answer.body()).isBetween(400, 499);
                assertThat(answer.header("Content-Type")).as(ticketId).startsWith("application/problem+json");
            }
            Http.Response clearance = api.post(TestTokens.customer(FaultClient.AA.groupId()),
                    "/api/faults/" + ticketId + "/clearance", "{\"cleared\":true}");
            assertThat(clearance.status()).as(ticketId + " " + clearance.body()).isBetween(400, 499);
        }
        assertThat(api.get(Department.MON, "/api/faults/FT-2026-999999").status()).isEqualTo(404);
        assertThat(api.get(Department.MON, "/api/faults/XYZ").status()).isEqualTo(404);
    }

    @Test
    void oddAndEncodedPathsAre4xxProblemJson() throws IOException {
        Ticket ticket = api.repairingAt(Department.CSSC);
        JsonNode before = api.ticket(ticket);
        String token = TestTokens.bearer(Department.CSSC);
        String body = FaultClient.REPAIR_BODY;
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        String id = ticket.ticketId();
        for (String path : List.of(
                "/api/faults/" + id + "%2Frepair",
                "/api/faults/%2e%2e/" + id + "/repair",
                "/api/faults/" + id + "%00/repair",
                "/api/faults/" + id + "%zz/repair",
                "/api/faults/..;/" + id + "/repair",
                "/api/faults%2F" + id + "/repair",
                "/api/faults/" + id.toLowerCase() + "/repair",
                "/api/faults/" + id + "-X/repair",
                "/api/faults/" + id + "/repair/again")) {
            RawHttp.Response answer = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(answer.status()).as(path + " " + answer).isBetween(400, 499);
            assertThat(answer.header("content-type")).as(path + " " + answer).startsWith("application/problem+json");
            assertThat(answer.body()).as(path).doesNotContain("Exception", "<html");
        }
        assertThat(api.ticket(ticket).get("history")).isEqualTo(before.get("history"));
    }
}
