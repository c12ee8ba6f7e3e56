package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-sale API tried as a hostile caller would: every bad input gets a 4xx problem+json naming what is wrong,
 * and changes nothing — no form, no event, no form number used up (the next valid dispatch gets the next number).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class HostileCallerTest {

    @LocalServerPort
    int port;

    PresaleClient api;
    String product;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "presale-service");
    }

    @BeforeEach
    void setUp() {
        api = new PresaleClient(port);
        product = api.product(true);
    }

    private String validBody() {
        return PresaleClient.dispatchBody(product, null, 1);
    }

    private static int number(String formId) {
        return Integer.parseInt(formId.substring(formId.lastIndexOf('-') + 1));
    }

    /** Sends each refused body, then a valid one: its number follows the last valid dispatch's directly. */
    private void assertRefusedWithoutTrace(List<String> bodies, int status, String field) {
        String before = api.dispatch(product, 1);
        for (String body : bodies) {
            Http.Response refused = api.post(Department.GCD, "/api/forms", body);
            assertThat(refused.status()).as(body.length() > 300 ? body.substring(0, 300) : body).isEqualTo(status);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            if (field != null) {
                assertThat(refused.json().get("errors").findValuesAsText("field")).as(refused.body())
                        .contains(field);
            }
        }
        String after = api.dispatch(product, 1);
        assertThat(number(after)).as("the refused dispatches took no form number").isEqualTo(number(before) + 1);
    }

    @Test
    void enumsAreTakenByNameOnly_anOrdinalIs400() {
        assertRefusedWithoutTrace(List.of(
                validBody().replace("\"serviceLevel\":\"AA\"", "\"serviceLevel\":0"),
                validBody().replace("\"serviceLevel\":\"AA\"", "\"serviceLevel\":\"aa\""),
                validBody().replace("\"serviceLevel\":\"AA\"", "\"serviceLevel\":\"PLATINUM\"")),
                400, "customer.serviceLevel");

        String formId = api.dispatchedAndReceived(product, 1);
        Http.Response ordinal = api.post(Department.CSSC, "/api/forms/" + formId + "/points/P1/segments/CORE/assessment",
                "{\"outcome\":1}");
        assertThat(ordinal.status()).isEqualTo(400);
        assertThat(ordinal.json().get("detail").asText()).contains("outcome", "AVAILABLE", "BUILD_REQUIRED");
        assertThat(api.get(Department.CSSC, "/api/forms/" + formId).json().get("history")).hasSize(2);
    }

    @Test
    void datesAreIsoDatesInASaneRange() {
        assertRefusedWithoutTrace(List.of(
                validBody().replaceFirst("\"requestedDate\":\"[0-9-]+\"", "\"requestedDate\":\"+99999-01-01\""),
                validBody().replaceFirst("\"requestedDate\":\"[0-9-]+\"", "\"requestedDate\":20270301"),
                validBody().replaceFirst("\"requestedDate\":\"[0-9-]+\"", "\"requestedDate\":\"2027-02-30\""),
                validBody().replaceFirst("\"requestedDate\":\"[0-9-]+\"", "\"requestedDate\":\"2027/03/01\""),
                validBody().replaceFirst("\"requestedDate\":\"[0-9-]+\"", "\"requestedDate\":\"3000-01-01\"")),
                400, "requestedDate");
    }

    @Test
    void integersAreNotCutFromFractionsNorReadFromText() {
        assertRefusedWithoutTrace(List.of(
                validBody().replace("\"bandwidthMbps\":100", "\"bandwidthMbps\":1.5"),
                validBody().replace("\"bandwidthMbps\":100", "\"bandwidthMbps\":\"100\""),
                validBody().replace("\"bandwidthMbps\":100", "\"bandwidthMbps\":true"),
                validBody().replace("\"bandwidthMbps\":100", "\"bandwidthMbps\":1e3"),
                validBody().replace("\"bandwidthMbps\":100", "\"bandwidthMbps\":99999999999999")),
                400, "bandwidthMbps");
    }

    @Test
    void missingFieldsAre400NamingThem() {
        assertRefusedWithoutTrace(List.of(
                validBody().replaceFirst("\"requestedDate\":\"[0-9-]+\",", ""),
                validBody().replace("\"bandwidthMbps\":100,", "\"bandwidthMbps\":null,")),
                400, null);
        Http.Response noCustomer = api.post(Department.GCD, "/api/forms",
                validBody().replaceFirst("\"customer\":\\{[^}]*},", ""));
        assertThat(noCustomer.status()).isEqualTo(400);
        assertThat(noCustomer.json().get("errors").findValuesAsText("field")).containsExactly("customer");
    }

    @Test
    void everyTextAndListIsCapped() {
        String megabyteAddress = "合".repeat(300_000);
        assertRefusedWithoutTrace(List.of(
                validBody().replace("合肥市蜀山区长江西路101号", "合".repeat(201)),
                validBody().replace("\"contact\":\"王工 13700000000\"", "\"contact\":\"" + "x".repeat(201) + "\""),
                validBody().replace("合肥市蜀山区长江西路101号", megabyteAddress)),
                400, null);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            points.append(i == 0 ? "" : ",").append("{\"address\":\"合肥市某路").append(i).append("号\",\"district\":\"蜀山区\"}");
        }
        Http.Response tooManyPoints = api.post(Department.GCD, "/api/forms",
                validBody().replaceFirst("\"accessPoints\":\\[.*]", "\"accessPoints\":[" + points + "]"));
        assertThat(tooManyPoints.status()).isEqualTo(400);
        assertThat(tooManyPoints.json().get("errors").findValuesAsText("field")).containsExactly("accessPoints");

        Http.Response twoMegabytes = api.post(Department.GCD, "/api/forms", "{\"remarks\":\"" + "x".repeat(2_100_000)
                + "\"}");
        assertThat(twoMegabytes.status()).isEqualTo(413);
        assertThat(twoMegabytes.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void nothingMayFollowTheJsonDocument_andFieldsAreNeitherUnknownNorTwice() {
        assertRefusedWithoutTrace(List.of(
                validBody() + " {\"extra\":1}",
                validBody() + "garbage",
                validBody().replace("\"productCode\"", "\"productCod\""),
                validBody().replace("\"bandwidthMbps\":100,", "\"bandwidthMbps\":100,\"bandwidthMbps\":200,"),
                "[" + validBody() + "]",
                "null",
                ""),
                400, null);
    }

    @Test
    void anEmptyBodyDoesNotSetAProductImmature() {
        Http.Response empty = api.post(Department.ADMIN, "/api/products/" + product + "/maturity", "{}");
        Http.Response nullMature = api.post(Department.ADMIN, "/api/products/" + product + "/maturity",
                "{\"mature\":null}");
        Http.Response number = api.post(Department.ADMIN, "/api/products/" + product + "/maturity",
                "{\"mature\":0}");

        assertThat(List.of(empty.status(), nullMature.status(), number.status())).containsOnly(400);
        assertThat(empty.json().get("errors").findValuesAsText("field")).containsExactly("mature");
        assertThat(api.get(Department.GCD, "/api/products/" + product).json().get("mature").asBoolean()).isTrue();
    }

    @Test
    void listsRefuseBadLimitsUnknownFilterValuesAndUnknownParameters() {
        for (String query : List.of("limit=0", "limit=201", "limit=-1", "limit=abc", "limit=1.5", "limit=1&limit=2",
                "status=BOGUS", "status=1", "status=dispatched", "awaiting=BOSS", "stauts=REPLIED",
                "cursor=not-a-cursor-of-this-list", "cursor=%00", "minPosition=999999999999")) {
            Http.Response response = api.get(Department.GCD, "/api/forms?" + query);
            assertThat(response.status()).as(query + " " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(response.json().get("errors")).as(query).isNotEmpty();
        }
        assertThat(api.get(Department.GCD, "/api/forms?limit=1").json().get("items")).hasSize(1);
        assertThat(api.get(Department.GCD, "/api/forms?limit=200").status()).isEqualTo(200);
    }

    @Test
    void aReadRightAfterACommandSeesIt_andTheCommandSaysWhichPositionItProduced() {
        for (int i = 0; i < 25; i++) {
            Http.Response dispatched = api.post(Department.GCD, "/api/forms", validBody());
            String formId = dispatched.json().get("formId").asText();
            Http.Response read = api.get(Department.CSSC, "/api/forms/" + formId);
            Http.Response inbox = api.get(Department.CSSC, "/api/forms/inbox?limit=5");

            assertThat(dispatched.header("GCA-Position")).matches("\\d+");
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(inbox.json().get("items").findValuesAsText("formId")).contains(formId);
            Http.Response received = api.post(Department.CSSC, "/api/forms/" + formId + "/receipt", null);
            assertThat(api.http.get("/api/forms/" + formId).auth(PresaleClient.token(Department.GCD))
                    .header("GCA-Min-Position", received.header("GCA-Position")).send().json().get("status").asText())
                    .isEqualTo("RECEIVED");
        }
    }

    @Test
    void anIdempotencyKeyComparesTheBodyAsJson_andA400DoesNotUseItUp() {
        String key = "crm-" + UUID.randomUUID();
        Http.Response malformed = api.http.post("/api/forms").auth(PresaleClient.token(Department.GCD))
                .header("Idempotency-Key", key).body(validBody().replace("\"bandwidthMbps\":100", "\"bandwidthMbps\":1.5"))
                .send();
        Http.Response first = api.http.post("/api/forms").auth(PresaleClient.token(Department.GCD))
                .header("Idempotency-Key", key).body(validBody()).send();
        JsonNode reindented = api.http.post("/api/forms").auth(PresaleClient.token(Department.GCD))
                .header("Idempotency-Key", key).body(validBody().replace(",", ",\n   ").replace("{", "{ ")).send()
                .json();

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(first.status()).isEqualTo(201);
        assertThat(reindented.get("formId").asText()).isEqualTo(first.json().get("formId").asText());
    }
}
