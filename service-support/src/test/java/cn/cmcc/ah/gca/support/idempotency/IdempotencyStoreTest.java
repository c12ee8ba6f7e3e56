package cn.cmcc.ah.gca.support.idempotency;

import cn.cmcc.ah.gca.support.GcaProperties;
import cn.cmcc.ah.gca.support.test.KeyOnlyFilters;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys expire, abandoned claims are taken over, and a release frees only one's own claim. */
class IdempotencyStoreTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final KeyOnlyFilters byKey = new KeyOnlyFilters(Set.of("idempotency_keys"));
    private MongoServer server;
    private MongoClient client;
    private IdempotencyStore store;
    private final MovingClock clock = new MovingClock();

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(byKey).build());
        store = new IdempotencyStore(client.getDatabase("idempotency"), clock,
                new GcaProperties.Idempotency(Duration.ofHours(24), Duration.ofMinutes(2)));
    }

    @AfterEach
    void tearDown() {
        store.close();
        client.close();
        server.shutdownNow();
    }

    @Test
    void aCompletedKeyAnswersRetriesUntilItExpires() {
        IdempotencyStore.Claim first = store.claim("gcd|k1", "hash-a");
        store.complete("gcd|k1", first.claim(), 201, "application/json", Map.of("Location", "/api/forms/RC-1"), "{}");

        clock.now = clock.now.plus(Duration.ofHours(23));
        IdempotencyStore.Claim retry = store.claim("gcd|k1", "hash-a");
        clock.now = clock.now.plus(Duration.ofHours(2));
        IdempotencyStore.Claim afterExpiry = store.claim("gcd|k1", "hash-b");

        assertThat(first.owned()).isTrue();
        assertThat(retry.owned()).isFalse();
        assertThat(retry.existing().completed()).isTrue();
        assertThat(retry.existing().headers()).containsEntry("Location", "/api/forms/RC-1");
        assertThat(afterExpiry.owned()).as("an expired key is a new request").isTrue();
    }

    @Test
    void aClaimInProgressIsRespectedUntilItIsStale_thenTakenOver() {
        IdempotencyStore.Claim dying = store.claim("gcd|k2", "hash-a");

        clock.now = clock.now.plus(Duration.ofSeconds(90));
        IdempotencyStore.Claim tooEarly = store.claim("gcd|k2", "hash-a");
        clock.now = clock.now.plus(Duration.ofSeconds(60));
        IdempotencyStore.Claim takeover = store.claim("gcd|k2", "hash-a");
        store.release("gcd|k2", dying.claim());
        IdempotencyStore.Claim afterLateRelease = store.claim("gcd|k2", "hash-a");

        assertThat(tooEarly.owned()).isFalse();
        assertThat(tooEarly.existing().completed()).isFalse();
        assertThat(takeover.owned()).isTrue();
        assertThat(afterLateRelease.owned()).as("the dead request's release does not free the new claim").isFalse();
    }

    /** Every request with a key touches the store: by _id only, or the embedded store scans a day of keys each time. */
    @Test
    void claimsCompletionsReleasesAndTakeoversFindTheirKeyByIdAlone() {
        IdempotencyStore.Claim done = store.claim("gcd|a", "h");
        store.complete("gcd|a", done.claim(), 200, "application/json", Map.of(), "{}");
        store.claim("gcd|a", "h");
        IdempotencyStore.Claim released = store.claim("gcd|b", "h");
        store.release("gcd|b", released.claim());
        store.claim("gcd|c", "h");
        clock.now = clock.now.plus(Duration.ofMinutes(3));
        store.claim("gcd|c", "h");

        assertThat(byKey.checked()).isGreaterThan(5);
        assertThat(byKey.offending()).isEmpty();
    }

    @Test
    void theSweepDeletesExpiredKeysOnly() {
        store.claim("gcd|old", "h");
        clock.now = clock.now.plus(Duration.ofHours(20));
        store.claim("gcd|new", "h");
        clock.now = clock.now.plus(Duration.ofHours(5));

        assertThat(store.sweep()).isEqualTo(1);
        assertThat(store.raw("gcd|old")).isEmpty();
        assertThat(store.raw("gcd|new")).isPresent();
    }
}
