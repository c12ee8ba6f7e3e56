package cn.cmcc.ah.gca.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.OlderRevisions;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets that fault-service stored before revision 3 of its events (revision 1: department codes as strings;
 * revision 2: typed; both with the reporter's contact in clear, and no holder) are still read from its own store,
 * as revision 3: by the store itself through the contract's upcasters, with the contact masked and the holder the
 * accepting department; by the ticket aggregate; and by the publisher, which sends them on as revision 3 and never
 * puts the old contact on the topic in clear.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class TicketsStoredAsRevisionOneTest {

    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final String CIRCUIT = "AH-HF-ZX-000881";
    /** The contact as revisions 1 and 2 carried it: one text, in clear. */
    private static final String CLEAR_CONTACT = "张三 13800000000";
    /** What that text reads as in revision 3: the whole of it masked as the name, no phone, nothing sealed. */
    private static final MaskedContact READ_AS = new MaskedContact("张" + "*".repeat(13), null, null);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "fault-service");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine eventStorageEngine;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    private OlderRevisions store;
    private Http http;

    @BeforeEach
    void setUp() {
        store = new OlderRevisions(eventStorageEngine, eventSerializer);
        http = Http.localhost(port);
    }

    /** A number no ticket of this context gets from the numbering (other years' sequences start at 000001). */
    private static String oldTicketNumber() {
        return "FT-2025-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    /** The report as revision 1 or 2 stored it: contact in clear, no holder, no linked tickets. */
    private void storeReportAs(String revision, String ticketId, ReportChannel channel, Department accepting) {
        FaultReported current = new FaultReported(ticketId, CIRCUIT, CUSTOMER, channel, "专线中断",
                new MaskedContact("张*", "138****0000", "unused:AAAA"), accepting, accepting, List.of(),
                Instant.parse("2025-12-30T02:00:00Z"));
        store.append("FaultTicket", ticketId, 0, current, revision, json -> {
                    json.put("contact", CLEAR_CONTACT);
                    json.remove("holder");
                    json.remove("linkedTicketIds");
                },
                Map.of(MetadataKeys.ACTING_DEPARTMENT, "CALL_CENTER", MetadataKeys.ACTING_USER, "agent-7"));
    }

    /** The acceptance as revision 1 or 2 stored it: no circuit, customer or holder. */
    private void storeAcceptanceAs(String revision, String ticketId, Department acceptedBy) {
        FaultAccepted current = new FaultAccepted(ticketId, CIRCUIT, CUSTOMER, acceptedBy, acceptedBy,
                Instant.parse("2025-12-30T02:05:00Z"));
        store.append("FaultTicket", ticketId, 1, current, revision, json -> {
                    json.remove("circuitId");
                    json.remove("customer");
                    json.remove("holder");
                },
                Map.of(MetadataKeys.ACTING_DEPARTMENT, acceptedBy.name()));
    }

    private List<Object> storedPayloads(String ticketId) {
        return eventStorageEngine.readEvents(ticketId).asStream().<Object>map(DomainEventMessage::getPayload).toList();
    }

    @ParameterizedTest(name = "revision {0}")
    @ValueSource(strings = {"1", "2"})
    void aTicketStoredAsAnOlderRevisionReadsFromTheStoreAsRevision3WithTheContactMasked(String revision) {
        String ticketId = oldTicketNumber();
        storeReportAs(revision, ticketId, ReportChannel.CALL_CENTER, Department.MON);
        storeAcceptanceAs(revision, ticketId, Department.MON);

        List<Object> events = storedPayloads(ticketId);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(FaultReported.class, reported -> {
            assertThat(reported.contact()).isEqualTo(READ_AS);
            assertThat(reported.acceptingDepartment()).isEqualTo(Department.MON);
            assertThat(reported.holder()).isEqualTo(Department.MON);
            assertThat(reported.linkedTicketIds()).isNull();
            assertThat(reported.customer()).isEqualTo(CUSTOMER);
        });
        assertThat(events.get(1)).isEqualTo(new FaultAccepted(ticketId, null, null, Department.MON, null,
                Instant.parse("2025-12-30T02:05:00Z")));
    }

    @Test
    void aDirectReportStoredAsRevisionOneIsHeldByCssc() {
        String ticketId = oldTicketNumber();
        storeReportAs("1", ticketId, ReportChannel.CUSTOMER_DIRECT, Department.CSSC);

        assertThat(storedPayloads(ticketId)).singleElement().isInstanceOfSatisfying(FaultReported.class,
                reported -> assertThat(reported.holder()).isEqualTo(Department.CSSC));
    }

    /** The aggregate reads its older history too: only the accepting department accepts, and only once. */
    @Test
    void aTicketReportedAsRevisionOneIsAcceptedOnlyByItsAcceptingDepartmentAndOnlyOnce() {
        String ticketId = oldTicketNumber();
        storeReportAs("1", ticketId, ReportChannel.CALL_CENTER, Department.MON);

        Http.Response byCssc = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.CSSC))
                .send();
        Http.Response byMon = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.MON)).send();
        Http.Response again = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.MON)).send();

        assertThat(byCssc.status()).as(byCssc.body()).isEqualTo(403);
        assertThat(byCssc.json().get("code").asText()).isEqualTo("fault-accepted-by-other-department");
        assertThat(byMon.status()).as(byMon.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("fault-already-accepted");
    }

    @Test
    void aTicketAcceptedAsRevisionTwoStaysAccepted() {
        String ticketId = oldTicketNumber();
        storeReportAs("2", ticketId, ReportChannel.CUSTOMER_DIRECT, Department.CSSC);
        storeAcceptanceAs("2", ticketId, Department.CSSC);

        Http.Response again = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.CSSC))
                .send();

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("fault-already-accepted");
    }

    /** What fault-service publishes again from its store is revision 3, and the old contact leaves it masked. */
    @Test
    void aTicketStoredAsRevisionOneIsPublishedAsRevision3WithoutTheContactInClear() throws Exception {
        String ticketId = oldTicketNumber();
        try (TopicReader reader = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.FAULT)) {
            storeReportAs("1", ticketId, ReportChannel.CALL_CENTER, Department.MON);

            CloudEvent published = reader.await(r -> ticketId.equals(r.key()), Duration.ofSeconds(30)).value();
            String data = new String(published.getData().toBytes(), StandardCharsets.UTF_8);
            JsonNode payload = new ObjectMapper().readTree(data);

            assertThat(published.getType()).isEqualTo("gca.fault.FaultReported.v3");
            assertThat(published.getExtension("axonmessagerevision")).isEqualTo("3");
            assertThat(payload.path("acceptingDepartment").asText()).isEqualTo("MON");
            assertThat(payload.path("holder").asText()).isEqualTo("MON");
            assertThat(payload.path("contact").path("name").asText()).isEqualTo(READ_AS.name());
            assertThat(payload.path("contact").has("phone")).isFalse();
            assertThat(payload.path("contact").has("sealed")).isFalse();
            assertThat(data).doesNotContain("13800000000", "张三");
        }
    }
}
