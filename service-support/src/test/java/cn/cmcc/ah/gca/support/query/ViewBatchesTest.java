package cn.cmcc.ah.gca.support.query;

import cn.cmcc.ah.gca.support.query.ViewStoreTest.Ticket;
import cn.cmcc.ah.gca.support.test.KeyOnlyFilters;
import cn.cmcc.ah.gca.support.test.ProcessorBatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The view stores of a batched processor write once per batch, as a tracking processor drives them: a
 * {@link BatchingUnitOfWork} over the batch's events, each handled through the {@link ViewBatches} interceptor.
 */
class ViewBatchesTest {

    private final KeyOnlyFilters storedByKey = new KeyOnlyFilters(Set.of("tickets", "tickets_lists"));
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> counted = new ArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private ViewStore<Ticket> tickets;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                requests.incrementAndGet();
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(storedByKey).addCommandListener(counter).build());
        MongoDatabase database = client.getDatabase("views");
        tickets = ViewStoreTest.tickets(database, new ObjectMapper());
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private static DomainEventMessage<String> event(String ticket, long sequence, String payload) {
        return new GenericDomainEventMessage<>("Ticket", ticket, sequence, payload);
    }

    /**
     * What a projection of tickets does: event payload "open:&lt;customer&gt;" creates, "close" closes; and counts what
     * it did once the views are written.
     */
    private void project(EventMessage<?> message) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        String payload = (String) event.getPayload();
        String id = event.getAggregateIdentifier();
        boolean changed;
        if (payload.startsWith("open:")) {
            changed = tickets.create(id, () -> {
                Ticket ticket = new Ticket();
                ticket.id = id;
                ticket.customer = payload.substring("open:".length());
                return ticket;
            });
        } else {
            changed = tickets.apply(id, event.getSequenceNumber(), ticket -> {
                ticket.status = "CLOSED";
                ticket.steps++;
            });
        }
        if (changed) {
            ViewBatches.afterWrite(() -> counted.add(payload + " " + id));
        }
    }

    /** Handles a batch as a tracking processor does; {@code during} runs after each event. */
    private void batch(List<? extends EventMessage<?>> events, Consumer<EventMessage<?>> during) throws Exception {
        ProcessorBatch.handle(events, message -> {
            project(message);
            during.accept(message);
        });
    }

    @Test
    void theBatchsEventsAreKnownWhileItIsHandledAndNoneOutsideIt() throws Exception {
        List<DomainEventMessage<String>> events = List.of(event("T-1", 0, "open:C1"), event("T-2", 0, "open:C1"));
        List<List<EventMessage<?>>> seen = new ArrayList<>();

        batch(events, message -> seen.add(ViewBatches.messages()));

        assertThat(seen).hasSize(2).allSatisfy(messages -> assertThat(messages).containsExactlyElementsOf(events));
        assertThat(ViewBatches.messages()).isEmpty();
    }

    @Test
    void aBatchIsWrittenAtItsLastEventInRequestsThatDoNotGrowWithTheBatch() throws Exception {
        List<DomainEventMessage<String>> events = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            events.add(event("T-" + i, 0, "open:C" + (i % 3)));
        }
        events.add(event("T-7", 1, "close"));
        List<Long> storedDuring = new ArrayList<>();

        requests.set(0);
        batch(events, message -> storedDuring.add(client.getDatabase("views").getCollection("tickets")
                .countDocuments()));

        // nothing reached the store while the batch was handled; all of it at its last event
        assertThat(storedDuring.subList(0, storedDuring.size() - 1)).containsOnly(0L);
        // one read of the batch's views, the counted reads above, and a handful of bulk writes
        assertThat(requests.get() - storedDuring.size()).isLessThanOrEqualTo(8);
        assertThat(tickets.find("T-7").orElseThrow().status).isEqualTo("CLOSED");
        assertThat(tickets.find("T-200").orElseThrow().customer).isEqualTo("C2");
        assertThat(tickets.open(Filters.empty(), ViewStore.Order.OLDEST_FIRST, PageRequest.first(200)).items())
                .hasSize(199);
        assertThat(tickets.list("closed", ticket -> true, PageRequest.first(10)).items())
                .extracting(ticket -> ticket.id).containsExactly("T-7");
        Page<Ticket> newest = tickets.list("all", ticket -> true, PageRequest.first(3));
        assertThat(newest.items()).extracting(ticket -> ticket.id).containsExactly("T-200", "T-199", "T-198");
        assertThat(tickets.list("customer:C1", ticket -> true, PageRequest.first(200)).items()).hasSize(67);
        assertThat(counted).hasSize(201).startsWith("open:C1 T-1").endsWith("close T-7");
        assertThat(storedByKey.offending()).isEmpty();
    }

    @Test
    void aBatchThatFailsWritesNothingAndCountsNothingAndIsHandledAgainWhole() throws Exception {
        List<DomainEventMessage<String>> events = List.of(event("T-1", 0, "open:C1"), event("T-2", 0, "open:C1"),
                event("T-1", 1, "close"));

        assertThatThrownBy(() -> batch(events, message -> {
            if (message == events.get(2)) {
                throw new IllegalStateException("store gone");
            }
        })).hasMessage("store gone");
        assertThat(tickets.find("T-1")).isEmpty();
        assertThat(counted).isEmpty();

        batch(events, message -> { });
        assertThat(tickets.find("T-1").orElseThrow().status).isEqualTo("CLOSED");
        assertThat(counted).containsExactly("open:C1 T-1", "open:C1 T-2", "close T-1");
    }

    @Test
    void aBatchHandledAgainAfterItWasWrittenChangesAndCountsNothing() throws Exception {
        List<DomainEventMessage<String>> events = List.of(event("T-1", 0, "open:C1"), event("T-1", 1, "close"));
        batch(events, message -> { });
        batch(events, message -> { });

        assertThat(counted).containsExactly("open:C1 T-1", "close T-1");
        assertThat(tickets.find("T-1").orElseThrow().steps).isEqualTo(1);
        assertThat(tickets.list("all", ticket -> true, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void aListPositionTakenMeanwhileByAnotherWriterIsAppendedAgainOneByOne() throws Exception {
        batch(List.of(event("T-1", 0, "open:C1")), message -> { });
        // another writer (an instance that held the segment before) took position 2 of "all" between the batch's
        // increment and its entries
        client.getDatabase("views").getCollection("tickets_lists")
                .insertOne(new org.bson.Document("_id", "all#2").append("item", "T-X"));

        batch(List.of(event("T-3", 0, "open:C1"), event("T-4", 0, "open:C1")), message -> { });

        assertThat(tickets.list("all", ticket -> true, PageRequest.first(10)).items())
                .extracting(ticket -> ticket.id).containsExactly("T-3", "T-4", "T-1");
    }

    @Test
    void outsideABatchedProcessorAViewStoreWritesAtOnce() {
        tickets.create("T-1", () -> {
            Ticket ticket = new Ticket();
            ticket.id = "T-1";
            ticket.customer = "C1";
            return ticket;
        });
        ViewBatches.afterWrite(() -> counted.add("now"));

        assertThat(tickets.find("T-1")).isPresent();
        assertThat(counted).containsExactly("now");
    }
}
