package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A store that stops answering: reads get 503 problem+json with Retry-After, never a 500. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class StoreOutageTest {

    /** A store of this test's own, so that stopping it touches no other test. */
    private static final MongoServer STORE = new MongoServer(new MemoryBackend());
    private static final String STORE_URI = STORE.bindAndGetConnectionString();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
        registry.add("GCA_MONGO_URI", () -> STORE_URI);
    }

    @AfterAll
    static void stopStore() {
        STORE.shutdownNow();
    }

    @Test
    void aReadWhileTheStoreIsDownIs503WithRetryAfter() {
        Http http = Http.localhost(port);
        String monToken = TestTokens.bearer(Department.MON);
        assertThat(http.get("/api/faults").auth(monToken).send().status()).isEqualTo(200);

        STORE.shutdownNow();
        // both at once: each waits for the driver's server selection timeout before it is answered
        CompletableFuture<Http.Response> listing = CompletableFuture.supplyAsync(
                () -> http.get("/api/faults").auth(monToken).send());
        CompletableFuture<Http.Response> reading = CompletableFuture.supplyAsync(
                () -> http.get("/api/faults/FT-2026-000001").auth(monToken).send());
        Http.Response list = listing.join();
        Http.Response one = reading.join();

        for (Http.Response response : new Http.Response[]{list, one}) {
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("Retry-After")).matches("\\d+");
            assertThat(response.json().get("code").asText()).isEqualTo("store-unavailable-read");
        }
    }
}
