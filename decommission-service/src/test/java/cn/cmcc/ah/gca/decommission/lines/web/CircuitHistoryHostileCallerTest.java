package cn.cmcc.ah.gca.decommission.lines.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RawHttp;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history endpoint tried as a hostile caller would: odd, encoded and huge circuit numbers, bad paging, other
 * methods; each answered 4xx in problem+json (400 malformed, 404 well-formed but unknown), never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,decommission-service")
class CircuitHistoryHostileCallerTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "decommission-service");
    }

    private static final String TOKEN = TestTokens.bearer(Department.MON);

    private Http.Response get(String path) {
        return Http.localhost(port).get(path).auth(TOKEN).send();
    }

    private static void refused(Http.Response answer, String what, int status) {
        assertThat(answer.status()).as(what + " -> " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(answer.body()).as(what).doesNotContain("Exception", "<html");
    }

    @Test
    void aCircuitNumberThatIsNoneIs400_aWellFormedUnknownOneIs404() {
        for (String circuitId : List.of("cl-2026-000001", "X", "-CL-2026-000001", "CL_2026_000001", "CL.2026",
                "C".repeat(41), "C".repeat(5_000), "CL-2026-000001%20", "%E4%B8%93%E7%BA%BF", "CL%2B1")) {
            Http.Response answer = get("/api/circuits/" + circuitId + "/history");
            refused(answer, circuitId.length() > 50 ? circuitId.length() + " characters" : circuitId, 400);
            assertThat(answer.json().get("detail").asText()).as("the number is not echoed whole").hasSizeLessThan(200);
        }
        for (String circuitId : List.of("CL-2026-999999", "RC-2026-000001", "FT-2026-000001", "C".repeat(40))) {
            Http.Response answer = get("/api/circuits/" + circuitId + "/history");
            refused(answer, circuitId, 404);
            assertThat(answer.json().get("code").asText()).isEqualTo("not-found");
        }
    }

    @Test
    void badPagingOfAKnownCircuitsHistoryIs400() {
        String circuitId;
        try (LineTopics topics = new LineTopics(TestInfrastructure.embedded().kafkaBootstrap())) {
            circuitId = topics.activated(LineTopics.AA);
        }
        String path = "/api/circuits/" + circuitId + "/history";
        Http.eventually(Duration.ofSeconds(30), () -> get(path).status() == 200 ? 1 : null);
        String foreign = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("CL-2026-000001\nnot-a-time\nFORM_1\nRC\n0\ne".getBytes(StandardCharsets.UTF_8));
        for (String query : List.of("?limit=0", "?limit=201", "?limit=1.5", "?limit=abc", "?limit=-1",
                "?cursor=not*base64", "?cursor=" + foreign, "?stauts=DONE", "?circuitId=CL-2026-000001")) {
            refused(get(path + query), query, 400);
        }
    }

    @Test
    void oddEncodedHugePathsAndOtherMethodsAre4xxProblemJson() throws IOException {
        for (String path : List.of(
                "/api/circuits/CL-2026-000001%00/history",
                "/api/circuits/CL-2026-000001%zz/history",
                "/api/circuits/..;/CL-2026-000001/history",
                "/api/circuits/CL-2026-000001%2Fhistory",
                "/api/circuits/%2e%2e/history",
                "/api/circuits/CL-2026-000001/history/again",
                "/api/circuits//history",
                "/api/circuits/" + "C".repeat(70_000) + "/history")) {
            RawHttp.Response answer = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + TOKEN + "\r\n\r\n");
            String what = path.length() > 80 ? path.length() + " characters" : path;
            assertThat(answer.status()).as(what + " " + answer).isBetween(400, 499);
            assertThat(answer.header("content-type")).as(what).startsWith("application/problem+json");
            assertThat(answer.body()).as(what).doesNotContain("Exception", "<html");
        }
        Http.Response posted = Http.localhost(port).post("/api/circuits/CL-2026-000001/history").auth(TOKEN)
                .body("{}").send();
        refused(posted, "POST", 405);
        Http.Response anonymous = Http.localhost(port).get("/api/circuits/CL-2026-000001/history").send();
        refused(anonymous, "no token", 401);
    }
}
