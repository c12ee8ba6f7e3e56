package cn.cmcc.ah.gca.support.axon;

import cn.cmcc.ah.gca.support.GcaProperties;
import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The services' aggregate cache ({@code gcaAggregateCache}): a command on a cached aggregate does not read the store,
 * the cache is bounded, and a rolled-back command leaves no trace in it.
 */
class AggregateCacheTest {

    private MongoServer server;
    private MongoClient client;
    private org.ehcache.CacheManager cacheManager;
    private CountingEventStore store;
    private MongoKeyedEventStorageEngine engine;

    private EventSourcingRepository<Note> repository(int entries) {
        GcaAxonConfiguration configuration = new GcaAxonConfiguration();
        GcaProperties properties = new GcaProperties("test", null, null, null,
                new GcaProperties.EventStore(Duration.ofSeconds(10), 50, 100, entries), null, null);
        cacheManager = configuration.gcaAggregateCacheManager(properties);
        Cache cache = configuration.gcaAggregateCache(cacheManager, engine);
        return EventSourcingRepository.builder(Note.class).eventStore(store).cache(cache).build();
    }

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().substring(10));
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)).build();
        engine = MongoKeyedEventStorageEngine.builder()
                .database(client.getDatabase("cache_test")).eventSerializer(serializer).snapshotSerializer(serializer)
                .build();
        store = new CountingEventStore(EmbeddedEventStore.builder().storageEngine(engine));
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
        if (cacheManager != null) {
            cacheManager.close();
        }
        client.close();
        server.shutdownNow();
    }

    @Test
    void commandsOnACachedAggregateDoNotReadTheStore() throws Exception {
        EventSourcingRepository<Note> repository = repository(100);
        inUnitOfWork(() -> repository.newInstance(() -> new Note("n-1")));

        for (int i = 0; i < 10; i++) {
            run(() -> repository.load("n-1").execute(Note::edit));
        }

        assertThat(store.reads.get()).isZero();
        assertThat(store.readEvents("n-1").asStream()).hasSize(11);
    }

    @Test
    void theCacheIsBounded_anEvictedAggregateIsLoadedFromTheStoreWithAllItsEvents() throws Exception {
        EventSourcingRepository<Note> repository = repository(10);
        for (int i = 0; i < 200; i++) {
            String id = "n-" + i;
            inUnitOfWork(() -> repository.newInstance(() -> new Note(id)));
        }
        int cached = 0;
        for (var ignored : cacheManager.getCache("gca-aggregates", Object.class, Object.class)) {
            cached++;
        }
        assertThat(cached).isBetween(1, 10);

        for (int i = 0; i < 200; i++) {
            String id = "n-" + i;
            run(() -> repository.load(id).execute(Note::edit));
        }
        assertThat(store.reads.get()).isGreaterThanOrEqualTo(190);
        int edits = inUnitOfWork(() -> repository.load("n-0").invoke(note -> note.edits));
        assertThat(edits).isEqualTo(1);
    }

    @Test
    void aRolledBackCommandLeavesTheCachedAggregateAsTheStoreHasIt() throws Exception {
        EventSourcingRepository<Note> repository = repository(100);
        inUnitOfWork(() -> repository.newInstance(() -> new Note("n-1")));

        assertThatThrownBy(() -> run(() -> repository.load("n-1").execute(note -> {
            note.edit();
            throw new IllegalStateException("the command fails after applying an event");
        }))).hasMessageContaining("the command fails");

        int edits = inUnitOfWork(() -> repository.load("n-1").invoke(note -> note.edits));
        assertThat(edits).isZero();
        assertThat(store.readEvents("n-1").asStream()).hasSize(1);
    }

    private static <R> R inUnitOfWork(Callable<R> task) throws Exception {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("test"));
        var result = unitOfWork.executeWithResult(task);
        if (result.isExceptional()) {
            throw new IllegalStateException(result.exceptionResult());
        }
        @SuppressWarnings("unchecked") R payload = (R) result.getPayload();
        return payload;
    }

    private static void run(ThrowingRunnable task) throws Exception {
        inUnitOfWork(() -> {
            task.run();
            return null;
        });
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The event store, counting aggregate loads that reach it. */
    private static final class CountingEventStore extends EmbeddedEventStore {

        final AtomicInteger reads = new AtomicInteger();

        CountingEventStore(EmbeddedEventStore.Builder builder) {
            super(builder);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier) {
            reads.incrementAndGet();
            return super.readEvents(aggregateIdentifier);
        }
    }

    record NoteCreated(String id) {
    }

    record NoteEdited(String id, int edits) {
    }

    /** A minimal event-sourced aggregate. */
    static class Note {

        @AggregateIdentifier
        private String id;
        private int edits;

        Note() {
        }

        Note(String id) {
            apply(new NoteCreated(id));
        }

        void edit() {
            apply(new NoteEdited(id, edits + 1));
        }

        @EventSourcingHandler
        void on(NoteCreated event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(NoteEdited event) {
            edits = event.edits();
        }
    }

}
