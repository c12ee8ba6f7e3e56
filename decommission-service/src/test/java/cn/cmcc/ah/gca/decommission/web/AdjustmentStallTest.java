package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.web.StopFormClient.Form;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;

import static cn.cmcc.ah.gca.decommission.web.StopFormClient.AA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 35–37: an adjustment that waits for another service's step longer than configured is flagged stalled, once per
 * wait, and listed as such; here the limit for its form 1 is 3 seconds instead of 3 days
 * ({@code gca.decommission.adjustment.stall-after.confirmation-form}).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,decommission-service",
        "gca.decommission.adjustment.stall-after.confirmation-form=PT3S"})
class AdjustmentStallTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase gcaMongoDatabase;

    StopFormClient api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "decommission-service");
    }

    @BeforeEach
    void setUp() {
        StopFormClient.formNumbersOfTheirOwn(gcaMongoDatabase);
        api = new StopFormClient(port, TestInfrastructure.embedded().kafkaBootstrap());
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    private JsonNode listedStalled(Form adjustment) {
        for (JsonNode item : api.get(Department.GCD, "/api/adjustments?stalled=true&limit=200").json().get("items")) {
            if (item.get("formId").asText().equals(adjustment.formId())) {
                return item;
            }
        }
        return null;
    }

    @Test
    void art35_anAdjustmentWaitingForItsForm1PastTheLimitIsListedStalled_flaggedOnce_andNoLongerOnceTheForm1Comes() {
        Form adjustment = api.adjustment();
        Instant dispatched = Instant.parse(api.form(adjustment).get("dispatchedAt").asText());
        assertThat(listedStalled(adjustment)).as("not stalled before its limit").isNull();

        JsonNode stalled = Http.eventually(Duration.ofSeconds(20), () -> listedStalled(adjustment));

        assertThat(stalled.get("waitingFor").asText()).isEqualTo("CONFIRMATION_FORM");
        assertThat(stalled.get("stalled").asBoolean()).isTrue();
        assertThat(Instant.parse(stalled.get("waitingSince").asText())).isEqualTo(dispatched);
        JsonNode form = api.form(adjustment);
        assertThat(form.at("/adjustment/stalled").asBoolean()).isTrue();
        assertThat(form.get("status").asText()).as("nothing met or breached: it goes on").isEqualTo("DISPATCHED");
        JsonNode flagged = form.at("/history/1");
        assertThat(flagged.get("event").asText()).isEqualTo("AdjustmentStalled");
        assertThat(flagged.at("/details/waitingFor").asText()).isEqualTo("CONFIRMATION_FORM");
        assertThat(Instant.parse(flagged.at("/details/waitingSince").asText())).isEqualTo(dispatched);
        assertThat(api.get(Department.GCD, "/api/adjustments?stalled=false&limit=200").json().get("items")
                .findValuesAsText("formId")).as("every adjustment under way").contains(adjustment.formId());

        String formOne = ServiceTopics.newNumber("RC");
        api.topics.formOneDispatched(formOne, adjustment.circuitId(), AA, adjustment.formId());
        JsonNode moving = Http.eventually(Duration.ofSeconds(30), () -> {
            JsonNode read = api.form(adjustment);
            return formOne.equals(read.at("/adjustment/links/CONFIRMATION_FORM").asText()) ? read : null;
        });
        assertThat(moving.at("/adjustment/waitingFor").asText()).isEqualTo("NEW_LINE_ACTIVATION");
        assertThat(moving.at("/adjustment/stalled").asBoolean()).as("a new wait").isFalse();
        assertThat(listedStalled(adjustment)).isNull();
        assertThat(api.historyCount(adjustment, "AdjustmentStalled")).as("flagged once").isEqualTo(1);
    }
}
