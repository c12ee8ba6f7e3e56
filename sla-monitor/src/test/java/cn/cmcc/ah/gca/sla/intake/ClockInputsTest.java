package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.support.test.ProcessorBatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clock inputs the intake keeps, written once per batch: a re-delivered start keeps a later recompute's data,
 * and within a batch a read sees what the batch has written before it.
 */
class ClockInputsTest {

    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant RECOMPUTE = START.plusSeconds(3_600);
    private final ObjectMapper json = new ObjectMapper();
    private MongoServer server;
    private MongoClient client;
    private ClockInputs inputs;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        inputs = new ClockInputs(client.getDatabase("sla"), json);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private JsonNode data(String text) {
        return json.createObjectNode().put("v", text);
    }

    /** Runs {@code steps} in one processor batch of as many events. */
    private void inOneBatch(Runnable... steps) throws Exception {
        List<GenericEventMessage<Integer>> events = java.util.stream.IntStream.range(0, steps.length)
                .mapToObj(GenericEventMessage::new).toList();
        ProcessorBatch.handle(events, message -> steps[(Integer) message.getPayload()].run());
    }

    private String stored(String clockId) {
        return inputs.find(clockId).map(input -> input.data().get("v").asText()).orElse(null);
    }

    @Test
    void aStartReDeliveredInALaterBatchKeepsTheRecomputesData() throws Exception {
        inOneBatch(() -> inputs.putIfAbsent("c-1", data("start"), ServiceLevel.AAA, START));
        inOneBatch(() -> inputs.put("c-1", data("recompute"), ServiceLevel.AAA, RECOMPUTE));
        inOneBatch(() -> inputs.putIfAbsent("c-1", data("start"), ServiceLevel.AAA, START));

        assertThat(stored("c-1")).isEqualTo("recompute");
        assertThat(inputs.find("c-1")).map(ClockInputs.Input::at).contains(RECOMPUTE);
    }

    @Test
    void withinABatchEveryStepSeesTheOnesBeforeItAndTheStoreSeesTheEnd() throws Exception {
        String[] seen = new String[4];
        inOneBatch(
                () -> inputs.putIfAbsent("c-1", data("start"), ServiceLevel.AA, START),
                () -> seen[0] = stored("c-1"),
                () -> inputs.put("c-1", data("recompute"), ServiceLevel.AA, RECOMPUTE),
                () -> seen[1] = stored("c-1"),
                () -> inputs.putIfAbsent("c-1", data("start again"), ServiceLevel.AA, START),
                () -> seen[2] = stored("c-1"),
                () -> inputs.putIfAbsent("c-2", data("start"), null, START),
                () -> inputs.remove("c-2"),
                () -> seen[3] = stored("c-2"));

        assertThat(seen).containsExactly("start", "recompute", "recompute", null);
        assertThat(stored("c-1")).isEqualTo("recompute");
        assertThat(stored("c-2")).isNull();
    }

    @Test
    void aClockRemovedThenStartedAgainInOneBatchKeepsTheNewStart() throws Exception {
        inOneBatch(() -> inputs.putIfAbsent("c-1", data("first"), ServiceLevel.A, START));
        inOneBatch(() -> inputs.remove("c-1"),
                () -> inputs.putIfAbsent("c-1", data("second"), ServiceLevel.A, RECOMPUTE));

        assertThat(stored("c-1")).isEqualTo("second");
    }

    @Test
    void aBatchThatFailsLeavesNoInputs() {
        assertThatThrownBy(() -> inOneBatch(() -> inputs.putIfAbsent("c-1", data("start"), ServiceLevel.A, START),
                () -> {
                    throw new IllegalStateException("command failed");
                })).hasMessage("command failed");

        assertThat(inputs.find("c-1")).isEqualTo(Optional.empty());
    }
}
