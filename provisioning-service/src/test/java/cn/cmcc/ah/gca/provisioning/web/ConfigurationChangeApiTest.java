package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.Demand;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import static cn.cmcc.ah.gca.provisioning.web.ProvisioningClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 37 over REST on the embedded broker and store: a circuit activated through provisioning, decommission-service's
 * classification of its adjustment as configuration-only published on {@code gca.decommission.events}, and the form 2
 * it opens ({@code RD-} + the form 5) taken by the departments through the device-owner unit's work order, the
 * change-completion feedback on the same circuit, the reply, the change acceptance, both signatures and the archive. A
 * classification consumed twice opens one form; a re-allocation (Art. 36) and a circuit provisioning never activated
 * open none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,provisioning-service")
class ConfigurationChangeApiTest {

    private static final String INTAKE = "provisioning-adjustments";

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    ProvisioningClient api;
    DecommissionTopic decommission;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "provisioning-service");
    }

    @BeforeEach
    void setUp() {
        api = new ProvisioningClient(port);
        decommission = new DecommissionTopic();
    }

    @AfterEach
    void tearDown() {
        decommission.close();
        api.close();
    }

    private static void ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    /**
     * A customer of its own: the other test contexts alive on the shared broker consume the classifications too, and
     * their circuits, numbered in databases of their own, may have the same ids, but never this customer.
     */
    private static CustomerRef newCustomer() {
        return new CustomerRef("551" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000)), "合肥某某物流有限公司",
                ServiceLevel.AA);
    }

    /** A line of one access point for {@code customer}, from its accepted form 1 to its activation (Art. 17–21). */
    private Demand activatedLineOf(CustomerRef customer) {
        String form1 = PresaleTopic.newFormId();
        api.presale.negotiatedForm(form1, customer, NegotiationOutcome.ACCEPTED, PresaleTopic.availablePoint());
        api.awaitConfirmationForm(form1, "ACCEPTED");
        Http.Response dispatched = api.post(Department.GCD, "/api/demands", ProvisioningClient.dispatchBody(form1));
        ok(dispatched, 201);
        Demand demand = new Demand(form1, dispatched.json().get("formId").asText(), null, null, null);
        ok(api.post(Department.CSSC, demand.path() + "/receipt",
                ProvisioningClient.acceptBody(today().plusDays(20))), 200);
        api.allWorkDone(demand);
        Http.Response activated = api.post(Department.CSSC, demand.path() + "/activation", null);
        ok(activated, 200);
        return demand.with(null, null, activated.json().at("/circuits/0/circuitId").asText());
    }

    private JsonNode circuitsOf(CustomerRef customer) {
        return api.get(Department.GCD, "/api/circuits?customer=" + customer.groupId() + "&limit=200").json()
                .get("items");
    }

    /** The form 2 once the intake opened it and the read model has it. */
    private JsonNode awaitForm(String formId) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response response = api.get(Department.GCD, "/api/demands/" + formId);
            return response.status() == 200 ? response.json() : null;
        });
    }

    /** Waits until the intake has consumed every record on gca.decommission.events so far. */
    private void awaitIntakeCaughtUp() {
        Map<TopicPartition, Long> ends = decommission.endOffsets();
        TrackingEventProcessor intake = processing.eventProcessor(INTAKE, TrackingEventProcessor.class)
                .orElseThrow();
        Http.eventually(Duration.ofSeconds(30), () -> {
            Map<TopicPartition, Long> consumed = new HashMap<>();
            intake.processingStatus().values().stream().map(EventTrackerStatus::getTrackingToken)
                    .filter(Objects::nonNull)
                    .forEach(token -> consumed.putAll(KafkaTrackingToken.from(token).getPositions()));
            boolean caughtUp = ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || consumed.getOrDefault(end.getKey(), -1L) >= end.getValue() - 1);
            return caughtUp ? Boolean.TRUE : null;
        });
    }

    private static List<String> events(JsonNode form) {
        List<String> events = new ArrayList<>();
        form.get("history").forEach(step -> events.add(step.get("event").asText()));
        return events;
    }

    private List<JsonNode> inboxItemsOf(Department department, String formId) {
        List<JsonNode> items = new ArrayList<>();
        api.get(department, "/api/demands/inbox?limit=200").json().get("items").forEach(item -> {
            if (item.get("formId").asText().equals(formId)) {
                items.add(item);
            }
        });
        return items;
    }

    @Test
    void art37_aConfigurationOnlyAdjustmentRunsOnItsOwnForm2_fromTheClassificationToTheArchive() {
        CustomerRef customer = newCustomer();
        Demand line = activatedLineOf(customer);
        String circuit = line.circuitId();
        assertThat(circuitsOf(customer)).hasSize(1);
        String form5 = DecommissionTopic.newFormId();
        String change = "RD-" + form5;
        String path = "/api/demands/" + change;

        decommission.classified(form5, circuit, customer, AdjustmentClassification.CONFIGURATION_ONLY,
                "带宽不变，调整 VLAN");

        JsonNode opened = awaitForm(change);
        assertThat(opened.get("kind").asText()).isEqualTo("CONFIGURATION_CHANGE");
        assertThat(opened.at("/adjustment/formId").asText()).isEqualTo(form5);
        assertThat(opened.at("/adjustment/circuitId").asText()).isEqualTo(circuit);
        assertThat(opened.get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(opened.get("confirmationFormId").asText()).isEqualTo(line.form1());
        assertThat(opened.get("remarks").asText()).isEqualTo("带宽不变，调整 VLAN");
        assertThat(opened.at("/request/customer/groupId").asText()).isEqualTo(customer.groupId());
        assertThat(opened.at("/request/bandwidthMbps").asInt()).isEqualTo(100);
        assertThat(opened.at("/request/adjustment/adjustmentId").asText()).isEqualTo(form5);
        assertThat(opened.get("points")).singleElement().satisfies(point -> {
            assertThat(point.at("/point/pointId").asText()).isEqualTo("P1");
            assertThat(point.get("path").asText()).isEqualTo("AVAILABLE");
            assertThat(point.get("resourcesReady").asBoolean()).isTrue();
        });
        assertThat(opened.at("/history/0/department").asText()).as("CSSC classified it").isEqualTo("CSSC");
        assertThat(inboxItemsOf(Department.CSSC, change)).singleElement().satisfies(item -> {
            assertThat(item.get("kind").asText()).isEqualTo("ACCEPT_DEMAND");
            assertThat(item.get("demandKind").asText()).isEqualTo("CONFIGURATION_CHANGE");
            assertThat(item.get("adjustedCircuitId").asText()).isEqualTo(circuit);
        });

        ok(api.post(Department.CSSC, path + "/receipt",
                "{\"plannedActivationDate\":\"" + today().plusDays(5) + "\"}"), 200);
        Http.Response workOrder = api.post(Department.CSSC, path + "/work-orders", """
                {"pointId":"P1","target":"ACCESS_BACKBONE","assigneeUnit":"蜀山区传输设备主管单位","plannedDate":"%s",
                 "instructions":"修改 VLAN 及 QoS 模板"}""".formatted(today().plusDays(3)));
        ok(workOrder, 201);
        String workOrderId = workOrder.json().get("itemId").asText();
        assertThat(workOrderId).isEqualTo(change + "-W01");
        ok(api.post(Department.CSSC, path + "/work-orders/" + workOrderId + "/completion",
                ProvisioningClient.completionBody()), 200);

        Http.Response completed = api.post(Department.CSSC, path + "/activation", null);
        ok(completed, 200);
        assertThat(completed.json().at("/circuits/0/circuitId").asText()).as("the same circuit").isEqualTo(circuit);
        Http.Response statusInfo = api.post(Department.CSSC, path + "/status-change-info",
                "{\"units\":[\"RMU-CORE\"],\"details\":\"端口状态\"}");
        assertThat(statusInfo.status()).as(statusInfo.body()).isEqualTo(422);
        assertThat(statusInfo.json().get("code").asText()).isEqualTo("no-status-change-for-configuration-change");
        assertThat(statusInfo.json().get("article").asText()).isEqualTo("Art. 37");
        assertThat(inboxItemsOf(Department.CSSC, change)).extracting(item -> item.get("kind").asText())
                .containsExactly("REPLY_CHANGE");
        assertThat(inboxItemsOf(Department.GCD, change)).singleElement().satisfies(item -> {
            assertThat(item.get("kind").asText()).isEqualTo("CHANGE_ACCEPTANCE");
            assertThat(item.get("article").asText()).isEqualTo("Art. 37");
            assertThat(item.get("adjustedCircuitId").asText()).isEqualTo(circuit);
        });

        ok(api.post(Department.CSSC, path + "/reply", "{\"feedback\":\"数据配置已更改，业务正常\"}"), 200);
        ok(api.post(Department.GCD, path + "/acceptance", ProvisioningClient.acceptanceBody()), 200);
        ok(api.post(TestTokens.customer(customer.groupId()), path + "/acceptance/signatures",
                "{\"signedBy\":\"张工\"}"), 200);
        ok(api.post(Department.GCD, path + "/acceptance/signatures", "{\"signedBy\":\"王经理\"}"), 200);
        Http.Response archived = api.post(Department.GCD, path + "/acceptance/archive", null);
        ok(archived, 200);
        assertThat(archived.json().get("archiveNumber").asText()).startsWith("AA-");

        JsonNode done = api.form(new Demand(null, change, null, null, null));
        assertThat(done.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(done.at("/workOrders/0/type").asText()).isEqualTo("DATA_CONFIGURATION_CHANGE");
        assertThat(done.at("/circuits/0/circuitId").asText()).isEqualTo(circuit);
        assertThat(done.at("/acceptance/archiveNumber").asText()).isEqualTo(archived.json().get("archiveNumber")
                .asText());
        assertThat(events(done)).containsExactly("DemandDispatched", "DemandAccepted", "WorkOrderIssued",
                "WorkOrderCompleted", "ActivationCompleted", "DemandReplied", "AcceptanceOrganised",
                "AcceptanceSignatureAdded", "AcceptanceSignatureAdded", "AcceptanceArchived");
        assertThat(api.get(Department.GCD, "/api/demands?status=ARCHIVED&limit=200").json().get("items"))
                .filteredOn(summary -> summary.get("formId").asText().equals(change)).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.get("kind").asText()).isEqualTo("CONFIGURATION_CHANGE");
                    assertThat(summary.at("/adjustment/formId").asText()).isEqualTo(form5);
                    assertThat(summary.at("/adjustment/circuitId").asText()).isEqualTo(circuit);
                });
        assertThat(api.get(Department.GCD, "/api/circuits/" + circuit).json().get("demandFormId").asText())
                .as("the circuit is still the one its own form 2 activated").isEqualTo(line.formId());
        assertThat(circuitsOf(customer)).as("no new circuit").singleElement()
                .satisfies(only -> assertThat(only.get("circuitId").asText()).isEqualTo(circuit));
    }

    @Test
    void art37_theSameClassificationTwiceOpensOneForm2_aReAllocationOrAnUnknownCircuitOpensNone() {
        CustomerRef customer = newCustomer();
        Demand line = activatedLineOf(customer);
        String twice = DecommissionTopic.newFormId();
        String reAllocation = DecommissionTopic.newFormId();
        String unknownCircuit = DecommissionTopic.newFormId();

        // both records in one batch of the intake: the form's first event is not in the store until the batch commits
        TrackingEventProcessor intake = processing.eventProcessor(INTAKE, TrackingEventProcessor.class).orElseThrow();
        intake.shutDown();
        DomainEventMessage<?> first = decommission.classified(twice, line.circuitId(), customer,
                AdjustmentClassification.CONFIGURATION_ONLY, "");
        decommission.redeliver(first);
        intake.start();
        awaitForm("RD-" + twice);
        // once more after the form is open: a publisher retry, and the event published again
        decommission.redeliver(first);
        decommission.classified(twice, line.circuitId(), customer,
                AdjustmentClassification.CONFIGURATION_ONLY, "");
        decommission.classified(reAllocation, line.circuitId(), customer,
                AdjustmentClassification.RE_ALLOCATION, "需新建接入末端");
        decommission.classified(unknownCircuit, "CL-1999-999999", customer,
                AdjustmentClassification.CONFIGURATION_ONLY, "");
        awaitIntakeCaughtUp();

        assertThat(api.historyCount(new Demand(null, "RD-" + twice, null, null, null), "DemandDispatched"))
                .isEqualTo(1);
        assertThat(api.get(Department.GCD, "/api/demands/RD-" + reAllocation).status()).isEqualTo(404);
        assertThat(api.get(Department.GCD, "/api/demands/RD-" + unknownCircuit).status()).isEqualTo(404);
        List<String> forms = new ArrayList<>();
        api.get(Department.GCD, "/api/demands?limit=200").json().get("items")
                .forEach(summary -> forms.add(summary.get("formId").asText()));
        assertThat(forms).filteredOn(formId -> formId.contains(twice) || formId.contains(reAllocation)
                || formId.contains(unknownCircuit)).containsExactly("RD-" + twice);
    }
}
