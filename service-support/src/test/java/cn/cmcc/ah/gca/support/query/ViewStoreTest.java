package cn.cmcc.ah.gca.support.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import cn.cmcc.ah.gca.support.test.KeyOnlyFilters;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read-model kit on the embedded MongoDB-wire store: idempotent apply, open work, lists that page by keyset. */
class ViewStoreTest {

    /** A view as services write them: a plain class with public fields. */
    public static class Ticket {
        public String id;
        public String customer;
        public String status = "OPEN";
        public int steps;
    }

    /** The stored views and their lists; only the open work ({@code tickets_open}) may be filtered otherwise. */
    private final KeyOnlyFilters storedByKey = new KeyOnlyFilters(Set.of("tickets", "tickets_lists"));
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private ViewStore<Ticket> tickets;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(storedByKey).build());
        database = client.getDatabase("views");
        tickets = tickets(database, mapper);
    }

    /** The tickets' view store: open while OPEN; listed in all, the customer's and (once closed) closed. */
    static ViewStore<Ticket> tickets(MongoDatabase database, ObjectMapper mapper) {
        return ViewStore.builder(database, "tickets", Ticket.class, mapper)
                .id(ticket -> ticket.id)
                .openWhile(ticket -> ticket.status.equals("OPEN"))
                .listedIn(ticket -> ticket.status.equals("CLOSED")
                        ? List.of("all", "customer:" + ticket.customer, "closed")
                        : List.of("all", "customer:" + ticket.customer))
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    private void create(String id, String customer) {
        tickets.create(id, () -> {
            Ticket ticket = new Ticket();
            ticket.id = id;
            ticket.customer = customer;
            return ticket;
        });
    }

    private void close(String id, long sequence) {
        tickets.apply(id, sequence, ticket -> {
            ticket.status = "CLOSED";
            ticket.steps++;
        });
    }

    private static List<String> ids(Page<Ticket> page) {
        return page.items().stream().map(ticket -> ticket.id).toList();
    }

    @Test
    void storedViewsAndListsAreOnlyEverReadAndWrittenByKey() {
        for (int i = 1; i <= 30; i++) {
            create("T-" + i, i % 3 == 0 ? "C2" : "C1");
            tickets.apply("T-" + i, 1, ticket -> ticket.steps++);
        }
        close("T-3", 2);
        tickets.find("T-7");
        Page<Ticket> page = tickets.list("all", ticket -> true, PageRequest.first(5));
        tickets.list("all", ticket -> true, new PageRequest(5, Optional.of(page.next())));
        tickets.list("customer:C2", ticket -> ticket.steps > 0, PageRequest.first(5));
        tickets.open(Filters.eq("customer", "C1"), ViewStore.Order.NEWEST_FIRST, PageRequest.first(5));

        assertThat(storedByKey.checked()).isGreaterThan(60);
        assertThat(storedByKey.offending()).isEmpty();
    }

    @Test
    void aReDeliveredEventChangesNothingAndAnOlderOneIsIgnored() {
        create("T-1", "C1");
        tickets.apply("T-1", 1, ticket -> ticket.steps++);
        tickets.apply("T-1", 2, ticket -> ticket.steps++);

        create("T-1", "C2");
        tickets.apply("T-1", 2, ticket -> ticket.steps++);
        tickets.apply("T-1", 1, ticket -> ticket.steps++);

        Ticket stored = tickets.find("T-1").orElseThrow();
        assertThat(stored.steps).isEqualTo(2);
        assertThat(stored.customer).isEqualTo("C1");
    }

    @Test
    void theStoredViewComesWithTheSequenceOfTheLastEventItTook() {
        assertThat(tickets.findStored("T-1")).isEmpty();
        create("T-1", "C1");
        assertThat(tickets.findStored("T-1")).get().extracting(ViewStore.Stored::sequence).isEqualTo(0L);

        tickets.apply("T-1", 3, ticket -> ticket.steps++);
        tickets.apply("T-1", 2, ticket -> ticket.steps++);

        ViewStore.Stored<Ticket> stored = tickets.findStored("T-1").orElseThrow();
        assertThat(stored.sequence()).isEqualTo(3L);
        assertThat(stored.view().steps).isEqualTo(1);
    }

    @Test
    void theSequenceAndListPositionsStayBesideTheViewNotInIt() throws Exception {
        create("T-1", "C1");

        Document stored = database.getCollection("tickets").find(Filters.eq("_id", "T-1")).first();
        assertThat(stored).containsKeys("_seq", "_lists", "_sort");
        assertThat(mapper.writeValueAsString(tickets.find("T-1").orElseThrow()))
                .doesNotContain("_seq", "_lists", "_sort", "lastSequence");
    }

    @Test
    void openWorkIsQueriedApartFromTheHistoryAndLeavesItWhenClosed() {
        for (int i = 1; i <= 5; i++) {
            create("T-" + i, "C1");
        }
        close("T-2", 1);
        close("T-4", 1);

        Page<Ticket> open = tickets.open(Filters.empty(), ViewStore.Order.NEWEST_FIRST, PageRequest.first(10));

        assertThat(ids(open)).containsExactly("T-5", "T-3", "T-1");
        assertThat(database.getCollection("tickets_open").countDocuments()).isEqualTo(3);
        assertThat(open.next()).isNull();
    }

    @Test
    void openWorkPagesByCursorWithoutRepeatsOrGaps() {
        for (int i = 1; i <= 7; i++) {
            create("T-" + i, "C1");
        }
        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Ticket> page = tickets.open(Filters.empty(), ViewStore.Order.OLDEST_FIRST,
                    new PageRequest(3, cursor));
            seen.addAll(ids(page));
            cursor = Optional.ofNullable(page.next());
        } while (cursor.isPresent());

        assertThat(seen).containsExactly("T-1", "T-2", "T-3", "T-4", "T-5", "T-6", "T-7");
    }

    @Test
    void aListPagesNewestFirstByKeyset() {
        for (int i = 1; i <= 7; i++) {
            create("T-" + i, i % 2 == 0 ? "C2" : "C1");
        }

        Page<Ticket> first = tickets.list("all", ticket -> true, PageRequest.first(3));
        Page<Ticket> second = tickets.list("all", ticket -> true, new PageRequest(3, Optional.of(first.next())));
        Page<Ticket> third = tickets.list("all", ticket -> true, new PageRequest(3, Optional.of(second.next())));

        assertThat(ids(first)).containsExactly("T-7", "T-6", "T-5");
        assertThat(ids(second)).containsExactly("T-4", "T-3", "T-2");
        assertThat(ids(third)).containsExactly("T-1");
        assertThat(third.next()).isNull();
        assertThat(ids(tickets.list("customer:C2", ticket -> true, PageRequest.first(10))))
                .containsExactly("T-6", "T-4", "T-2");
    }

    @Test
    void aViewJoinsTheListOfItsFinalStatusWhenItGetsThere() {
        create("T-1", "C1");
        create("T-2", "C1");
        close("T-1", 1);
        close("T-1", 1);

        assertThat(ids(tickets.list("closed", ticket -> true, PageRequest.first(10)))).containsExactly("T-1");
    }

    @Test
    void anEntryTheViewDoesNotConfirmIsNotListed() {
        create("T-1", "C1");
        // a crash between appending to a list and writing the view leaves an entry no view vouches for
        new Timelines(database, "tickets_lists").append("all", "T-1");
        new Timelines(database, "tickets_lists").append("all", "T-404");

        assertThat(ids(tickets.list("all", ticket -> true, PageRequest.first(10)))).containsExactly("T-1");
    }

    @Test
    void aSelectiveFilterReturnsAShortPageWithANextCursorRatherThanWalkingTheWholeHistory() {
        for (int i = 1; i <= 2_500; i++) {
            create("T-" + i, "C1");
        }

        Page<Ticket> page = tickets.list("all", ticket -> ticket.id.equals("T-1"), PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isNotNull();
        assertThat(ids(tickets.list("all", ticket -> ticket.id.equals("T-1"),
                new PageRequest(10, Optional.of(page.next()))))).containsExactly("T-1");
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        for (int i = 1; i <= 3; i++) {
            create("T-" + i, "C1");
        }
        String next = tickets.list("all", ticket -> true, PageRequest.first(1)).next();

        assertThatThrownBy(() -> tickets.list("customer:C1", ticket -> true, new PageRequest(1, Optional.of(next))))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> tickets.list("all", ticket -> true, new PageRequest(1, Optional.of("bm90aGluZw"))))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aResetEmptiesViewsOpenWorkAndLists() {
        create("T-1", "C1");
        tickets.deleteAll();

        assertThat(tickets.find("T-1")).isEmpty();
        assertThat(tickets.list("all", ticket -> true, PageRequest.first(10)).items()).isEmpty();
        assertThat(tickets.open(Filters.empty(), ViewStore.Order.NEWEST_FIRST, PageRequest.first(10)).items())
                .isEmpty();
    }
}
