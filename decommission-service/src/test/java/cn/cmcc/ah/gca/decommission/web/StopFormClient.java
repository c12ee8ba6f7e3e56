package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form 5 API as GCD, CSSC, the resource management units and the customers call it, over real HTTP with real
 * tokens, and forms brought to each stage of their life over REST (Art. 32–37). Circuits come from provisioning's
 * topic ({@link ServiceTopics}) and are used once they are known here; a CUSTOMER token is {@link ServiceTopics#AA}'s.
 */
final class StopFormClient implements AutoCloseable {

    static final CustomerRef AA = ServiceTopics.AA;
    static final CustomerRef AAA = ServiceTopics.AAA;
    static final List<String> SEGMENTS = List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE");
    /** Two of the configured resource management units (decommission-service.yml). */
    static final String CORE_UNIT = "RMU-CORE";
    static final String TRANSPORT_UNIT = "RMU-TRANSPORT";

    /** Per JVM, so that the contexts of one run hand out form numbers of their own ({@link #formNumbersOfTheirOwn}). */
    private static final AtomicInteger FORM_NUMBER_BLOCKS = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(1, 900));

    /** A form 5, its circuits and their customer. */
    record Form(String formId, String requestType, List<String> circuitIds, CustomerRef customer) {

        String path() {
            return "/api/stop-forms/" + formId;
        }

        String path(String step) {
            return path() + "/" + step;
        }

        String circuitId() {
            return circuitIds.get(0);
        }
    }

    final Http http;
    final ServiceTopics topics;

    StopFormClient(int port, String kafkaBootstrap) {
        this(Http.localhost(port), kafkaBootstrap);
    }

    StopFormClient(Http http, String kafkaBootstrap) {
        this.http = http;
        this.topics = new ServiceTopics(kafkaBootstrap);
    }

    @Override
    public void close() {
        topics.close();
    }

    /**
     * Every test context of a run shares the broker, and the service follows its own topic (the adjustments' saga,
     * the circuits' history): so that one context's form 5 is not taken for another's of the same number, each
     * context's database starts its form numbers at a block of its own, before its first form.
     */
    static void formNumbersOfTheirOwn(MongoDatabase database) {
        int year = Instant.now().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        long start = (FORM_NUMBER_BLOCKS.incrementAndGet() % 900 + 1) * 1_000L;
        database.getCollection("business_numbers").updateOne(Filters.eq("_id", "SD-" + year),
                Updates.setOnInsert("value", start), new UpdateOptions().upsert(true));
    }

    // ---- calls

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

    // ---- circuits from provisioning's topic

    /** A new circuit of {@code customer}, once decommission-service has consumed its activation. */
    String circuit(CustomerRef customer) {
        String circuitId = topics.activated(customer);
        awaitKnown(circuitId);
        return circuitId;
    }

    List<String> circuits(CustomerRef customer, int count) {
        List<String> circuits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            circuits.add(topics.activated(customer));
        }
        circuits.forEach(this::awaitKnown);
        return circuits;
    }

    /** The circuit as GCD reads it, once known (provisioning's event consumed: no read-your-writes across services). */
    JsonNode awaitKnown(String circuitId) {
        return Http.eventually(Duration.ofSeconds(60), () -> {
            Http.Response read = get(Department.GCD, "/api/circuits/" + circuitId);
            return read.status() == 200 ? read.json() : null;
        });
    }

    /** The circuit as CSSC reads it now. */
    JsonNode circuitNow(String circuitId) {
        Http.Response read = get(Department.CSSC, "/api/circuits/" + circuitId);
        ok(read, 200);
        return read.json();
    }

    // ---- bodies

    static String stopBody(String requestType, List<String> circuitIds) {
        return stopBody(requestType, circuitIds, null);
    }

    static String stopBody(String requestType, List<String> circuitIds, String openTicketReason) {
        return """
                {"requestType":"%s","circuitIds":[%s],"reason":"客户合同到期，不再续约","requestedDate":"2026-12-31"%s}"""
                .formatted(requestType, circuitIds.stream().map(id -> "\"" + id + "\"")
                                .collect(Collectors.joining(",")),
                        openTicketReason == null ? "" : ",\"openTicketReason\":\"" + openTicketReason + "\"");
    }

    static String adjustmentBody(String circuitId) {
        return """
                {"circuitId":"%s","reason":"带宽 100M 提速至 1000M","requestedDate":"2026-12-20"}"""
                .formatted(circuitId);
    }

    static String releaseBody(String circuitId, String segment) {
        return "{\"circuitId\":\"%s\",\"segment\":\"%s\",\"note\":\"已拆除\"}".formatted(circuitId, segment);
    }

    static String lastMileBody(String circuitId) {
        return "{\"circuitId\":\"%s\",\"note\":\"末端已处理\"}".formatted(circuitId);
    }

    static String unitsBody(String... units) {
        return "{\"units\":[%s]}".formatted(List.of(units).stream().map(unit -> "\"" + unit + "\"")
                .collect(Collectors.joining(",")));
    }

    static final String WITHDRAWAL_BODY = "{\"reason\":\"客户决定续约\"}";

    // ---- forms brought to each stage

    /** GCD dispatched a form 5 of {@code requestType} naming {@code circuitIds} (Art. 33). */
    Form dispatched(String requestType, List<String> circuitIds, CustomerRef customer) {
        Http.Response response = post(Department.GCD, "/api/stop-forms", stopBody(requestType, circuitIds));
        ok(response, 201);
        return new Form(response.json().get("formId").asText(), requestType, circuitIds, customer);
    }

    /** GCD dispatched a form 5 of {@code requestType} on a new circuit of AA. */
    Form dispatched(String requestType) {
        return dispatched(requestType, List.of(circuit(AA)), AA);
    }

    /** GCD dispatched an adjustment of a new circuit of AA (Art. 35). */
    Form adjustment() {
        return adjustment(circuit(AA), AA);
    }

    Form adjustment(String circuitId, CustomerRef customer) {
        Http.Response response = post(Department.GCD, "/api/adjustments", adjustmentBody(circuitId));
        ok(response, 201);
        return new Form(response.json().get("formId").asText(), "ADJUSTMENT", List.of(circuitId), customer);
    }

    /** CSSC accepted it (Art. 34). */
    Form accepted(Form form) {
        ok(post(Department.CSSC, form.path("acceptance"), "{\"note\":\"已受理\"}"), 200);
        return form;
    }

    Form accepted(String requestType) {
        return accepted(dispatched(requestType));
    }

    /** CSSC released every segment of every circuit of the permanent stop (Art. 34). */
    Form released(Form form) {
        for (String circuit : form.circuitIds()) {
            for (String segment : SEGMENTS) {
                ok(post(Department.CSSC, form.path("releases"), releaseBody(circuit, segment)), 200);
            }
        }
        return form;
    }

    /** A permanent stop of a new circuit, released end to end. */
    Form released() {
        return released(accepted("PERMANENT_STOP"));
    }

    /** CSSC passed the status change to {@code units} (Art. 34). */
    Form statusChangeRequested(Form form, String... units) {
        ok(post(Department.CSSC, form.path("status-change"), unitsBody(units)), 200);
        return form;
    }

    /** A permanent stop of a new circuit, released, its status change passed to the core network's unit. */
    Form statusChangeRequested() {
        return statusChangeRequested(released(), CORE_UNIT);
    }

    /** A permanent stop completed: released, its status change confirmed by the unit named (Art. 34). */
    Form stopCompleted(Form form) {
        statusChangeRequested(released(accepted(form)), CORE_UNIT);
        ok(post(TestTokens.rmu(CORE_UNIT), form.path("status-change/" + CORE_UNIT + "/confirmation"), null), 200);
        return form;
    }

    /** A new circuit of AA, stopped for good. */
    String stoppedCircuit() {
        return stopCompleted(dispatched("PERMANENT_STOP")).circuitId();
    }

    /** A new circuit of AA, suspended: its last mile stopped (Art. 34). */
    String suspendedCircuit() {
        Form suspension = accepted("SUSPENSION");
        ok(post(Department.CSSC, suspension.path("last-mile-suspension"), lastMileBody(suspension.circuitId())), 200);
        return suspension.circuitId();
    }

    /** A resume of a suspended circuit of AA, accepted by CSSC (decision, Art. 32–34). */
    Form resumeAccepted() {
        return accepted(dispatched("RESUME", List.of(suspendedCircuit()), AA));
    }

    // ---- reading

    /** The form as CSSC reads it. */
    JsonNode form(Form form) {
        Http.Response response = get(Department.CSSC, form.path());
        ok(response, 200);
        return response.json();
    }

    List<String> history(Form form) {
        List<String> events = new ArrayList<>();
        form(form).get("history").forEach(step -> events.add(step.get("event").asText()));
        return events;
    }

    long historyCount(Form form, String event) {
        return history(form).stream().filter(event::equals).count();
    }

    /** The caller's inbox item of the form, or null; every page, following {@code next}. */
    JsonNode inboxItem(String token, Form form) {
        String next = null;
        do {
            Http.Response inbox = get(token, "/api/stop-forms/inbox?limit=200"
                    + (next == null ? "" : "&cursor=" + next));
            ok(inbox, 200);
            for (JsonNode item : inbox.json().get("items")) {
                if (item.get("formId").asText().equals(form.formId())) {
                    return item;
                }
            }
            next = inbox.json().has("next") ? inbox.json().get("next").asText() : null;
        } while (next != null);
        return null;
    }
}
