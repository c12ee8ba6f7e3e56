package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.CircuitStatus;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault API as the departments' desks, 10086 and the customers call it, over real HTTP with real tokens, and a
 * ticket brought to each stage of its life over REST (Art. 24–31). Its circuit comes from provisioning's topic
 * ({@link CircuitTopic}); a CUSTOMER token is the circuit's customer's.
 */
final class FaultClient implements AutoCloseable {

    static final CustomerRef AA = CircuitTopic.AA_CUSTOMER;
    static final CustomerRef AAA = CircuitTopic.AAA_CUSTOMER;
    static final CustomerRef STANDARD = CircuitTopic.STANDARD_CUSTOMER;
    static final String NAME = "张建国";
    static final String PHONE = "13805511234";

    /** A ticket, its circuit and that circuit's customer. */
    record Ticket(String ticketId, String circuitId, CustomerRef customer) {
        String path() {
            return "/api/faults/" + ticketId;
        }

        String path(String step) {
            return path() + "/" + step;
        }
    }

    final Http http;
    final CircuitTopic circuits;
    final StopFormTopic stopForms;
    private final Map<CustomerRef, String> shared = new ConcurrentHashMap<>();

    FaultClient(int port, String kafkaBootstrap) {
        this.http = Http.localhost(port);
        this.circuits = new CircuitTopic(kafkaBootstrap);
        this.stopForms = new StopFormTopic(kafkaBootstrap);
    }

    @Override
    public void close() {
        circuits.close();
        stopForms.close();
    }

    static String token(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(AA.groupId()) : TestTokens.bearer(department);
    }

    static String tokenOf(CustomerRef customer) {
        return TestTokens.customer(customer.groupId());
    }

    Http.Response post(Department department, String path, String body) {
        return post(token(department), path, body);
    }

    Http.Response post(String token, String path, String body) {
        Http.Call call = http.post(path).auth(token);
        return body == null ? call.send() : call.body(body).send();
    }

    Http.Response get(Department department, String path) {
        return get(token(department), path);
    }

    Http.Response get(String token, String path) {
        return http.get(path).auth(token).send();
    }

    static void ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    // ---- circuits from provisioning's and decommission's topics

    /** A new circuit of {@code customer}, once fault-service has consumed its activation. */
    String circuit(CustomerRef customer) {
        String circuitId = circuits.activated(customer);
        awaitCircuit(circuitId, "IN_SERVICE");
        return circuitId;
    }

    /** One circuit of {@code customer} for the tests of this client that need no circuit of their own. */
    String sharedCircuit(CustomerRef customer) {
        return shared.computeIfAbsent(customer, this::circuit);
    }

    /** A new circuit of {@code customer} whose status decommission changed to {@code status}. */
    String circuitNow(CustomerRef customer, CircuitStatus status) {
        String circuitId = circuit(customer);
        circuits.changed(circuitId, status);
        awaitCircuit(circuitId, status.name());
        return circuitId;
    }

    JsonNode awaitCircuit(String circuitId, String status) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = get(Department.MON, "/api/circuits/" + circuitId);
            return r.status() == 200 && status.equals(r.json().path("status").asText()) ? r.json() : null;
        });
    }

    // ---- the report (Art. 24)

    static String reportBody(String circuitId) {
        return reportBody(circuitId, NAME, PHONE);
    }

    static String reportBody(String circuitId, String name, String phone) {
        return """
                {"circuitId":"%s","symptom":"专线中断，无法访问总部业务系统",
                 "contact":{"name":"%s","phone":"%s"}}""".formatted(circuitId, name, phone);
    }

    Http.Response report(String token, String circuitId) {
        return post(token, "/api/faults", reportBody(circuitId));
    }

    private Ticket reported(String token, String circuitId, CustomerRef customer) {
        Http.Response response = report(token, circuitId);
        ok(response, 201);
        return new Ticket(response.json().get("ticketId").asText(), circuitId, customer);
    }

    /** 10086 reported a fault on a circuit of AA (Art. 24): MON accepts it. */
    Ticket reported() {
        return reportedOn(sharedCircuit(AA));
    }

    Ticket reportedOn(String circuitId) {
        return reported(token(Department.CALL_CENTER), circuitId, AA);
    }

    /** The AAA customer reported directly to CSSC (Art. 24). */
    Ticket directReport() {
        return reported(tokenOf(AAA), sharedCircuit(AAA), AAA);
    }

    /** MON accepted it (Art. 24). */
    Ticket accepted() {
        Ticket ticket = reported();
        ok(post(Department.MON, ticket.path("acceptance"), null), 200);
        return ticket;
    }

    /** MON dispatched it to CSSC (Art. 25). */
    Ticket dispatched() {
        Ticket ticket = accepted();
        ok(post(Department.MON, ticket.path("dispatch"), "{\"note\":\"客户反映专线中断\"}"), 200);
        return ticket;
    }

    static String diagnosisBody(boolean core) {
        return core ? "{\"coreNetwork\":true,\"reasoning\":\"CR01 上联端口大量丢包\"}"
                : "{\"coreNetwork\":false,\"reasoning\":\"核心侧告警正常，末端光猫掉电\"}";
    }

    /** Being repaired at {@code level}: CSSC (not core, Art. 27), OMT (core, Art. 28) or PND (escalated, Art. 30). */
    Ticket repairingAt(Department level) {
        Ticket ticket = dispatched();
        ok(post(Department.CSSC, ticket.path("diagnosis"), diagnosisBody(level != Department.CSSC)), 200);
        if (level == Department.PND) {
            ok(post(Department.OMT, ticket.path("escalation"), "{\"reason\":\"省干光缆中断，属省级核心网\"}"), 200);
        }
        return ticket;
    }

    static final String REPAIR_BODY = "{\"cause\":\"末端光猫电源适配器损坏\",\"action\":\"更换电源适配器\"}";

    /** {@code level} repaired it and replied to CSSC (Art. 27, 29, 31). */
    Ticket repairedBy(Department level) {
        Ticket ticket = repairingAt(level);
        ok(post(level, ticket.path("repair"), REPAIR_BODY), 200);
        return ticket;
    }

    /** The customer confirmed the fault cleared (Art. 27). */
    Ticket cleared() {
        Ticket ticket = repairedBy(Department.CSSC);
        ok(post(tokenOf(ticket.customer()), ticket.path("clearance"), "{\"cleared\":true,\"note\":\"业务已恢复\"}"),
                200);
        return ticket;
    }

    static final String REPLY_BODY = "{\"summary\":\"末端电源故障，已更换，客户确认恢复\"}";

    /** CSSC replied it (Art. 25, 27). */
    Ticket replied() {
        Ticket ticket = cleared();
        ok(post(Department.CSSC, ticket.path("reply"), REPLY_BODY), 200);
        return ticket;
    }

    /** MON's quality check passed (Art. 25). */
    Ticket checked() {
        Ticket ticket = replied();
        ok(post(Department.MON, ticket.path("quality-check"), "{\"passed\":true}"), 200);
        return ticket;
    }

    // ---- reading

    /** The ticket as MON reads it. */
    JsonNode ticket(Ticket ticket) {
        Http.Response response = get(Department.MON, ticket.path());
        ok(response, 200);
        return response.json();
    }

    /** The ticket as MON reads it once it lists {@code count} stop requests (Art. 33–34). */
    JsonNode awaitStopRequests(Ticket ticket, int count) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            JsonNode read = ticket(ticket);
            return read.path("stopRequests").size() == count ? read : null;
        });
    }

    List<String> history(Ticket ticket) {
        List<String> events = new ArrayList<>();
        ticket(ticket).get("history").forEach(step -> events.add(step.get("event").asText()));
        return events;
    }

    long historyCount(Ticket ticket, String event) {
        return history(ticket).stream().filter(event::equals).count();
    }

    /** The department's inbox item of the ticket, or null. */
    JsonNode inboxItem(String token, Ticket ticket) {
        Http.Response inbox = get(token, "/api/faults/inbox?limit=200");
        ok(inbox, 200);
        for (JsonNode item : inbox.json().get("items")) {
            if (item.get("ticketId").asText().equals(ticket.ticketId())) {
                return item;
            }
        }
        return null;
    }
}
