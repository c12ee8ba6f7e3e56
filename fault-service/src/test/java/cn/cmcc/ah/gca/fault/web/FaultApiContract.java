package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.fault.web.FaultClient.Ticket;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TestTokens;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static cn.cmcc.ah.gca.fault.web.FaultClient.AA;
import static cn.cmcc.ah.gca.fault.web.FaultClient.AAA;
import static cn.cmcc.ah.gca.fault.web.FaultClient.NAME;
import static cn.cmcc.ah.gca.fault.web.FaultClient.PHONE;
import static cn.cmcc.ah.gca.fault.web.FaultClient.STANDARD;
import static cn.cmcc.ah.gca.fault.web.FaultClient.ok;
import static cn.cmcc.ah.gca.fault.web.FaultClient.tokenOf;
import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault API as 10086, the account managers, the customers and the departments use it, over real HTTP with real
 * tokens, on whatever infrastructure the concrete subclass provides (embedded by default, containers where Docker
 * exists): tickets through each path of Art. 24–31 to the archive, the report's rules on circuits known from
 * provisioning's and decommission's events, customer scoping, the sealed contact, and concurrent steps.
 */
abstract class FaultApiContract {

    private static final int THREADS = 6;

    @LocalServerPort
    int port;

    FaultClient api;

    abstract TestInfrastructure infrastructure();

    @BeforeEach
    void setUpClient() {
        api = new FaultClient(port, infrastructure().kafkaBootstrap());
    }

    @AfterEach
    void closeClient() {
        api.close();
    }

    private static void assertProblem(Http.Response response, int status, String code, String article) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).as(response.body()).isEqualTo(code);
        if (article != null) {
            assertThat(response.json().get("article").asText()).as(response.body()).isEqualTo(article);
        }
    }

    private Http.Response step(Department department, Ticket ticket, String step, String body) {
        Http.Response response = api.post(department, ticket.path(step), body);
        ok(response, 200);
        return response;
    }

    private static void answers(Http.Response step, String status, String holder) {
        assertThat(step.json().get("status").asText()).as(step.body()).isEqualTo(status);
        assertThat(step.json().get("holder").asText()).as(step.body()).isEqualTo(holder);
    }

    private void inboxSays(Department department, Ticket ticket, String nextStep) {
        JsonNode item = api.inboxItem(FaultClient.token(department), ticket);
        assertThat(item).as("%s's inbox holds %s", department, ticket.ticketId()).isNotNull();
        assertThat(item.get("nextStep").asText()).isEqualTo(nextStep);
        for (Department other : List.of(Department.MON, Department.CSSC, Department.OMT, Department.PND)) {
            if (other != department) {
                assertThat(api.inboxItem(FaultClient.token(other), ticket)).as("%s's inbox", other).isNull();
            }
        }
    }

    // ---- the paths to the archive

    /** Art. 24–27: not a core-network fault, CSSC repairs it; MON's quality check sends the first reply back. */
    @Test
    void art27_csscRepairsAFaultThatIsNotCore_aFailedQualityCheckGoesBackToCssc_thenMonArchives() {
        Ticket ticket = api.reported();
        inboxSays(Department.MON, ticket, "ACCEPT_FAULT");
        answers(step(Department.MON, ticket, "acceptance", null), "ACCEPTED", "MON");
        inboxSays(Department.MON, ticket, "DISPATCH_FAULT");
        answers(step(Department.MON, ticket, "dispatch", "{\"note\":\"客户反映专线中断\"}"), "DIAGNOSING", "CSSC");
        inboxSays(Department.CSSC, ticket, "DIAGNOSE_FAULT");
        answers(step(Department.CSSC, ticket, "diagnosis", FaultClient.diagnosisBody(false)), "REPAIRING", "CSSC");
        inboxSays(Department.CSSC, ticket, "REPAIR_FAULT");
        answers(step(Department.CSSC, ticket, "repair", FaultClient.REPAIR_BODY), "REPAIRED", "CSSC");
        inboxSays(Department.CSSC, ticket, "ANSWER_CLEARANCE");
        assertThat(api.inboxItem(tokenOf(AA), ticket)).as("the customer's answer is awaited").isNotNull();
        Http.Response cleared = api.post(tokenOf(AA), ticket.path("clearance"),
                "{\"cleared\":true,\"note\":\"业务已恢复\"}");
        ok(cleared, 200);
        answers(cleared, "CLEARED", "CSSC");
        inboxSays(Department.CSSC, ticket, "REPLY_FAULT");
        answers(step(Department.CSSC, ticket, "reply", FaultClient.REPLY_BODY), "REPLIED", "MON");
        inboxSays(Department.MON, ticket, "QUALITY_CHECK_FAULT");
        answers(step(Department.MON, ticket, "quality-check", "{\"passed\":false,\"findings\":\"回复未写明故障历时\"}"),
                "CLEARED", "CSSC");
        JsonNode back = api.inboxItem(FaultClient.token(Department.CSSC), ticket);
        assertThat(back.get("nextStep").asText()).isEqualTo("REPLY_FAULT");
        assertThat(back.get("note").asText()).as("CSSC sees why").isEqualTo("回复未写明故障历时");
        step(Department.CSSC, ticket, "reply", "{\"summary\":\"末端电源故障，历时1小时，已更换，客户确认恢复\"}");
        answers(step(Department.MON, ticket, "quality-check", "{\"passed\":true}"), "CHECKED", "MON");
        inboxSays(Department.MON, ticket, "ARCHIVE_FAULT");
        answers(step(Department.MON, ticket, "archive", null), "ARCHIVED", "MON");

        JsonNode archived = api.ticket(ticket);
        assertThat(archived.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.get("holder").asText()).isEqualTo("MON");
        assertThat(archived.has("nextStep")).isFalse();
        assertThat(archived.at("/diagnosis/coreNetwork").asBoolean()).isFalse();
        assertThat(archived.at("/repair/repairedBy").asText()).isEqualTo("CSSC");
        assertThat(archived.at("/clearance/answeredBy").asText()).isEqualTo("CUSTOMER");
        assertThat(archived.get("qualityChecks")).hasSize(2);
        assertThat(archived.at("/qualityChecks/0/findings").asText()).isEqualTo("回复未写明故障历时");
        assertThat(archived.at("/reply/summary").asText()).contains("历时1小时");
        assertThat(api.history(ticket)).containsExactly("FaultReported", "FaultAccepted", "FaultDispatched",
                "FaultDiagnosed", "FaultRepaired", "FaultClearanceConfirmed", "FaultReplied", "FaultQualityChecked",
                "FaultReplied", "FaultQualityChecked", "FaultArchived");
        JsonNode first = archived.at("/history/0");
        assertThat(first.get("department").asText()).isEqualTo("CALL_CENTER");
        assertThat(first.get("user").asText()).isEqualTo("call_center-user");
        assertThat(archived.at("/history/5/department").asText()).isEqualTo("CUSTOMER");
        assertThat(api.inboxItem(FaultClient.token(Department.MON), ticket)).as("archived: nobody's work").isNull();
        assertThat(api.get(Department.MON, "/api/faults?status=ARCHIVED&limit=200").json().get("items")
                .findValuesAsText("ticketId")).contains(ticket.ticketId());
    }

    /** Art. 28–29: a local core-network fault; the customer rejects the first repair, which reopens at OMT. */
    @Test
    void art29_omtRepairsALocalCoreFault_theCustomerRejectsTheFirstRepair_itReopensAtOmt() {
        Ticket ticket = api.dispatched();
        answers(step(Department.CSSC, ticket, "diagnosis", FaultClient.diagnosisBody(true)), "REPAIRING", "OMT");
        inboxSays(Department.OMT, ticket, "REPAIR_FAULT");
        answers(step(Department.OMT, ticket, "repair", "{\"cause\":\"CR01 GE1/0/1 光模块老化\",\"action\":\"更换光模块\"}"),
                "REPAIRED", "CSSC");

        Http.Response rejected = api.post(tokenOf(AA), ticket.path("clearance"),
                "{\"cleared\":false,\"reason\":\"仍有间歇性丢包\"}");
        ok(rejected, 200);
        answers(rejected, "REPAIRING", "OMT");
        JsonNode reopened = api.ticket(ticket);
        assertThat(reopened.get("holder").asText()).as("reopened at the level that replied").isEqualTo("OMT");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.at("/reopenings/0/reason").asText()).isEqualTo("仍有间歇性丢包");
        JsonNode omt = api.inboxItem(FaultClient.token(Department.OMT), ticket);
        assertThat(omt.get("nextStep").asText()).isEqualTo("REPAIR_FAULT");
        assertThat(omt.get("reopenCount").asInt()).isEqualTo(1);
        assertThat(omt.get("note").asText()).isEqualTo("仍有间歇性丢包");

        step(Department.OMT, ticket, "repair", "{\"cause\":\"CR01 背板接口松动\",\"action\":\"重新插拔并紧固\"}");
        answers(step(Department.CSSC, ticket, "clearance", "{\"cleared\":true,\"note\":\"客户电话确认恢复\"}"),
                "CLEARED", "CSSC");
        step(Department.CSSC, ticket, "reply", FaultClient.REPLY_BODY);
        step(Department.MON, ticket, "quality-check", "{\"passed\":true}");
        step(Department.MON, ticket, "archive", null);

        JsonNode archived = api.ticket(ticket);
        assertThat(archived.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.at("/levelChanges/0/from").asText()).isEqualTo("CSSC");
        assertThat(archived.at("/levelChanges/0/to").asText()).isEqualTo("OMT");
        assertThat(archived.at("/repair/cause").asText()).isEqualTo("CR01 背板接口松动");
        assertThat(archived.at("/clearance/answeredBy").asText()).isEqualTo("CSSC");
        assertThat(api.history(ticket)).containsExactly("FaultReported", "FaultAccepted", "FaultDispatched",
                "FaultDiagnosed", "FaultEscalated", "FaultRepaired", "FaultReopened", "FaultRepaired",
                "FaultClearanceConfirmed", "FaultReplied", "FaultQualityChecked", "FaultArchived");
    }

    /** Art. 30–31: OMT judges it provincial and escalates to PND, which repairs it; PND may not act before. */
    @Test
    void art30_31_omtEscalatesAProvincialCoreFaultToPnd_whichRepairsIt() {
        Ticket ticket = api.repairingAt(Department.OMT);
        assertProblem(api.post(Department.PND, ticket.path("repair"), FaultClient.REPAIR_BODY), 403,
                "fault-held-by-other-department", null);
        answers(step(Department.OMT, ticket, "escalation", "{\"reason\":\"合肥至芜湖省干光缆中断，属省级核心网\"}"),
                "REPAIRING", "PND");
        inboxSays(Department.PND, ticket, "REPAIR_FAULT");
        assertProblem(api.post(Department.OMT, ticket.path("repair"), FaultClient.REPAIR_BODY), 403,
                "fault-held-by-other-department", null);
        answers(step(Department.PND, ticket, "repair", "{\"cause\":\"省干光缆被挖断\",\"action\":\"抢通备用纤芯\"}"),
                "REPAIRED", "CSSC");
        step(Department.CSSC, ticket, "clearance", "{\"cleared\":true}");
        step(Department.CSSC, ticket, "reply", FaultClient.REPLY_BODY);
        step(Department.MON, ticket, "quality-check", "{\"passed\":true}");
        step(Department.MON, ticket, "archive", null);

        JsonNode archived = api.ticket(ticket);
        assertThat(archived.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(archived.get("levelChanges")).hasSize(2);
        assertThat(archived.at("/levelChanges/1/from").asText()).isEqualTo("OMT");
        assertThat(archived.at("/levelChanges/1/to").asText()).isEqualTo("PND");
        assertThat(archived.at("/levelChanges/1/direction").asText()).isEqualTo("UP");
        assertThat(archived.at("/repair/repairedBy").asText()).isEqualTo("PND");
    }

    /** Decision (Art. 28–31): PND hands a ticket that is not provincial back to OMT, which repairs it. */
    @Test
    void pndHandsATicketBackDownToOmt_onlyToALowerLevel() {
        Ticket ticket = api.repairingAt(Department.PND);
        assertProblem(api.post(Department.PND, ticket.path("hand-back"), "{\"to\":\"PND\",\"reason\":\"x\"}"), 422,
                "fault-hand-back-not-lower", null);
        answers(step(Department.PND, ticket, "hand-back", "{\"to\":\"OMT\",\"reason\":\"非省干故障，属本地核心网\"}"),
                "REPAIRING", "OMT");
        assertProblem(api.post(Department.PND, ticket.path("escalation"), "{\"reason\":\"x\"}"), 403,
                "department-not-allowed", null);
        answers(step(Department.OMT, ticket, "repair", FaultClient.REPAIR_BODY), "REPAIRED", "CSSC");
        JsonNode repaired = api.ticket(ticket);
        assertThat(repaired.at("/levelChanges/2/direction").asText()).isEqualTo("DOWN");
        assertThat(repaired.at("/levelChanges/2/reason").asText()).isEqualTo("非省干故障，属本地核心网");
        assertThat(repaired.at("/repair/repairedBy").asText()).isEqualTo("OMT");
    }

    // ---- the report's rules (Art. 24, 33, 34)

    @Test
    void art24_anImportantCustomerReportsDirectlyToCssc_anOrdinaryOneIsToldToCall10086() {
        Http.Response direct = api.report(tokenOf(AAA), api.sharedCircuit(AAA));
        ok(direct, 201);
        answers(direct, "REPORTED", "CSSC");
        Ticket ticket = new Ticket(direct.json().get("ticketId").asText(), api.sharedCircuit(AAA), AAA);
        JsonNode reported = api.ticket(ticket);
        assertThat(reported.get("channel").asText()).isEqualTo("CUSTOMER_DIRECT");
        assertThat(reported.get("acceptingDepartment").asText()).isEqualTo("CSSC");
        assertThat(reported.at("/customer/serviceLevel").asText()).as("the level provisioning activated it with")
                .isEqualTo("AAA");
        inboxSays(Department.CSSC, ticket, "ACCEPT_FAULT");
        assertProblem(api.post(Department.MON, ticket.path("acceptance"), null), 403,
                "fault-accepted-by-other-department", "Art. 24");
        answers(step(Department.CSSC, ticket, "acceptance", null), "DIAGNOSING", "CSSC");
        inboxSays(Department.CSSC, ticket, "DIAGNOSE_FAULT");

        String standardCircuit = api.sharedCircuit(STANDARD);
        Http.Response refused = api.report(tokenOf(STANDARD), standardCircuit);
        assertProblem(refused, 422, "fault-direct-report-not-important", "Art. 24");
        assertThat(refused.json().get("detail").asText()).contains("10086", "客户经理");
        Http.Response english = api.http.post("/api/faults").auth(tokenOf(STANDARD))
                .header("Accept-Language", "en").body(FaultClient.reportBody(standardCircuit)).send();
        assertThat(english.json().get("detail").asText()).contains("10086", "account manager");
        ok(api.report(bearer(Department.GCD), standardCircuit), 201);
        assertThat(api.get(Department.MON, "/api/faults?circuitId=" + standardCircuit).json().get("items"))
                .as("only the account manager's report was raised").hasSize(1);
    }

    @Test
    void art24_33_34_aReportOnAnUnknownStoppedOrSuspendedCircuitIs422_aResumedOneIsTaken() {
        String token = bearer(Department.CALL_CENTER);
        assertProblem(api.report(token, CircuitTopic.newCircuitId()), 422, "fault-circuit-unknown", "Art. 24");

        String stopped = api.circuitNow(AA, CircuitStatus.STOPPED);
        assertProblem(api.report(token, stopped), 422, "fault-circuit-stopped", "Art. 33");
        String suspended = api.circuitNow(AA, CircuitStatus.SUSPENDED);
        Http.Response refused = api.report(token, suspended);
        assertProblem(refused, 422, "fault-circuit-suspended", "Art. 34");
        assertThat(refused.json().get("detail").asText()).contains(suspended, "暂停");
        for (String circuit : List.of(stopped, suspended)) {
            assertThat(api.get(Department.MON, "/api/faults?circuitId=" + circuit).json().get("items")).isEmpty();
        }

        api.circuits.changed(suspended, CircuitStatus.IN_SERVICE);
        JsonNode resumed = api.awaitCircuit(suspended, "IN_SERVICE");
        assertThat(resumed.get("statusFormId").asText()).startsWith("SR-");
        ok(api.report(token, suspended), 201);
    }

    // ---- Art. 33–34: a form 5 stops the circuit of an open ticket

    /**
     * GCD suspends, then stops, a circuit with a ticket open on it, saying why; decommission-service's form names the
     * ticket after one fault-service does not have, which holds nothing up. The ticket is told of each form once — a
     * redelivered record changes nothing — and goes on as before: same status, same holder, same next step.
     */
    @Test
    void art33_34_aForm5StoppingTheCircuitIsToldToItsOpenTicketOnce_andTheTicketGoesOn() {
        Ticket ticket = api.dispatched();
        String unknown = String.format("FT-2019-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String suspension = StopFormTopic.newFormId();

        DomainEventMessage<?> form = api.stopForms.dispatched(suspension, StopRequestType.SUSPENSION, ticket,
                List.of(unknown, ticket.ticketId()));

        JsonNode told = api.awaitStopRequests(ticket, 1);
        assertThat(told.at("/stopRequests/0/formId").asText()).isEqualTo(suspension);
        assertThat(told.at("/stopRequests/0/requestType").asText()).isEqualTo("SUSPENSION");
        assertThat(told.at("/stopRequests/0/reason").asText()).isEqualTo(StopFormTopic.REASON);
        assertThat(told.at("/stopRequests/0/at").asText()).isNotEmpty();
        assertThat(told.get("status").asText()).isEqualTo("DIAGNOSING");
        assertThat(told.get("holder").asText()).isEqualTo("CSSC");
        JsonNode step = told.at("/history/3");
        assertThat(step.get("event").asText()).isEqualTo("FaultCircuitStopRequested");
        assertThat(step.get("department").asText()).isEqualTo("GCD");
        assertThat(step.get("user").asText()).isEqualTo("gcd-user");
        assertThat(step.at("/details/formId").asText()).isEqualTo(suspension);
        assertThat(step.at("/details/reason").asText()).isEqualTo(StopFormTopic.REASON);
        assertThat(step.at("/details/holder").asText()).isEqualTo("CSSC");

        api.stopForms.redeliver(form);
        String stop = api.stopForms.newFormIdAfter(suspension);
        api.stopForms.dispatched(stop, StopRequestType.PERMANENT_STOP, ticket, List.of(ticket.ticketId()));

        JsonNode both = api.awaitStopRequests(ticket, 2);
        assertThat(both.get("stopRequests").findValuesAsText("formId")).as("the redelivered form is told once")
                .containsExactly(suspension, stop);
        assertThat(api.history(ticket)).containsExactly("FaultReported", "FaultAccepted", "FaultDispatched",
                "FaultCircuitStopRequested", "FaultCircuitStopRequested");
        JsonNode asCustomer = api.get(tokenOf(AA), ticket.path()).json();
        assertThat(asCustomer.get("stopRequests")).hasSize(2);
        assertThat(asCustomer.at("/history/4/department").asText()).isEqualTo("GCD");
        assertThat(asCustomer.at("/history/4/user").asText()).as("not the operator's staff").isEmpty();

        JsonNode inbox = api.inboxItem(FaultClient.token(Department.CSSC), ticket);
        assertThat(inbox.get("nextStep").asText()).isEqualTo("DIAGNOSE_FAULT");
        assertThat(inbox.get("note").asText()).as("what the last step said").isEqualTo("客户反映专线中断");
        answers(step(Department.CSSC, ticket, "diagnosis", FaultClient.diagnosisBody(false)), "REPAIRING", "CSSC");
    }

    @Test
    void art24_aCustomerNamingAnotherCustomersCircuitIsToldWhatAnUnknownCircuitIsTold() {
        String others = api.sharedCircuit(AA);
        String unknown = CircuitTopic.newCircuitId();
        Http.Response onOthers = api.report(tokenOf(AAA), others);
        Http.Response onUnknown = api.report(tokenOf(AAA), unknown);

        assertProblem(onOthers, 422, "fault-circuit-unknown", "Art. 24");
        assertThat(onOthers.json().get("detail").asText())
                .isEqualTo(onUnknown.json().get("detail").asText().replace(unknown, others));
        assertProblem(api.get(tokenOf(AAA), "/api/circuits/" + others), 404, "not-found", null);
        assertThat(api.get(tokenOf(AA), "/api/circuits/" + others).status()).isEqualTo(200);
    }

    @Test
    void aSecondReportOnACircuitWithAnOpenTicketIsLinkedToIt_bothWays() {
        String circuit = api.circuit(AA);
        Ticket first = api.reportedOn(circuit);
        Http.Response second = api.report(bearer(Department.GCD), circuit);
        ok(second, 201);
        String secondId = second.json().get("ticketId").asText();

        assertThat(second.json().get("linkedTicketIds")).extracting(JsonNode::asText)
                .containsExactly(first.ticketId());
        assertThat(api.ticket(new Ticket(secondId, circuit, AA)).get("linkedTicketIds"))
                .extracting(JsonNode::asText).containsExactly(first.ticketId());
        assertThat(api.ticket(first).get("linkedTicketIds")).extracting(JsonNode::asText).containsExactly(secondId);
        JsonNode onCircuit = api.get(Department.MON, "/api/circuits/" + circuit).json();
        assertThat(onCircuit.get("openTickets").findValuesAsText("ticketId"))
                .containsExactlyInAnyOrder(first.ticketId(), secondId);
        assertThat(onCircuit.at("/customer/serviceLevel").asText()).isEqualTo("AA");
        assertThat(api.get(Department.MON, "/api/faults?circuitId=" + circuit).json().get("items")
                .findValuesAsText("ticketId")).containsExactly(secondId, first.ticketId());
        assertThat(api.get(Department.MON, "/api/faults?circuitId=" + circuit + "&status=REPORTED").json()
                .get("items")).hasSize(2);
    }

    // ---- who sees what

    @Test
    void aCustomerSeesOnlyItsOwnTickets_withoutTheOperatorsStaff() {
        Ticket ticket = api.cleared();
        String own = tokenOf(AA);
        String other = tokenOf(AAA);
        assertProblem(api.get(other, ticket.path()), 404, "not-found", null);
        assertProblem(api.post(other, ticket.path("clearance"), "{\"cleared\":true}"), 404, "not-found", null);
        assertThat(api.get(other, "/api/faults?limit=200").json().get("items").findValuesAsText("ticketId"))
                .doesNotContain(ticket.ticketId());
        assertThat(api.get(other, "/api/faults?limit=200&customer=" + AA.groupId()).json().get("items")
                .findValuesAsText("groupId")).as("its own whatever it asks").allMatch(AAA.groupId()::equals);
        assertThat(api.get(Department.MON, "/api/faults?limit=200&customer=" + AA.groupId()).json().get("items")
                .findValuesAsText("ticketId")).contains(ticket.ticketId());
        assertThat(api.get(Department.MON, "/api/faults?limit=200&customer=" + AAA.groupId()).json().get("items")
                .findValuesAsText("ticketId")).doesNotContain(ticket.ticketId());

        Http.Response mine = api.get(own, ticket.path());
        ok(mine, 200);
        assertThat(mine.body()).doesNotContain("-user");
        assertThat(mine.json().get("reportedBy").asText()).isEmpty();
        assertThat(mine.json().at("/contact/name").asText()).as("its own contact, in clear").isEqualTo(NAME);
        assertThat(api.get(Department.MON, ticket.path()).body()).contains("call_center-user", "cssc-user");
        assertThat(api.get(own, "/api/faults?limit=200").json().get("items").findValuesAsText("ticketId"))
                .contains(ticket.ticketId());
    }

    @Test
    void theContactIsInClearForStaffAndTheOwnCustomer_maskedInListsInboxesAndTheEvent() {
        String circuit = api.circuit(AA);
        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.FAULT)) {
            Ticket ticket = api.reportedOn(circuit);

            JsonNode staff = api.ticket(ticket).get("contact");
            assertThat(staff.get("name").asText()).isEqualTo(NAME);
            assertThat(staff.get("phone").asText()).isEqualTo(PHONE);
            assertThat(staff.get("masked").asBoolean()).isFalse();
            JsonNode listed = api.get(Department.MON, "/api/faults?circuitId=" + circuit).json().at("/items/0/contact");
            assertThat(listed.get("name").asText()).isEqualTo("张**");
            assertThat(listed.get("phone").asText()).isEqualTo("138****1234");
            assertThat(listed.get("masked").asBoolean()).isTrue();
            JsonNode inbox = api.inboxItem(FaultClient.token(Department.MON), ticket).get("contact");
            assertThat(inbox.get("name").asText()).isEqualTo("张**");
            assertThat(api.get(Department.MON, "/api/circuits/" + circuit).body()).doesNotContain(NAME, PHONE);
            assertThat(api.get(Department.MON, ticket.path()).body()).doesNotContain("sealed");

            ConsumerRecord<String, CloudEvent> record = reader.await(r -> ticket.ticketId().equals(r.key())
                    && new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains(circuit),
                    Duration.ofSeconds(30));
            String payload = new String(record.value().getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(record.value().getType()).isEqualTo("gca.fault.FaultReported.v3");
            assertThat(payload).doesNotContain(NAME, PHONE, "建国")
                    .contains("\"name\":\"张**\"", "\"phone\":\"138****1234\"", "\"sealed\":\"local:");
        }
    }

    // ---- the published events

    @Test
    void art24_theCallCentresReportReachesTheFaultTopicWithTheCircuitsCustomerAndItsHolder() {
        String circuit = api.sharedCircuit(AA);
        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.FAULT)) {
            Http.Response response = api.report(bearer(Department.CALL_CENTER), circuit);

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            String ticketId = response.json().get("ticketId").asText();
            assertThat(ticketId).matches("FT-\\d{4}-\\d{6}");
            assertThat(response.header("Location")).isEqualTo("/api/faults/" + ticketId);

            CloudEvent event = reader.await(r -> ticketId.equals(r.key())
                    && new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains(circuit),
                    Duration.ofSeconds(30)).value();
            assertThat(event.getSource()).hasToString("urn:gca:fault-service");
            assertThat(event.getExtension("actingdepartment")).isEqualTo("CALL_CENTER");
            assertThat(event.getExtension("actinguser")).isEqualTo("call_center-user");
            assertThat(event.getExtension("correlationid")).isEqualTo(ticketId);
            assertThat(event.getExtension("traceid")).isNotNull();
            assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                    .contains("\"acceptingDepartment\":\"MON\"", "\"holder\":\"MON\"", "\"channel\":\"CALL_CENTER\"",
                            "\"groupId\":\"" + AA.groupId() + "\"", "\"serviceLevel\":\"AA\"");
        }
    }

    @Test
    void theLongestReportTheApiAcceptsStaysWithinTheEventSizeLimitAndIsPublished() {
        String circuit = api.sharedCircuit(AA);
        String longest = """
                {"circuitId":"%s","symptom":"%s","contact":{"name":"%s","phone":"%s"}}"""
                .formatted(circuit, "障".repeat(2000), "障".repeat(50), "1".repeat(20));
        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.FAULT)) {
            Http.Response response = api.post(bearer(Department.CALL_CENTER), "/api/faults", longest);

            assertThat(response.status()).as(response.body()).isEqualTo(201);
            String ticketId = response.json().get("ticketId").asText();
            ConsumerRecord<String, CloudEvent> record = reader.await(r -> ticketId.equals(r.key())
                    && new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains("障".repeat(2000)),
                    Duration.ofSeconds(30));
            assertThat(record.serializedValueSize()).as("the whole symptom, 3 bytes per character")
                    .isGreaterThan(3 * 2000);
        }
    }

    @Test
    void exposesAxonCommandAndProcessorMetricsOnceWorkFlows() {
        api.reported();

        String metrics = Http.eventually(Duration.ofSeconds(20), () -> {
            String body = api.http.get("/actuator/prometheus").send().body();
            return body.contains("eventProcessor") ? body : null;
        });
        assertThat(metrics).contains("commandBus", "application=\"fault-service\"")
                .doesNotContain("eventProcessor_capacity", "commandBus_capacity");
    }

    // ---- refusals

    @Test
    void art24_refusesAFaultReportFromEngineeringWith403() {
        Http.Response response = api.report(bearer(Department.ENG), api.sharedCircuit(AA));

        assertProblem(response, 403, "department-not-allowed", "Art. 24");
        assertThat(response.json().get("detail").asText()).contains("第24条", "工程建设部");
        assertThat(response.json().get("allowedDepartments")).hasSize(3);
    }

    @Test
    void refusesAMalformedBodyWith400InChineseAndInEnglishOnRequest() {
        String token = bearer(Department.CALL_CENTER);
        Http.Response chinese = api.http.post("/api/faults").auth(token).body("{\"circuitId\": ").send();
        Http.Response english = api.http.post("/api/faults").auth(token).header("Accept-Language", "en")
                .body("{\"circuitId\": ").send();

        assertProblem(chinese, 400, "unreadable-body", null);
        assertProblem(english, 400, "unreadable-body", null);
        assertThat(english.json().get("detail").asText()).isNotEqualTo(chinese.json().get("detail").asText());
        assertThat(english.json().get("title").asText()).isEqualTo("Bad request");
        assertThat(chinese.body()).doesNotContain("Exception", "at cn.", "at org.");
    }

    @Test
    void refusesAReportWithoutRequiredFieldsWith400ListingThem_andTakesNoTicketNumber() {
        String token = bearer(Department.CALL_CENTER);
        String before = api.reported().ticketId();
        Http.Response missing = api.post(token, "/api/faults", "{\"circuitId\":\"\",\"symptom\":\"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("circuitId", "contact");
        Http.Response badContact = api.post(token, "/api/faults", FaultClient.reportBody(api.sharedCircuit(AA),
                "王".repeat(51), "139-abc"));
        assertThat(badContact.status()).isEqualTo(400);
        assertThat(badContact.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("contact.name", "contact.phone");
        String after = api.reported().ticketId();

        assertThat(Integer.parseInt(after.substring(after.lastIndexOf('-') + 1)))
                .as("the refused reports took no ticket number")
                .isEqualTo(Integer.parseInt(before.substring(before.lastIndexOf('-') + 1)) + 1);
    }

    @Test
    void refusesARequestWithoutATokenWith401() {
        Http.Response response = api.report(null, api.sharedCircuit(AA));

        assertProblem(response, 401, "unauthenticated", null);
    }

    @Test
    void aRetriedReportWithTheSameIdempotencyKeyCreatesOneTicket() {
        String circuit = api.circuit(AA);
        String key = "crm-" + UUID.randomUUID();
        String token = bearer(Department.CALL_CENTER);
        Http.Response first = api.http.post("/api/faults").auth(token).header("Idempotency-Key", key)
                .body(FaultClient.reportBody(circuit)).send();
        Http.Response retry = api.http.post("/api/faults").auth(token).header("Idempotency-Key", key)
                .body(FaultClient.reportBody(circuit)).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("ticketId").asText()).isEqualTo(first.json().get("ticketId").asText());
        assertThat(api.get(Department.MON, "/api/faults?circuitId=" + circuit).json().get("items")).hasSize(1);

        Http.Response differentBody = api.http.post("/api/faults").auth(token).header("Idempotency-Key", key)
                .body(FaultClient.reportBody(circuit, "李四", "13900000000")).send();
        assertProblem(differentBody, 422, "idempotency-key-reused", null);
    }

    @Test
    void stepsOutOfOrderAre409_onAnUnknownTicket404() {
        Ticket ticket = api.reported();
        assertProblem(api.post(Department.MON, ticket.path("dispatch"), null), 409, "fault-not-accepted", null);
        assertProblem(api.post(Department.CSSC, ticket.path("reply"), FaultClient.REPLY_BODY), 409,
                "fault-not-cleared", null);
        assertProblem(api.post(Department.MON, ticket.path("archive"), null), 409, "fault-not-checked", null);
        assertProblem(api.post(tokenOf(AA), ticket.path("clearance"), "{\"cleared\":true}"), 409,
                "fault-not-repaired", null);
        assertThat(api.history(ticket)).containsExactly("FaultReported");

        assertProblem(api.post(Department.MON, "/api/faults/FT-1999-999999/acceptance", null), 404, "not-found",
                null);
        assertProblem(api.get(Department.MON, "/api/faults/FT-1999-999999"), 404, "not-found", null);
        assertProblem(api.get(Department.MON, "/api/circuits/" + CircuitTopic.newCircuitId()), 404, "not-found", null);
    }

    @Test
    void aFailedQualityCheckNeedsFindings_aRejectionNeedsAReason() {
        Ticket replied = api.replied();
        Http.Response noFindings = api.post(Department.MON, replied.path("quality-check"), "{\"passed\":false}");
        assertProblem(noFindings, 400, "fault-findings-required", "Art. 25");
        assertThat(noFindings.json().get("errors").findValuesAsText("field")).containsExactly("findings");

        Ticket repaired = api.repairedBy(Department.CSSC);
        Http.Response noReason = api.post(tokenOf(AA), repaired.path("clearance"), "{\"cleared\":false}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(api.ticket(repaired).get("status").asText()).isEqualTo("REPAIRED");
    }

    // ---- concurrency

    /** Fires {@code attempt} from {@link #THREADS} threads at once; returns the answers. */
    private static List<Http.Response> atOnce(Supplier<Http.Response> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.get();
                }));
            }
            start.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentAcceptancesOfOneTicket_exactlyOneWins_theEventIsPublishedOnce() throws Exception {
        try (TopicReader reader = TopicReader.fromNow(infrastructure().kafkaBootstrap(), Topics.FAULT)) {
            Ticket ticket = api.reported();
            List<Http.Response> responses = atOnce(() -> api.post(Department.MON, ticket.path("acceptance"), null));

            assertThat(responses.stream().filter(r -> r.status() == 200)).as(responses.toString()).hasSize(1);
            for (Http.Response loser : responses.stream().filter(r -> r.status() != 200).toList()) {
                assertThat(loser.status()).as(loser.body()).isEqualTo(409);
                assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
            }
            assertThat(api.historyCount(ticket, "FaultAccepted")).isEqualTo(1);
            Predicate<ConsumerRecord<String, CloudEvent>> accepted = r ->
                    ticket.ticketId().equals(r.key()) && r.value().getType().equals("gca.fault.FaultAccepted.v3")
                            && new String(r.value().getData().toBytes(), StandardCharsets.UTF_8)
                            .contains(ticket.circuitId());
            reader.await(accepted, Duration.ofSeconds(30));
            assertThat(reader.drain(Duration.ofSeconds(1)).stream().filter(accepted)).hasSize(1);
        }
    }
}
