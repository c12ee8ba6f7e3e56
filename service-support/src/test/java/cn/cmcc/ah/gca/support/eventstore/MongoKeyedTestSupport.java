package cn.cmcc.ah.gca.support.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-process MongoDB-wire server (memory backend) per test class, reached over TCP by the real sync driver; a
 * fresh database per test.
 */
abstract class MongoKeyedTestSupport {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        quietLogs();
    }

    static MongoServer server;
    static MongoClient client;

    MongoDatabase database;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        database = client.getDatabase("events_test_" + DATABASES.incrementAndGet());
    }

    /** Jackson with field visibility, so snapshots of aggregates without getters serialize. */
    static JacksonSerializer jackson() {
        ObjectMapper mapper = new ObjectMapper().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    MongoKeyedEventStorageEngine.Builder engineBuilder() {
        JacksonSerializer serializer = jackson();
        return MongoKeyedEventStorageEngine.builder()
                                           .database(database)
                                           .eventSerializer(serializer)
                                           .snapshotSerializer(serializer);
    }

    MongoKeyedEventStorageEngine newEngine() {
        return engineBuilder().build();
    }

    MongoCollection<Document> streamCollection() {
        return database.getCollection("events_stream");
    }

    MongoCollection<Document> counterCollection() {
        return database.getCollection("events_counters");
    }

    static DomainEventMessage<?> event(String aggregateId, long sequence) {
        return new GenericDomainEventMessage<>("Ticket", aggregateId, sequence,
                                               new NoteAdded(aggregateId, "note " + sequence));
    }

    static DomainEventMessage<?> eventAt(String aggregateId, long sequence, Instant timestamp) {
        return new GenericDomainEventMessage<>("Ticket", aggregateId, sequence,
                                               new NoteAdded(aggregateId, "note " + sequence),
                                               java.util.Map.of(), java.util.UUID.randomUUID().toString(),
                                               timestamp);
    }

    static List<DomainEventMessage<?>> events(String aggregateId, long fromSequence, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(aggregateId, fromSequence + i));
        }
        return events;
    }

    /** Reads the tracking stream after {@code token} until it ends (caught up or at an open gap). */
    /** {@code from, from + 1, …}, {@code count} numbers. */
    static List<Long> sequence(long from, int count) {
        List<Long> sequence = new java.util.ArrayList<>();
        for (long i = from; i < from + count; i++) {
            sequence.add(i);
        }
        return sequence;
    }

    static List<TrackedEventMessage<?>> readAll(MongoKeyedEventStorageEngine engine, TrackingToken token) {
        try (var stream = engine.readEvents(token, false)) {
            return new ArrayList<>(stream.toList());
        }
    }

    static long tokenIndex(TrackedEventMessage<?> message) {
        return message.trackingToken().position().orElseThrow();
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    record NoteAdded(String ticketId, String text) {
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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

    /** Without a logback-test.xml logback logs everything at DEBUG, the driver's wire chatter included. */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
            context.getLogger("org.mongodb.driver").setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("de.bwaldvogel").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
