package cn.cmcc.ah.gca.presale;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.OlderRevisions;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.AVAILABLE;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.CORE_INSUFFICIENT;
import static cn.cmcc.ah.gca.events.presale.AssessmentOutcome.LAST_MILE_OPTIMIZABLE;
import static cn.cmcc.ah.gca.events.presale.Segment.CORE;
import static cn.cmcc.ah.gca.events.presale.Segment.LAST_MILE;
import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form 1 whose segments were assessed before {@code SegmentAssessed} carried {@code pointsPerOutcome} (revision 1):
 * its next assessment counts the points per outcome (sla-rules.md: a point counts under every outcome one of its
 * segments has) from every segment assessed so far, stored ones included, while the events stored as revision 1 are
 * published as revision 2 without the property.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class FormsAssessedAsRevisionOneTest {

    private static final Instant AT = Instant.parse("2025-12-01T02:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccessPoint P1 = new AccessPoint("P1", "合肥市蜀山区长江西路689号金座大厦12层", "蜀山区");
    private static final AccessPoint P2 = new AccessPoint("P2", "合肥市包河区徽州大道1号某某产业园3号楼", "包河区");
    private static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);
    private static final ResourceRequest REQUEST = new ResourceRequest(CUSTOMER,
            new ProductRef("OTN", "OTN精品专线", ""), 100, "2026-01-15", "李明 13905510123", "王芳 0551-65123456", "",
            AdjustmentLink.none());

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "presale-service");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine eventStorageEngine;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    /** A number no form of this context gets from the numbering (other years' sequences start at 000001). */
    private static String oldFormNumber() {
        return "RC-2025-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    /** P1: core CORE_INSUFFICIENT (referred to ENG), last mile LAST_MILE_OPTIMIZABLE; P2: last mile LAST_MILE_OPTIMIZABLE. */
    private void storeFormAssessedAsV1(String formId) {
        OlderRevisions store = new OlderRevisions(eventStorageEngine, eventSerializer);
        store.append("ConfirmationForm", formId, 0, new ConfirmationFormDispatched(formId, REQUEST, List.of(P1, P2), "",
                AT), "1", by(Department.GCD));
        store.append("ConfirmationForm", formId, 1, new ConfirmationFormReceived(formId, CUSTOMER, 2,
                AT.plusSeconds(60)), "1", by(Department.CSSC));
        store.append("ConfirmationForm", formId, 2, assessedV1(formId, "P1", CORE, CORE_INSUFFICIENT, "",
                new OutcomeCounts(0, 0, 1, 0, 1)), "1", json -> json.remove("pointsPerOutcome"), by(Department.CSSC));
        store.append("ConfirmationForm", formId, 3, new PointReferredToEngineering(formId, REQUEST, P1,
                List.of(new SegmentAssessment(CORE, CORE_INSUFFICIENT, "", "")), AT.plusSeconds(120)), "1",
                by(Department.CSSC));
        store.append("ConfirmationForm", formId, 4, assessedV1(formId, "P1", LAST_MILE, LAST_MILE_OPTIMIZABLE,
                "2025-12-20", new OutcomeCounts(0, 0, 1, 0, 1)), "1", json -> json.remove("pointsPerOutcome"),
                by(Department.CSSC));
        store.append("ConfirmationForm", formId, 5, assessedV1(formId, "P2", LAST_MILE, LAST_MILE_OPTIMIZABLE,
                "2025-12-20", new OutcomeCounts(0, 1, 1, 0, 0)), "1", json -> json.remove("pointsPerOutcome"),
                by(Department.CSSC));
    }

    private static SegmentAssessed assessedV1(String formId, String pointId, Segment segment,
                                              AssessmentOutcome outcome, String readyDate, OutcomeCounts counts) {
        return new SegmentAssessed(formId, pointId, new SegmentAssessment(segment, outcome, readyDate, ""), false,
                counts, null, AT.plusSeconds(100));
    }

    private static Map<String, String> by(Department department) {
        return Map.of(MetadataKeys.ACTING_DEPARTMENT, department.name(), MetadataKeys.ACTING_USER, "old-user");
    }

    private static JsonNode data(CloudEvent event) throws Exception {
        return JSON.readTree(event.getData().toBytes());
    }

    @Test
    void theNextAssessmentCountsThePointsPerOutcomeFromTheSegmentsStoredAsRevisionOneToo() throws Exception {
        String formId = oldFormNumber();
        Http http = Http.localhost(port);
        try (TopicReader presale = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(),
                Topics.PRESALE)) {
            storeFormAssessedAsV1(formId);

            Http.Response assessed = http.post("/api/forms/" + formId + "/points/P2/segments/CORE/assessment")
                    .auth(bearer(Department.CSSC)).body("{\"outcome\":\"AVAILABLE\"}").send();

            assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
            CloudEvent storedAsV1 = presale.await(r -> formId.equals(r.key())
                    && "5".equals(String.valueOf(r.value().getExtension("axonmessageaggregateseq"))),
                    Duration.ofSeconds(30)).value();
            CloudEvent next = presale.await(r -> formId.equals(r.key())
                    && "6".equals(String.valueOf(r.value().getExtension("axonmessageaggregateseq"))),
                    Duration.ofSeconds(30)).value();
            assertThat(storedAsV1.getType()).isEqualTo("gca.presale.SegmentAssessed.v2");
            assertThat(data(storedAsV1).has("pointsPerOutcome")).isFalse();
            assertThat(next.getType()).isEqualTo("gca.presale.SegmentAssessed.v2");
            assertThat(data(next).get("pointCounts")).isEqualTo(JSON.valueToTree(new OutcomeCounts(0, 1, 1, 0, 0)));
            assertThat(data(next).get("pointsPerOutcome")).isEqualTo(JSON.readTree(
                    "{\"available\":1,\"lastMileOptimizable\":2,\"coreInsufficient\":1,\"buildRequired\":0,"
                            + "\"notYetAssessed\":0}"));
            JsonNode form = Http.eventually(Duration.ofSeconds(30), () -> {
                Http.Response r = http.get("/api/forms/" + formId).auth(bearer(Department.CSSC)).send();
                return r.status() == 200 && r.json().has("pointsPerOutcome") ? r.json() : null;
            });
            assertThat(form.at("/pointsPerOutcome/lastMileOptimizable").asInt()).isEqualTo(2);
            assertThat(form.at("/pointCounts/lastMileOptimizable").asInt()).isEqualTo(1);
        }
    }
}
