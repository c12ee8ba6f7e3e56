package cn.cmcc.ah.gca.fault;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.OlderRevisions;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets that fault-service stored before the departments in its events were typed (revision 1, department codes
 * as strings) are still read from its own store: by the ticket aggregate, by the ticket views, and by the
 * publisher, which sends them on as revision 2.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,fault-service")
class TicketsStoredAsRevisionOneTest {

    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);

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

    private void storeReportAsV1(String ticketId, ReportChannel channel, Department accepting) {
        store.append("FaultTicket", ticketId, 0, new FaultReported(ticketId, "AH-HF-ZX-000881", CUSTOMER, channel,
                        "专线中断", "张三 13800000000", accepting, Instant.parse("2025-12-30T02:00:00Z")), "1",
                Map.of(MetadataKeys.ACTING_DEPARTMENT, "CALL_CENTER", MetadataKeys.ACTING_USER, "agent-7"));
    }

    private JsonNode awaitTicket(String ticketId, String status) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = http.get("/api/faults/" + ticketId).auth(bearer(Department.ADMIN)).send();
            return r.status() == 200 && status.equals(r.json().path("status").asText()) ? r.json() : null;
        });
    }

    @Test
    void aTicketReportedAsRevisionOneIsShownAndOnlyItsAcceptingDepartmentAcceptsIt() {
        String ticketId = oldTicketNumber();
        storeReportAsV1(ticketId, ReportChannel.CALL_CENTER, Department.MON);

        JsonNode reported = awaitTicket(ticketId, "REPORTED");
        Http.Response byCssc = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.CSSC))
                .send();
        Http.Response byMon = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.MON)).send();

        assertThat(reported.get("acceptingDepartment").asText()).isEqualTo("MON");
        assertThat(byCssc.status()).as(byCssc.body()).isEqualTo(403);
        assertThat(byCssc.json().get("code").asText()).isEqualTo("fault-accepted-by-other-department");
        assertThat(byMon.status()).as(byMon.body()).isEqualTo(200);
        assertThat(awaitTicket(ticketId, "ACCEPTED").get("acceptedBy").asText()).isEqualTo("MON");
    }

    @Test
    void aTicketAcceptedAsRevisionOneStaysAccepted() {
        String ticketId = oldTicketNumber();
        storeReportAsV1(ticketId, ReportChannel.CUSTOMER_DIRECT, Department.CSSC);
        store.append("FaultTicket", ticketId, 1, new FaultAccepted(ticketId, Department.CSSC,
                Instant.parse("2025-12-30T02:05:00Z")), "1", Map.of(MetadataKeys.ACTING_DEPARTMENT, "CSSC"));

        JsonNode accepted = awaitTicket(ticketId, "ACCEPTED");
        Http.Response again = http.post("/api/faults/" + ticketId + "/acceptance").auth(bearer(Department.CSSC))
                .send();

        assertThat(accepted.get("acceptedBy").asText()).isEqualTo("CSSC");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("fault-already-accepted");
    }

    @Test
    void aTicketStoredAsRevisionOneIsPublishedAsRevisionTwo() {
        String ticketId = oldTicketNumber();
        try (TopicReader reader = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.FAULT)) {
            storeReportAsV1(ticketId, ReportChannel.CALL_CENTER, Department.MON);

            CloudEvent published = reader.await(r -> ticketId.equals(r.key()), Duration.ofSeconds(30)).value();

            assertThat(published.getType()).isEqualTo("gca.fault.FaultReported.v2");
            assertThat(published.getExtension("axonmessagerevision")).isEqualTo("2");
            assertThat(new String(published.getData().toBytes(), StandardCharsets.UTF_8))
                    .contains("\"acceptingDepartment\":\"MON\"");
        }
    }
}
