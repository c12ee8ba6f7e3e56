package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-sale API as the departments' desks call it, over real HTTP with real tokens, and a form 2 of one access
 * point brought to each stage of its life over REST (Art. 17–23). The form 1 under it comes from presale's topic
 * ({@link PresaleTopic}), accepted by the customer of {@link #GROUP}.
 */
final class ProvisioningClient implements AutoCloseable {

    static final String GROUP = PresaleTopic.CUSTOMER.groupId();
    static final String OTHER_GROUP = "5510000001";

    /** A form 2 and the items its stage created: work order, block, circuit (each null where there is none). */
    record Demand(String form1, String formId, String workOrderId, String blockId, String circuitId) {
        Demand with(String workOrder, String block, String circuit) {
            return new Demand(form1, formId, workOrder == null ? workOrderId : workOrder,
                    block == null ? blockId : block, circuit == null ? circuitId : circuit);
        }

        String path() {
            return "/api/demands/" + formId;
        }
    }

    final Http http;
    final PresaleTopic presale = new PresaleTopic();

    ProvisioningClient(int port) {
        this.http = Http.localhost(port);
    }

    @Override
    public void close() {
        presale.close();
    }

    static String token(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(GROUP) : TestTokens.bearer(department);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    Http.Response post(Department department, String path, String body) {
        return post(token(department), path, body);
    }

    Http.Response post(String token, String path, String body) {
        Http.Call call = http.post(path).auth(token);
        return body == null ? call.send() : call.body(body).send();
    }

    Http.Response get(Department department, String path) {
        return http.get(path).auth(token(department)).send();
    }

    Http.Response get(String token, String path) {
        return http.get(path).auth(token).send();
    }

    private static void ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    // ---- form 1 from presale's topic

    /** Publishes an accepted form 1 of one point with {@code point}'s capability and waits until provisioning has it. */
    String acceptedForm1(PointCapability point) {
        String form1 = PresaleTopic.newFormId();
        presale.negotiatedForm(form1, PresaleTopic.CUSTOMER, NegotiationOutcome.ACCEPTED, point);
        awaitConfirmationForm(form1, "ACCEPTED");
        return form1;
    }

    JsonNode awaitConfirmationForm(String form1, String status) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = get(Department.GCD, "/api/confirmation-forms/" + form1);
            return r.status() == 200 && status.equals(r.json().path("status").asText()) ? r.json() : null;
        });
    }

    static String dispatchBody(String form1) {
        return "{\"confirmationFormId\":\"" + form1 + "\",\"remarks\":\"按方案开通\"}";
    }

    // ---- the stages of an Art. 18 form 2 (every segment available)

    /** GCD dispatched the form 2 of an accepted form 1 (Art. 17). */
    Demand dispatched() {
        return dispatched(PresaleTopic.availablePoint());
    }

    Demand dispatched(PointCapability point) {
        String form1 = acceptedForm1(point);
        Http.Response response = post(Department.GCD, "/api/demands", dispatchBody(form1));
        ok(response, 201);
        String formId = response.json().get("formId").asText();
        assertThat(formId).isEqualTo("RD-" + form1.substring(3));
        return new Demand(form1, formId, null, null, null);
    }

    static String acceptBody(LocalDate plannedActivation) {
        return """
                {"plannedActivationDate":"%s","resourceApplication":"核心及接入主干端口申请已提交",
                 "lastMileScheduling":"末端施工已派单调度"}""".formatted(plannedActivation);
    }

    /** CSSC accepted it (Art. 17). */
    Demand accepted() {
        return accepted(PresaleTopic.availablePoint(), today().plusDays(20));
    }

    Demand accepted(PointCapability point, LocalDate plannedActivation) {
        Demand demand = dispatched(point);
        ok(post(Department.CSSC, demand.path() + "/receipt", acceptBody(plannedActivation)), 200);
        return demand;
    }

    static String workOrderBody(String target) {
        return """
                {"pointId":"P1","target":"%s","assigneeUnit":"蜀山区域维护中心","plannedDate":"%s"}"""
                .formatted(target, today().plusDays(5));
    }

    static String completionBody() {
        return "{\"actualDate\":\"" + today() + "\",\"result\":\"开通正常\"}";
    }

    Http.Response issue(Demand demand, String target) {
        return post(Department.CSSC, demand.path() + "/work-orders", workOrderBody(target));
    }

    /** A form 3 work order for the core is open (Art. 18). */
    Demand withOpenWorkOrder() {
        Demand demand = accepted();
        Http.Response issued = issue(demand, "CORE");
        ok(issued, 201);
        return demand.with(issued.json().get("itemId").asText(), null, null);
    }

    /** Every work order of the point issued and completed (Art. 18). */
    Demand allWorkDone() {
        return allWorkDone(accepted());
    }

    Demand allWorkDone(Demand demand) {
        List<String> orders = new ArrayList<>();
        for (String target : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE", "CUSTOMER_SIDE")) {
            Http.Response issued = issue(demand, target);
            ok(issued, 201);
            orders.add(issued.json().get("itemId").asText());
        }
        for (String order : orders) {
            ok(post(Department.CSSC, demand.path() + "/work-orders/" + order + "/completion", completionBody()), 200);
        }
        return demand.with(orders.get(orders.size() - 1), null, null);
    }

    static final String BLOCK_BODY = "{\"pointId\":\"P1\",\"reason\":\"物业不允许入楼施工\"}";
    static final String BLOCK_RECORD_BODY = "{\"agreedHandling\":\"客户协调物业后继续施工\",\"activationResult\":\"暂未开通\","
            + "\"decision\":\"CONTINUE\"}";

    /** CSSC recorded a blocked construction (Art. 22). */
    Demand blocked() {
        Demand demand = accepted();
        Http.Response block = post(Department.CSSC, demand.path() + "/blocks", BLOCK_BODY);
        ok(block, 201);
        return demand.with(null, block.json().get("itemId").asText(), null);
    }

    /** CSSC wrote and signed the record: continue (Art. 22). */
    Demand blockRecorded() {
        Demand demand = blocked();
        ok(post(Department.CSSC, demand.path() + "/blocks/" + demand.blockId() + "/record", BLOCK_RECORD_BODY), 200);
        return demand;
    }

    /** GCD co-signed the record (Art. 22). */
    Demand coSigned() {
        Demand demand = blockRecorded();
        ok(post(Department.GCD, demand.path() + "/blocks/" + demand.blockId() + "/co-signature", null), 200);
        return demand;
    }

    /** Network and customer side complete; the point has its circuit (Art. 21). */
    Demand activated() {
        Demand demand = allWorkDone();
        Http.Response activated = post(Department.CSSC, demand.path() + "/activation", null);
        ok(activated, 200);
        return demand.with(null, null, activated.json().at("/circuits/0/circuitId").asText());
    }

    static final String UNIT = "RMU-CORE";

    /** CSSC passed the status change information to RMU-CORE (Art. 21). */
    Demand infoPassed() {
        Demand demand = activated();
        ok(post(Department.CSSC, demand.path() + "/status-change-info",
                "{\"units\":[\"" + UNIT + "\"],\"details\":\"专线资源置为在用\"}"), 200);
        return demand;
    }

    /** RMU-CORE confirmed its status change (Art. 21). */
    Demand statusConfirmed() {
        Demand demand = infoPassed();
        ok(post(Department.RMU, demand.path() + "/status-changes/" + UNIT + "/confirmation",
                "{\"note\":\"已变更为在用\"}"), 200);
        return demand;
    }

    /** CSSC replied the form 2 (Art. 21). */
    Demand replied() {
        Demand demand = statusConfirmed();
        ok(post(Department.CSSC, demand.path() + "/reply", "{\"feedback\":\"专线已开通\"}"), 200);
        return demand;
    }

    static String acceptanceBody() {
        return "{\"acceptanceDate\":\"" + today() + "\",\"participants\":[\"客户代表 张工\",\"客户经理 王经理\"],"
                + "\"tests\":[{\"item\":\"带宽测试\",\"passed\":true,\"measured\":\"100M\"}]}";
    }

    /** GCD organised the acceptance and filled in form 4 (Art. 23). */
    Demand organised() {
        Demand demand = replied();
        ok(post(Department.GCD, demand.path() + "/acceptance", acceptanceBody()), 200);
        return demand;
    }

    /** The customer and the account manager signed form 4 (Art. 23). */
    Demand signed() {
        Demand demand = organised();
        ok(post(TestTokens.customer(GROUP), demand.path() + "/acceptance/signatures", "{\"signedBy\":\"张工\"}"), 200);
        ok(post(Department.GCD, demand.path() + "/acceptance/signatures", "{\"signedBy\":\"王经理\"}"), 200);
        return demand;
    }

    // ---- Art. 19 and 20 points

    /** Art. 19: CSSC accepted a form 2 whose point waits for ENG's core build, planned in service in 60 days. */
    Demand engineeringBuildAccepted() {
        return accepted(PresaleTopic.coreInsufficientPoint(today().plusDays(60)), today().plusDays(70));
    }

    /** Art. 19: ENG reported the build in service. */
    Demand engineeringInService() {
        Demand demand = engineeringBuildAccepted();
        ok(post(Department.ENG, demand.path() + "/points/P1/engineering-in-service",
                "{\"inServiceDate\":\"" + today() + "\",\"note\":\"扩容板卡已上线\"}"), 200);
        return demand;
    }

    /** Art. 20: CSSC accepted a form 2 whose point waits for CSSC's last-mile project, ready in 7 days. */
    Demand lastMileProjectAccepted() {
        return accepted(PresaleTopic.lastMileOptimizablePoint(today().plusDays(7)), today().plusDays(20));
    }

    /** Art. 20: the last-mile project complete. */
    Demand lastMileProjectCompleted() {
        Demand demand = lastMileProjectAccepted();
        ok(post(Department.CSSC, demand.path() + "/points/P1/last-mile-project-completion",
                "{\"note\":\"入楼光缆敷设完毕\"}"), 200);
        return demand;
    }

    /** Art. 20: the project complete and its resources registered by RMU-ACCESS. */
    Demand lastMileRegistered() {
        Demand demand = lastMileProjectCompleted();
        ok(post(Department.RMU, demand.path() + "/points/P1/resource-registration",
                "{\"unit\":\"RMU-ACCESS\",\"resources\":\"OLT-SS-015 PON1/2/7\"}"), 200);
        return demand;
    }

    /** The form 2 as GCD reads it. */
    JsonNode form(Demand demand) {
        Http.Response response = get(Department.GCD, demand.path());
        ok(response, 200);
        return response.json();
    }

    /** How many times the form's history holds {@code event}. */
    long historyCount(Demand demand, String event) {
        List<String> events = new ArrayList<>();
        form(demand).get("history").forEach(step -> events.add(step.get("event").asText()));
        return events.stream().filter(event::equals).count();
    }
}
