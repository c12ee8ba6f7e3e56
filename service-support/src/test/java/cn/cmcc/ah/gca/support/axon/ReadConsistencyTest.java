package cn.cmcc.ah.gca.support.axon;

import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import cn.cmcc.ah.gca.support.query.ProjectionBehindException;
import cn.cmcc.ah.gca.support.query.ReadFence;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-your-writes against a real event store and token store: a read waits until the processor has taken what was
 * stored before it, and gives up with {@link ProjectionBehindException} (→ 503 Retry-After) when it does not.
 */
class ReadConsistencyTest {

    private static final String PROCESSOR = "views";

    private MongoServer server;
    private MongoClient client;
    private MongoKeyedEventStorageEngine engine;
    private EmbeddedEventStore store;
    private MongoTokenStore tokens;
    private ReadConsistency consistency;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().substring(10));
        MongoDatabase database = client.getDatabase("consistency");
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();
        engine = MongoKeyedEventStorageEngine.builder().database(database).eventSerializer(serializer)
                .snapshotSerializer(serializer).build();
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
        MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(client, "consistency").build();
        tokens = MongoTokenStore.builder().mongoTemplate(template).serializer(serializer).nodeId("me").build();
        tokens.initializeTokenSegments(PROCESSOR, 1);
        consistency = new ReadConsistency(engine, template.trackingTokensCollection(), serializer,
                Duration.ofMillis(300), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
        client.close();
        server.shutdownNow();
    }

    private void append(String aggregate, long sequence) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> store.publish(new GenericDomainEventMessage<>("Note",
                aggregate, sequence, Map.of("text", "n" + sequence))));
    }

    private void processedThrough(long position) {
        tokens.fetchToken(PROCESSOR, 0);
        tokens.storeToken(new GlobalSequenceTrackingToken(position), PROCESSOR, 0);
    }

    @Test
    void aReadWaitsForWhatWasStoredBeforeIt_andIs503WhenTheProcessorDoesNotGetThere() {
        append("N-1", 0);
        append("N-1", 1);
        append("N-1", 2);
        processedThrough(2);
        ReadFence fence = consistency.fence(PROCESSOR);

        assertThatThrownBy(fence::await).isInstanceOf(ProjectionBehindException.class)
                .satisfies(e -> assertThat(((ProjectionBehindException) e).retryAfter()).isPositive());

        processedThrough(3);
        assertThatCode(fence::await).doesNotThrowAnyException();
    }

    @Test
    void aCallerThatAsksForItsOwnPositionDoesNotWaitForLaterWrites() {
        append("N-1", 0);
        processedThrough(1);
        append("N-1", 1);

        consistency.requirePosition(1L);
        try {
            assertThatCode(consistency.fence(PROCESSOR)::await).doesNotThrowAnyException();
        } finally {
            consistency.requirePosition(null);
        }
        assertThatThrownBy(consistency.fence(PROCESSOR)::await).isInstanceOf(ProjectionBehindException.class);
    }

    @Test
    void trailingTombstonesDoNotHoldAReadBack() {
        append("N-1", 0);
        processedThrough(1);
        // a second writer takes the same aggregate sequence: its append is aborted and leaves a tombstone at 2
        assertThatThrownBy(() -> append("N-1", 0)).isInstanceOf(RuntimeException.class);

        assertThat(engine.headPosition()).isEqualTo(2);
        assertThatCode(consistency.fence(PROCESSOR)::await).doesNotThrowAnyException();
    }
}
