package cn.cmcc.ah.gca.decommission.lines.web;

import cn.cmcc.ah.gca.decommission.lines.KnownCircuit;
import cn.cmcc.ah.gca.decommission.lines.KnownCircuits;
import cn.cmcc.ah.gca.decommission.command.DecommissionStep;
import cn.cmcc.ah.gca.decommission.lines.web.LineTopics.Line;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.cmcc.ah.gca.decommission.lines.web.LineTopics.AA;
import static cn.cmcc.ah.gca.decommission.lines.web.LineTopics.AAA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One history per circuit (issue 12), over real HTTP with real tokens, from records put on the services' topics as
 * their publishers put them, on whatever infrastructure the concrete subclass provides (embedded by default,
 * containers where Docker exists); and what decommission-service knows of circuits and their open fault tickets.
 */
abstract class CircuitHistoryApiContract {

    /** The steps of the first circuit of {@link LineTopics#aWholeLine}, as {@code SUBJECT Event}, in life order. */
    private static final List<String> WHOLE_LIFE = List.of(
            "FORM_1 ConfirmationFormDispatched",
            "FORM_1 ConfirmationFormReceived",
            "SLA SlaClockStarted",
            "FORM_1 SegmentAssessed",
            "FORM_1 ResourceConfirmed",
            "SLA SlaClockStopped",
            "FORM_1 NegotiationRecorded",
            "FORM_2 DemandDispatched",
            "FORM_2 DemandAccepted",
            "SLA SlaClockStarted",
            "FORM_2 WorkOrderIssued",
            "FORM_2 WorkOrderCompleted",
            "FORM_2 ActivationCompleted",
            "CIRCUIT CircuitActivated",
            "SLA SlaClockStopped",
            "FORM_2 StatusChangeInfoPassed",
            "FORM_2 StatusChangeRequested",
            "SLA SlaClockStarted",
            "FORM_2 StatusChangeConfirmed",
            "SLA SlaClockStopped",
            "FORM_2 DemandReplied",
            "FORM_2 AcceptanceOrganised",
            "FORM_2 AcceptanceSignatureAdded",
            "FORM_2 AcceptanceSignatureAdded",
            "FORM_2 AcceptanceArchived",
            "FAULT_TICKET FaultReported",
            "SLA SlaClockStarted",
            "FAULT_TICKET FaultAccepted",
            "SLA SlaClockStopped",
            "FAULT_TICKET FaultDispatched",
            "FAULT_TICKET FaultDiagnosed",
            "FAULT_TICKET FaultRepaired",
            "FAULT_TICKET FaultClearanceConfirmed",
            "FAULT_TICKET FaultReplied",
            "FAULT_TICKET FaultQualityChecked",
            "FAULT_TICKET FaultArchived",
            "FORM_5 StopFormDispatched",
            "CIRCUIT CircuitFormOpened",
            "FORM_5 StopFormAccepted",
            "FORM_5 ResourceReleased",
            "FORM_5 ResourceReleased",
            "FORM_5 ResourceReleased",
            "CIRCUIT CircuitStatusChanged",
            "FORM_5 StopStatusChangeRequested",
            "FORM_5 StopStatusChangeConfirmed",
            "FORM_5 StopFormCompleted",
            "CIRCUIT CircuitFormClosed");

    /** The second circuit's: the same forms at its own access point, its own ticket, no form 5. */
    private static final int OTHER_CIRCUITS_STEPS = 7 + 18 + 11;

    @LocalServerPort
    int port;

    @Autowired
    KnownCircuits knownCircuits;

    Http http;
    LineTopics topics;

    abstract TestInfrastructure infrastructure();

    @BeforeEach
    void setUp() {
        http = Http.localhost(port);
        topics = new LineTopics(infrastructure().kafkaBootstrap());
    }

    @AfterEach
    void tearDown() {
        topics.close();
    }

    private static String staff() {
        return TestTokens.bearer(Department.CSSC);
    }

    /** Every page of the circuit's history as {@code token} reads it, following {@code next}. */
    private List<JsonNode> history(String token, String circuitId, int limit) {
        List<JsonNode> steps = new ArrayList<>();
        String next = null;
        do {
            Http.Response page = http.get("/api/circuits/" + circuitId + "/history?limit=" + limit
                    + (next == null ? "" : "&cursor=" + next)).auth(token).send();
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(steps::add);
            next = page.json().has("next") ? page.json().get("next").asText() : null;
        } while (next != null);
        return steps;
    }

    /** The history once it holds at least {@code count} steps (the topics are consumed shortly after publishing). */
    private List<JsonNode> awaitHistory(String token, String circuitId, int count) {
        return Http.eventually(Duration.ofSeconds(60), () -> {
            Http.Response first = http.get("/api/circuits/" + circuitId + "/history").auth(token).send();
            if (first.status() != 200) {
                return null;
            }
            List<JsonNode> steps = history(token, circuitId, 200);
            return steps.size() >= count ? steps : null;
        });
    }

    private static List<String> subjectsAndEvents(List<JsonNode> steps) {
        return steps.stream().map(step -> step.at("/subject/kind").asText() + " " + step.get("event").asText())
                .toList();
    }

    private static JsonNode first(List<JsonNode> steps, String event) {
        return steps.stream().filter(step -> step.get("event").asText().equals(event)).findFirst().orElseThrow();
    }

    private static void assertNotFound(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("not-found");
    }

    // ---- the history

    @Test
    void issue12_aCircuitsHistoryIsItsWholeLifeInTimeOrder_fromTheForm1ThatConfirmedItToTheForm5ThatStoppedIt() {
        Line line = topics.aWholeLine(AA);

        List<JsonNode> steps = awaitHistory(staff(), line.circuitId(), WHOLE_LIFE.size());

        assertThat(subjectsAndEvents(steps)).as("every part, each step once though some records came twice")
                .containsExactlyElementsOf(WHOLE_LIFE);
        assertThat(steps).extracting(step -> Instant.parse(step.get("at").asText())).isSorted();
        JsonNode dispatched = steps.get(0);
        assertThat(dispatched.at("/subject/id").asText()).isEqualTo(line.formOneId());
        assertThat(dispatched.get("type").asText()).isEqualTo("gca.presale.ConfirmationFormDispatched.v1");
        assertThat(dispatched.get("department").asText()).isEqualTo("GCD");
        assertThat(dispatched.get("user").asText()).isEqualTo("gcd-user");
        assertThat(first(steps, "SegmentAssessed").at("/details/pointId").asText()).isEqualTo("P1");
        assertThat(first(steps, "NegotiationRecorded").at("/details/outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(first(steps, "DemandDispatched").at("/subject/id").asText()).isEqualTo(line.formTwoId());
        JsonNode activated = first(steps, "CircuitActivated");
        assertThat(activated.at("/subject/id").asText()).isEqualTo(line.circuitId());
        assertThat(activated.at("/details/confirmationFormId").asText()).isEqualTo(line.formOneId());
        assertThat(activated.at("/details/demandFormId").asText()).isEqualTo(line.formTwoId());
        assertThat(steps.stream().filter(step -> step.at("/subject/kind").asText().equals("SLA"))
                .map(step -> step.at("/subject/id").asText()))
                .as("the clocks of its forms, of the form's status change and of its ticket")
                .contains("presale.confirmation:" + line.formOneId(), "provisioning.activation:" + line.formTwoId(),
                        "provisioning.status-change:" + line.formTwoId() + ".RMU-CORE",
                        "fault.acceptance:" + line.ticketId());
        JsonNode met = steps.stream().filter(step -> step.get("event").asText().equals("SlaClockStopped"))
                .filter(step -> step.at("/details/ruleId").asText().equals("fault.acceptance")).findFirst()
                .orElseThrow();
        assertThat(met.at("/details/verdict").asText()).isEqualTo("MET");
        JsonNode reported = first(steps, "FaultReported");
        assertThat(reported.at("/subject/id").asText()).isEqualTo(line.ticketId());
        assertThat(reported.get("department").asText()).isEqualTo("CALL_CENTER");
        assertThat(steps.stream().filter(step -> step.get("event").asText().equals("ResourceReleased"))
                .map(step -> step.at("/details/segment").asText()))
                .containsExactly("CORE", "ACCESS_BACKBONE", "LAST_MILE");
        JsonNode stopped = first(steps, "CircuitStatusChanged");
        assertThat(stopped.at("/details/status").asText()).isEqualTo("STOPPED");
        assertThat(stopped.at("/details/formId").asText()).isEqualTo(line.stopFormId());
        assertThat(first(steps, "StopStatusChangeConfirmed").at("/subject/id").asText())
                .as("a later step of the form 5, which names only the form").isEqualTo(line.stopFormId());
        assertThat(steps.toString()).doesNotContain(line.otherTicketId(), "_seq", "filedUnder", "eventId",
                "\"sequence\"");
    }

    @Test
    void art21_theOtherAccessPointsStepsAndTheOtherCircuitsTicketAreInTheOtherCircuitsHistoryOnly() {
        Line line = topics.aWholeLine(AA);

        List<JsonNode> other = awaitHistory(staff(), line.otherCircuitId(), OTHER_CIRCUITS_STEPS);
        List<JsonNode> first = awaitHistory(staff(), line.circuitId(), WHOLE_LIFE.size());

        assertThat(other).hasSize(OTHER_CIRCUITS_STEPS);
        assertThat(other).filteredOn(step -> step.at("/details/pointId").isTextual())
                .extracting(step -> step.at("/details/pointId").asText()).containsOnly("P2").hasSize(4);
        assertThat(first).filteredOn(step -> step.at("/details/pointId").isTextual())
                .extracting(step -> step.at("/details/pointId").asText()).containsOnly("P1").hasSize(4);
        assertThat(other).extracting(step -> step.at("/subject/id").asText())
                .contains(line.otherTicketId(), line.otherCircuitId())
                .doesNotContain(line.ticketId(), line.stopFormId(), line.circuitId());
    }

    @Test
    void art24_aCustomerReadsItsOwnCircuitsHistoryWithoutTheOperatorsStaff_anotherCustomerIsToldNotFound() {
        Line line = topics.aWholeLine(AA);
        List<JsonNode> staffRead = awaitHistory(staff(), line.circuitId(), WHOLE_LIFE.size());

        List<JsonNode> own = history(TestTokens.customer(AA.groupId()), line.circuitId(), 200);

        assertThat(subjectsAndEvents(own)).isEqualTo(subjectsAndEvents(staffRead));
        assertThat(own).extracting(step -> step.get("department").asText()).as("departments stay")
                .isEqualTo(staffRead.stream().map(step -> step.get("department").asText()).toList());
        assertThat(own).filteredOn(step -> !step.get("department").asText().equals("CUSTOMER"))
                .extracting(step -> step.get("user").asText()).containsOnly("");
        assertThat(own).filteredOn(step -> step.get("department").asText().equals("CUSTOMER"))
                .extracting(step -> step.get("user").asText()).as("its own signature and answer")
                .hasSize(2).containsOnly("customer-user");
        assertThat(own.toString()).doesNotContain("gcd-user", "cssc-user", "mon-user", "call_center-user",
                "rmu-user");
        assertNotFound(http.get("/api/circuits/" + line.circuitId() + "/history")
                .auth(TestTokens.customer(AAA.groupId())).send());
        assertNotFound(http.get("/api/circuits/" + LineTopics.unknownCircuitId() + "/history")
                .auth(TestTokens.customer(AAA.groupId())).send());
    }

    @Test
    void theHistoryPagesOldestFirst_eachStepOnOnePage_andACursorOfAnotherCircuitIsRefused() {
        Line line = topics.aWholeLine(AA);
        List<JsonNode> whole = awaitHistory(staff(), line.circuitId(), WHOLE_LIFE.size());

        List<JsonNode> paged = history(staff(), line.circuitId(), 10);

        assertThat(paged).isEqualTo(whole);
        Http.Response firstPage = http.get("/api/circuits/" + line.circuitId() + "/history?limit=10")
                .auth(staff()).send();
        assertThat(firstPage.json().get("items")).hasSize(10);
        String cursor = firstPage.json().get("next").asText();
        Http.Response elsewhere = http.get("/api/circuits/" + line.otherCircuitId() + "/history?cursor=" + cursor)
                .auth(staff()).send();
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(400);
        assertThat(elsewhere.header("Content-Type")).startsWith("application/problem+json");
        Http.Response last = http.get("/api/circuits/" + line.circuitId() + "/history?limit=200").auth(staff()).send();
        assertThat(last.json().has("next")).as("no next on the last page").isFalse();
    }

    @Test
    void everyDepartmentReadsACircuitsHistory_aCustomerItsOwn() {
        String circuitId = topics.activated(AA);
        String path = "/api/circuits/" + circuitId + "/history";
        Http.eventually(Duration.ofSeconds(30), () -> http.get(path).auth(staff()).send().status() == 200 ? 1 : null);
        RoleMatrix<DecommissionStep> matrix = RoleMatrix.of(DecommissionStep.class);

        matrix.check(DecommissionStep.READ_CIRCUIT_HISTORY, 200, department -> http.get(path).auth(
                department == Department.CUSTOMER ? TestTokens.customer(AA.groupId()) : TestTokens.bearer(department))
                .send());

        matrix.assertChecked(DecommissionStep.READ_CIRCUIT_HISTORY);
    }

    @Test
    void anUnknownCircuitIsNotFound_inProblemJson() {
        assertNotFound(http.get("/api/circuits/" + LineTopics.unknownCircuitId() + "/history").auth(staff()).send());
    }

    // ---- what decommission-service knows of circuits (Art. 21) and their open tickets (Art. 24, 33)

    @Test
    void art21_aCircuitIsKnownOnceItsActivationIsConsumed_anUnknownOneIsEmpty() {
        String circuitId = topics.activated(AA);

        KnownCircuit circuit = Http.eventually(Duration.ofSeconds(30),
                () -> knownCircuits.circuit(circuitId).orElse(null));

        assertThat(circuit.customer()).isEqualTo(AA);
        assertThat(circuit.point().pointId()).isEqualTo("P1");
        assertThat(circuit.demandFormId()).startsWith("RD-");
        assertThat(knownCircuits.circuit(LineTopics.unknownCircuitId())).isEmpty();
        assertThat(knownCircuits.openFaultTickets(LineTopics.unknownCircuitId())).isEmpty();
    }

    @Test
    void art24_33_aReportedTicketIsOpenOnItsCircuit_archivedItIsGone_andARedeliveredReportDoesNotReopenIt() {
        String circuitId = topics.activated(AA);
        String first = LineTopics.newTicketId();
        String second = LineTopics.newTicketId();
        DomainEventMessage<?> firstReport = topics.reported(first, circuitId, AA);
        topics.reported(second, circuitId, AA);
        Http.eventually(Duration.ofSeconds(30), () -> knownCircuits.openFaultTickets(circuitId).size() == 2 ? 1 : null);
        assertThat(knownCircuits.openFaultTickets(circuitId)).as("oldest first").containsExactly(first, second);

        topics.archived(first, circuitId, AA);
        Http.eventually(Duration.ofSeconds(30),
                () -> knownCircuits.openFaultTickets(circuitId).equals(List.of(second)) ? 1 : null);

        topics.redeliverReport(firstReport);
        String third = LineTopics.newTicketId();
        topics.reported(third, circuitId, AA);
        List<String> open = Http.eventually(Duration.ofSeconds(30), () -> Optional.of(
                knownCircuits.openFaultTickets(circuitId)).filter(tickets -> tickets.contains(third)).orElse(null));
        assertThat(open).containsExactly(second, third);
    }
}
