package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.web.StopFormClient.Form;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RawHttp;
import cn.cmcc.ah.gca.support.test.RequestCaps;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static cn.cmcc.ah.gca.decommission.web.StopFormClient.AA;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.CORE_UNIT;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.releaseBody;
import static cn.cmcc.ah.gca.decommission.web.StopFormClient.stopBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form 5 API tried as a hostile caller would: wrong types, ordinals for enums, huge texts and lists, unknown and
 * duplicate fields, trailing bytes, missing bodies, odd and encoded paths, numbers that are no form's. Every answer is
 * a 4xx problem+json, never a 500, and changes nothing: a refused dispatch holds no circuit and names none in a form,
 * and a refused step leaves the form and its circuits exactly as they were.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,decommission-service")
class HostileCallerTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase gcaMongoDatabase;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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

    private static String cut(String text) {
        return text == null ? "<no body>" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static void refused(Http.Response refused, String what, int status, String field) {
        assertThat(refused.status()).as(cut(what) + " -> " + cut(refused.body())).isEqualTo(status);
        assertThat(refused.header("Content-Type")).as(cut(what)).startsWith("application/problem+json");
        assertThat(refused.body()).as(cut(what)).doesNotContain("Exception", "at cn.", "at org.");
        if (field != null) {
            assertThat(refused.json().get("errors").findValuesAsText("field")).as(cut(refused.body()))
                    .anyMatch(named -> named.equals(field) || named.startsWith(field + ".")
                            || named.startsWith(field + "["));
        }
    }

    /** The form and its circuits as they stand: what a refused step must leave as it was. */
    private List<JsonNode> snapshot(Form form) {
        List<JsonNode> state = new ArrayList<>(List.of(api.form(form)));
        form.circuitIds().forEach(circuit -> state.add(api.circuitNow(circuit)));
        return state;
    }

    /** POSTs each body to the form's step as {@code token}: each a 4xx problem+json; nothing changed. */
    private void assertRefusedWithoutTrace(Form form, String token, String step, int status, String field,
                                           List<String> bodies) {
        List<JsonNode> before = snapshot(form);
        for (String body : bodies) {
            refused(api.post(token, form.path(step), body), body, status, field);
        }
        assertThat(snapshot(form)).as("nothing happened to the form or its circuits").isEqualTo(before);
    }

    private void assertRefusedWithoutTrace(Form form, Department department, String step, int status, String field,
                                           List<String> bodies) {
        assertRefusedWithoutTrace(form, StopFormClient.token(department), step, status, field, bodies);
    }

    /** POSTs each body as GCD to {@code path}: each a 4xx problem+json; no form holds the circuit or names it. */
    private void assertDispatchRefused(String path, String circuit, int status, String field, List<String> bodies) {
        for (String body : bodies) {
            refused(api.post(Department.GCD, path, body), body, status, field);
        }
        JsonNode untouched = api.circuitNow(circuit);
        assertThat(untouched.get("openFormId").asText()).as("no form holds it").isEmpty();
        assertThat(untouched.get("formIds")).as("no form named it").isEmpty();
        assertThat(api.get(Department.GCD, "/api/stop-forms?circuitId=" + circuit).json().get("items")).isEmpty();
    }

    private static String circuitIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"CL-2026-" + String.format("%06d", i) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void enumsAreTakenByNameOnly_anOrdinalIs400() {
        String circuit = api.circuit(AA);
        String stop = stopBody("PERMANENT_STOP", List.of(circuit));
        assertDispatchRefused("/api/stop-forms", circuit, 400, "requestType", List.of(
                stop.replace("\"PERMANENT_STOP\"", "0"),
                stop.replace("\"PERMANENT_STOP\"", "1.5"),
                stop.replace("\"PERMANENT_STOP\"", "\"permanent_stop\""),
                stop.replace("\"PERMANENT_STOP\"", "\"BOGUS\""),
                stop.replace("\"PERMANENT_STOP\"", "null"),
                stop.replace("\"PERMANENT_STOP\"", "true"),
                stop.replace("\"PERMANENT_STOP\"", "[\"PERMANENT_STOP\"]"),
                stop.replace("\"PERMANENT_STOP\"", "\"\"")));
        Http.Response ordinal = api.post(Department.GCD, "/api/stop-forms", stop.replace("\"PERMANENT_STOP\"", "0"));
        assertThat(ordinal.json().get("errors").findValuesAsText("message").get(0))
                .as("says what it must be").contains("PERMANENT_STOP", "SUSPENSION", "RESUME");

        Form accepted = api.accepted("PERMANENT_STOP");
        String release = releaseBody(accepted.circuitId(), "CORE");
        assertRefusedWithoutTrace(accepted, Department.CSSC, "releases", 400, "segment", List.of(
                release.replace("\"CORE\"", "0"),
                release.replace("\"CORE\"", "\"core\""),
                release.replace("\"CORE\"", "\"CUSTOMER_SIDE\""),
                release.replace("\"CORE\"", "null"),
                release.replace("\"CORE\"", "[\"CORE\"]")));
        Form adjustment = api.adjustment();
        assertRefusedWithoutTrace(adjustment, Department.CSSC, "acceptance", 400, "classification", List.of(
                "{\"classification\":0}",
                "{\"classification\":\"re_allocation\"}",
                "{\"classification\":\"BOTH\"}",
                "{\"classification\":{\"name\":\"RE_ALLOCATION\"}}"));

        for (String query : List.of("/api/stop-forms?status=0", "/api/stop-forms?status=completed",
                "/api/stop-forms?status=BOGUS", "/api/stop-forms?stauts=COMPLETED",
                "/api/stop-forms?circuitId=cl-2026-000001", "/api/stop-forms?circuitId=" + "C".repeat(41),
                "/api/stop-forms?customer=5510%20001", "/api/stop-forms?customer=" + "5".repeat(33),
                "/api/stop-forms?limit=0", "/api/stop-forms?limit=1.5", "/api/stop-forms?limit=201",
                "/api/stop-forms?cursor=not*base64", "/api/stop-forms/inbox?status=DISPATCHED",
                "/api/adjustments?stalled=maybe", "/api/adjustments?stalled=2", "/api/adjustments?customer=%3Cx%3E",
                "/api/adjustments?waitingFor=CONFIRMATION_FORM")) {
            refused(api.get(Department.GCD, query), query, 400, null);
        }
    }

    @Test
    void typesAreReadStrictly_aWrongOneIs400NamingTheField() {
        String circuit = api.circuit(AA);
        String stop = stopBody("SUSPENSION", List.of(circuit));
        assertDispatchRefused("/api/stop-forms", circuit, 400, "circuitIds", List.of(
                stop.replace("[\"" + circuit + "\"]", "\"" + circuit + "\""),
                stop.replace("[\"" + circuit + "\"]", "[42]"),
                stop.replace("[\"" + circuit + "\"]", "[null]"),
                stop.replace("[\"" + circuit + "\"]", "[\"" + circuit.toLowerCase() + "\"]"),
                stop.replace("[\"" + circuit + "\"]", "[[\"" + circuit + "\"]]"),
                stop.replace("[\"" + circuit + "\"]", "{\"0\":\"" + circuit + "\"}")));
        assertDispatchRefused("/api/stop-forms", circuit, 400, "reason", List.of(
                stop.replace("\"客户合同到期，不再续约\"", "42"),
                stop.replace("\"客户合同到期，不再续约\"", "{\"text\":\"x\"}"),
                stop.replace("\"客户合同到期，不再续约\"", "\"   \"")));
        assertDispatchRefused("/api/stop-forms", circuit, 400, "requestedDate", List.of(
                stop.replace("\"2026-12-31\"", "20261231"),
                stop.replace("\"2026-12-31\"", "\"2026-12-31T00:00:00Z\""),
                stop.replace("\"2026-12-31\"", "\"31/12/2026\""),
                stop.replace("\"2026-12-31\"", "\"2026-13-01\""),
                stop.replace("\"2026-12-31\"", "\"２０２６-１２-３１\"")));
        assertDispatchRefused("/api/adjustments", circuit, 400, "stopFirst", List.of(
                "{\"circuitId\":\"" + circuit + "\",\"reason\":\"x\",\"requestedDate\":\"2026-12-20\","
                        + "\"stopFirst\":\"true\",\"stopFirstReason\":\"同端口\"}",
                "{\"circuitId\":\"" + circuit + "\",\"reason\":\"x\",\"requestedDate\":\"2026-12-20\","
                        + "\"stopFirst\":1,\"stopFirstReason\":\"同端口\"}"));
        assertDispatchRefused("/api/adjustments", circuit, 400, "circuitId", List.of(
                StopFormClient.adjustmentBody(circuit).replace("\"" + circuit + "\"", "[\"" + circuit + "\"]"),
                StopFormClient.adjustmentBody(circuit).replace("\"" + circuit + "\"", "7")));

        Form released = api.released();
        assertRefusedWithoutTrace(released, Department.CSSC, "status-change", 400, "units", List.of(
                "{\"units\":\"" + CORE_UNIT + "\"}",
                "{\"units\":[1]}",
                "{\"units\":[\"\"]}",
                "{\"units\":[\"RMU CORE\"]}",
                "{\"units\":null}"));
    }

    @Test
    void hugeTextsAndListsAre400_aBodyPastOneMegabyteIs413_andNothingIsHeld() {
        assertThat(RequestCaps.uncapped(mappings.getHandlerMethods().values())).as("uncapped request fields")
                .isEmpty();
        String circuit = api.circuit(AA);
        String stop = stopBody("PERMANENT_STOP", List.of(circuit));
        assertDispatchRefused("/api/stop-forms", circuit, 400, "reason", List.of(
                stop.replace("客户合同到期，不再续约", "障".repeat(2001))));
        assertDispatchRefused("/api/stop-forms", circuit, 400, "circuitIds", List.of(
                stop.replace("[\"" + circuit + "\"]", circuitIds(51)),
                stop.replace("[\"" + circuit + "\"]", circuitIds(5_000)),
                stop.replace("[\"" + circuit + "\"]", "[\"" + circuit + "\",\"" + "C".repeat(41) + "\"]")));
        assertDispatchRefused("/api/stop-forms", circuit, 400, null, List.of(
                stop.replace("客户合同到期，不再续约", "x".repeat(60_000)),
                stop.replace("客户合同到期，不再续约", "障".repeat(300_000)),
                stop.replace("[\"" + circuit + "\"]", "[".repeat(100) + "]".repeat(100))));
        Http.Response twoMegabytes = api.post(Department.GCD, "/api/stop-forms",
                stop.replace("客户合同到期，不再续约", "x".repeat(2_100_000)));
        refused(twoMegabytes, "2 MB", 413, null);
        assertDispatchRefused("/api/adjustments", circuit, 400, "stopFirstReason", List.of(
                "{\"circuitId\":\"" + circuit + "\",\"reason\":\"x\",\"requestedDate\":\"2026-12-20\","
                        + "\"stopFirst\":true,\"stopFirstReason\":\"" + "障".repeat(2001) + "\"}"));

        Form released = api.released();
        assertRefusedWithoutTrace(released, Department.CSSC, "status-change", 400, "units", List.of(
                "{\"units\":" + IntStream.range(0, 5_000).mapToObj(i -> "\"" + CORE_UNIT + "\"")
                        .collect(Collectors.joining(",", "[", "]")) + "}",
                "{\"units\":[\"" + "U".repeat(41) + "\"]}"));
        Form accepted = api.accepted("PERMANENT_STOP");
        assertRefusedWithoutTrace(accepted, Department.CSSC, "releases", 400, "note", List.of(
                releaseBody(accepted.circuitId(), "CORE").replace("已拆除", "障".repeat(2001))));
        Form dispatched = api.dispatched("PERMANENT_STOP");
        assertRefusedWithoutTrace(dispatched, Department.CSSC, "acceptance", 400, "note", List.of(
                "{\"note\":\"" + "障".repeat(2001) + "\"}"));
        assertRefusedWithoutTrace(dispatched, Department.GCD, "withdrawal", 400, "reason", List.of(
                "{\"reason\":\"" + "障".repeat(2001) + "\"}"));
    }

    @Test
    void unknownAndDuplicateFieldsAndTrailingBytesAre400_aFormNamesNoCustomerOrStatusOfItsOwn() {
        String circuit = api.circuit(AA);
        String stop = stopBody("PERMANENT_STOP", List.of(circuit));
        assertDispatchRefused("/api/stop-forms", circuit, 400, null, List.of(
                stop.replace("{\"requestType\"", "{\"customer\":{\"groupId\":\"5510002001\"},\"requestType\""),
                stop.replace("{\"requestType\"", "{\"status\":\"COMPLETED\",\"requestType\""),
                stop.replace("{\"requestType\"", "{\"formId\":\"SD-2026-000001\",\"requestType\""),
                stop.replace("\"reason\"", "\"reasn\""),
                stop.replace("{\"requestType\"", "{\"reason\":\"另一个理由\",\"requestType\""),
                stop + " {\"extra\":1}",
                stop + "garbage",
                stop + ",",
                "[" + stop + "]",
                stop.substring(0, stop.length() - 1),
                "null",
                "{}",
                ""));
        Http.Response trailing = api.post(Department.GCD, "/api/stop-forms", stop + " {\"extra\":1}");
        assertThat(trailing.json().get("code").asText()).isEqualTo("trailing-content");
        Http.Response withCustomer = api.post(Department.GCD, "/api/stop-forms",
                stop.replace("{\"requestType\"", "{\"customer\":{},\"requestType\""));
        assertThat(withCustomer.json().get("errors").findValuesAsText("field")).contains("customer");

        Form accepted = api.accepted("PERMANENT_STOP");
        String release = releaseBody(accepted.circuitId(), "CORE");
        assertRefusedWithoutTrace(accepted, Department.CSSC, "releases", 400, null, List.of(
                release.replace("{\"circuitId\"", "{\"status\":\"COMPLETED\",\"circuitId\""),
                release.replace("{\"circuitId\"", "{\"segment\":\"LAST_MILE\",\"circuitId\""),
                release + "}",
                release + " {}",
                "{}",
                "\"" + accepted.circuitId() + "\""));
        assertRefusedWithoutTrace(accepted, Department.CSSC, "acceptance", 400, null, List.of(
                "{\"note\":\"x\",\"classification\":\"RE_ALLOCATION\",\"holder\":\"RMU\"}",
                "{\"note\":\"x\"} trailing",
                "[]"));
    }

    @Test
    void aMissingBodyIs400_aContentTypeThatIsNotJsonIs415_andNeitherChangesAnything() {
        Form accepted = api.accepted("SUSPENSION");
        List<String> noBody = Collections.singletonList(null);
        for (String step : List.of("releases", "last-mile-suspension", "last-mile-restoration", "status-change")) {
            assertRefusedWithoutTrace(accepted, Department.CSSC, step, 400, null, noBody);
        }
        Form dispatched = api.dispatched("PERMANENT_STOP");
        assertRefusedWithoutTrace(dispatched, Department.GCD, "withdrawal", 400, null, noBody);
        refused(api.post(Department.GCD, "/api/stop-forms", null), "no dispatch", 400, null);
        refused(api.post(Department.GCD, "/api/adjustments", null), "no adjustment", 400, null);

        List<JsonNode> before = snapshot(dispatched);
        Http.Response text = api.http.post(dispatched.path("withdrawal")).auth(TestTokens.bearer(Department.GCD))
                .header("Content-Type", "text/plain").body("{\"reason\":\"x\"}").send();
        refused(text, "text/plain", 415, null);
        assertThat(snapshot(dispatched)).isEqualTo(before);
    }

    @Test
    void aNumberThatIsNoFormIsRefusedOrNotFound_evenACircuitsNumber_andNothingIsCreated() {
        Form held = api.dispatched("SUSPENSION");
        List<JsonNode> before = snapshot(held);
        for (String formId : List.of("SD-2026-999999", "SD-1999-000001", held.circuitId(), "XYZ", "..", "%2e%2e",
                held.formId().toLowerCase(), held.formId() + "-W01", held.formId() + "%20", "S".repeat(5_000))) {
            for (String step : List.of("acceptance", "withdrawal", "status-change/" + CORE_UNIT + "/confirmation")) {
                Department department = step.equals("acceptance") ? Department.CSSC
                        : step.equals("withdrawal") ? Department.GCD : Department.RMU;
                String what = cut(formId) + " " + step;
                Http.Response answer = api.post(department, "/api/stop-forms/" + formId + "/" + step,
                        step.equals("withdrawal") ? StopFormClient.WITHDRAWAL_BODY : null);
                assertThat(answer.status()).as(what + " -> " + cut(answer.body())).isBetween(400, 499);
                assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
            }
            Http.Response read = api.get(Department.GCD, "/api/stop-forms/" + formId);
            assertThat(read.status()).as(cut(formId) + " -> " + cut(read.body())).isBetween(400, 499);
        }
        refused(api.get(Department.GCD, "/api/stop-forms/" + held.circuitId()), "a circuit's number", 404, null);
        assertThat(snapshot(held)).as("neither the form nor its circuit changed").isEqualTo(before);
    }

    @Test
    void oddAndEncodedPathsAndOtherMethodsAre4xxProblemJson_andChangeNothing() throws IOException {
        Form accepted = api.accepted("PERMANENT_STOP");
        List<JsonNode> before = snapshot(accepted);
        String token = TestTokens.bearer(Department.CSSC);
        String body = releaseBody(accepted.circuitId(), "CORE");
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        String id = accepted.formId();
        for (String path : List.of(
                "/api/stop-forms/" + id + "%2Freleases",
                "/api/stop-forms/%2e%2e/" + id + "/releases",
                "/api/stop-forms/" + id + "%00/releases",
                "/api/stop-forms/" + id + "%zz/releases",
                "/api/stop-forms/..;/" + id + "/releases",
                "/api/stop-forms%2F" + id + "/releases",
                "/api/stop-forms/" + id + "/releases/again",
                "/api/stop-forms//releases",
                "/api/stop-forms/" + id + "/status-change/RMU%2FCORE/confirmation",
                "/api/stop-forms/" + id + "/status-change/" + "U".repeat(41) + "/confirmation",
                "/api/stop-forms/" + id + "/status-change/%00/confirmation",
                "/api/stop-forms/" + "S".repeat(70_000) + "/releases")) {
            RawHttp.Response answer = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + (path.contains("confirmation") ? TestTokens.bearer(Department.RMU) : token)
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n" + body);
            String what = path.length() > 120 ? path.length() + " characters" : path;
            assertThat(answer.status()).as(what + " " + answer).isBetween(400, 499);
            assertThat(answer.header("content-type")).as(what + " " + answer).startsWith("application/problem+json");
            assertThat(answer.body()).as(what).doesNotContain("Exception", "<html");
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            RawHttp.Response answer = RawHttp.send(port, method + " /api/stop-forms/" + id + "/releases HTTP/1.1\r\n"
                    + "Host: x\r\nAuthorization: " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + length + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(answer.status()).as(method + " " + answer).isEqualTo(405);
            assertThat(answer.header("content-type")).as(method).startsWith("application/problem+json");
        }
        refused(api.get(Department.CSSC, accepted.path("releases")), "GET of a step", 405, null);
        refused(api.http.post(accepted.path("releases")).body(body).send(), "no token", 401, null);
        refused(api.post("Bearer not.a.token", accepted.path("releases"), body), "a forged token", 401, null);
        assertThat(snapshot(accepted)).as("nothing happened to the form or its circuit").isEqualTo(before);
    }
}
