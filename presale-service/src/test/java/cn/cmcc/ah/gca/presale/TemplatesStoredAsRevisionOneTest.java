package cn.cmcc.ah.gca.presale;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.TemplateDraftReturned;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.OlderRevisions;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A solution template whose drafts were submitted, returned and validated before the departments in those events
 * were typed (revision 1) is read from presale-service's own store by the template aggregate and the template views,
 * and its work goes on from there.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class TemplatesStoredAsRevisionOneTest {

    private static final Instant AT = Instant.parse("2025-12-01T02:00:00Z");

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

    /** A number no template of this context gets from the numbering (other years' sequences start at 000001). */
    private static String oldTemplateNumber() {
        return "TPL-2025-9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    /** Requested by GCD; draft 1 by CSSC, returned by GCD; draft 2 by CSSC, validated by GCD; all as revision 1. */
    private void storeTemplateValidatedByGcdAsV1(String templateId) {
        OlderRevisions store = new OlderRevisions(eventStorageEngine, eventSerializer);
        store.append("SolutionTemplate", templateId, 0, new TemplateRequested(templateId, "OTN", "OTN精品专线",
                "两址互联，要求双路由保护", AT), "1", by(Department.GCD));
        store.append("SolutionTemplate", templateId, 1, new TemplateDraftSubmitted(templateId, 1, "两址互联模板",
                "核心间 OTN 骨干互联", Department.CSSC, AT.plusSeconds(60)), "1", by(Department.CSSC));
        store.append("SolutionTemplate", templateId, 2, new TemplateDraftReturned(templateId, 1, Department.GCD,
                "未包含双路由保护方案", AT.plusSeconds(120)), "1", by(Department.GCD));
        store.append("SolutionTemplate", templateId, 3, new TemplateDraftSubmitted(templateId, 2, "两址互联模板",
                "核心间 OTN 骨干 1+1 保护", Department.CSSC, AT.plusSeconds(180)), "1", by(Department.CSSC));
        store.append("SolutionTemplate", templateId, 4, new TemplateValidated(templateId, 2, Department.GCD, false,
                AT.plusSeconds(240)), "1", by(Department.GCD));
    }

    private static Map<String, String> by(Department department) {
        return Map.of(MetadataKeys.ACTING_DEPARTMENT, department.name(), MetadataKeys.ACTING_USER, "old-user");
    }

    @Test
    void aTemplateStoredAsRevisionOneIsShownWithItsDepartmentsAndIsProductisedOnceCsscValidatesToo() {
        String templateId = oldTemplateNumber();
        Http http = Http.localhost(port);
        try (TopicReader presale = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(),
                Topics.PRESALE)) {
            storeTemplateValidatedByGcdAsV1(templateId);

            JsonNode view = Http.eventually(Duration.ofSeconds(30), () -> {
                Http.Response r = http.get("/api/templates/" + templateId).auth(bearer(Department.GCD)).send();
                return r.status() == 200 && r.json().path("validatedBy").size() == 1 ? r.json() : null;
            });
            Http.Response gcdAgain = http.post("/api/templates/" + templateId + "/drafts/2/validation")
                    .auth(bearer(Department.GCD)).send();
            Http.Response returnedBySubmitter = http.post("/api/templates/" + templateId + "/drafts/2/return")
                    .auth(bearer(Department.CSSC)).body("{\"reason\":\"自己退回\"}").send();
            Http.Response csscValidates = http.post("/api/templates/" + templateId + "/drafts/2/validation")
                    .auth(bearer(Department.CSSC)).send();
            Http.Response productised = http.post("/api/templates/" + templateId + "/productisation")
                    .auth(bearer(Department.CSSC)).send();

            assertThat(view.get("status").asText()).isEqualTo("DRAFT_SUBMITTED");
            assertThat(view.get("submittedBy").asText()).isEqualTo("CSSC");
            assertThat(view.get("validatedBy")).extracting(JsonNode::asText).containsExactly("GCD");
            assertThat(view.get("awaiting")).extracting(JsonNode::asText).containsExactly("CSSC");
            assertThat(gcdAgain.status()).as(gcdAgain.body()).isEqualTo(409);
            assertThat(gcdAgain.json().get("code").asText()).isEqualTo("template-already-validated");
            assertThat(returnedBySubmitter.status()).as(returnedBySubmitter.body()).isEqualTo(409);
            assertThat(returnedBySubmitter.json().get("code").asText()).isEqualTo("template-returned-by-submitter");
            assertThat(csscValidates.status()).as(csscValidates.body()).isEqualTo(200);
            assertThat(productised.status()).as(productised.body()).isEqualTo(200);
            CloudEvent productisedEvent = presale.await(r -> templateId.equals(r.key())
                    && r.value().getType().equals("gca.presale.TemplateProductised.v2"), Duration.ofSeconds(30))
                    .value();
            assertThat(new String(productisedEvent.getData().toBytes(), StandardCharsets.UTF_8))
                    .contains("\"productisedBy\":\"CSSC\"", "\"version\":2");
        }
    }
}
