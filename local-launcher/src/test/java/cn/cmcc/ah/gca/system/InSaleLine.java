package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-sale and in-sale steps of a line over the running services' REST APIs, as GCD, CSSC, ENG and the RMUs take
 * them: a form 1 confirmed by presale-service (Art. 8–16), a form 2 dispatched and accepted once provisioning-service
 * read it from gca.presale.events (Art. 17), form 3 work orders and the activation that gives the circuit its id
 * (Art. 18–21). sla-monitor's clocks are read where a step should have started or stopped one.
 */
final class InSaleLine {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Http presale;
    private final Http provisioning;
    private final Http sla;

    InSaleLine(Http presale, Http provisioning, Http sla) {
        this.presale = presale;
        this.provisioning = provisioning;
        this.sla = sla;
        Http.Response product = presale.post("/api/products").auth(bearer(Department.ADMIN))
                .body("{\"productCode\":\"DPL\",\"name\":\"数据专线\",\"mature\":true}").send();
        assertThat(product.status()).as(product.body()).isIn(201, 409);
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** A circuit in service for the customer: a form 1 with every segment available, Art. 18, activated. */
    String activatedCircuit(String groupId, String name, String serviceLevel) {
        String any = "{\"outcome\":\"AVAILABLE\"}";
        String form1 = confirmedForm1(groupId, name, serviceLevel, any, any, any, false);
        String form2 = dispatchAndAccept(form1, today().plusDays(20));
        return activate(form2);
    }

    /** A form 1 of one point confirmed over presale's REST with these segment assessments and accepted (Art. 16). */
    String confirmedForm1(String groupId, String name, String serviceLevel, String core, String backbone,
                          String lastMile, boolean engineering) {
        String form1 = dispatchedForm1(groupId, name, serviceLevel, null);
        replied(form1, core, backbone, lastMile, engineering);
        negotiated(form1, "ACCEPTED");
        return form1;
    }

    /**
     * GCD dispatches a form 1 of one point to CSSC (Art. 8); for an adjustment (Art. 35) with the circuit adjusted
     * and the adjustment's form 5 number.
     *
     * @param adjustment {@code {circuitId, adjustmentId}}, or null for a new line
     */
    String dispatchedForm1(String groupId, String name, String serviceLevel, String[] adjustment) {
        String link = adjustment == null ? ""
                : ",\"adjustment\":{\"circuitId\":\"%s\",\"adjustmentId\":\"%s\"}"
                        .formatted(adjustment[0], adjustment[1]);
        Http.Response dispatched = presale.post("/api/forms").auth(bearer(Department.GCD)).body("""
                {"customer":{"groupId":"%s","name":"%s","serviceLevel":"%s"},
                 "productCode":"DPL","bandwidthMbps":100,"requestedDate":"%s",
                 "accountManager":"王经理 13900000000","contact":"张工 13800000000",
                 "accessPoints":[{"address":"合肥市蜀山区长江西路689号","district":"蜀山区"}]%s}"""
                .formatted(groupId, name, serviceLevel, today().plusDays(30), link)).send();
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(201);
        return dispatched.json().get("formId").asText();
    }

    /** CSSC receives the form 1, assesses the point's three segments and replies the solution (Art. 9–15). */
    void replied(String form1, String core, String backbone, String lastMile, boolean engineering) {
        String f = "/api/forms/" + form1;
        ok(presale.post(f + "/receipt").auth(bearer(Department.CSSC)));
        ok(presale.post(f + "/points/P1/segments/CORE/assessment").auth(bearer(Department.CSSC)).body(core));
        ok(presale.post(f + "/points/P1/segments/ACCESS_BACKBONE/assessment").auth(bearer(Department.CSSC))
                .body(backbone));
        ok(presale.post(f + "/points/P1/segments/LAST_MILE/assessment").auth(bearer(Department.CSSC)).body(lastMile));
        if (engineering) {
            ok(presale.post(f + "/points/P1/engineering-reply").auth(bearer(Department.ENG))
                    .body("{\"projectApproved\":true,\"plannedInServiceDate\":\"" + today().plusDays(60)
                            + "\",\"remarks\":\"纳入扩容工程\"}"));
        }
        ok(presale.post(f + "/reply").auth(bearer(Department.CSSC)).body("""
                {"solutionSummary":"经蜀山汇聚机房OLT接入，上联核心CR01","solutionLines":[
                 {"pointId":"P1","segment":"CORE","route":"蜀山核心CR01","equipmentPort":"CR01-GE1/0/1","bandwidthMbps":100},
                 {"pointId":"P1","segment":"ACCESS_BACKBONE","route":"蜀山汇聚AG03","equipmentPort":"AG03-GE0/0/9","bandwidthMbps":100},
                 {"pointId":"P1","segment":"LAST_MILE","route":"OLT-SS-015","equipmentPort":"PON1/2/7","bandwidthMbps":100}]}"""));
    }

    /** GCD records how the negotiation with the customer ended (Art. 16): ACCEPTED or DECLINED. */
    void negotiated(String form1, String outcome) {
        ok(presale.post("/api/forms/" + form1 + "/negotiation").auth(bearer(Department.GCD))
                .body("{\"outcome\":\"" + outcome + "\",\"note\":\"客户" + ("ACCEPTED".equals(outcome) ? "确认方案"
                        : "不接受方案") + "\"}"));
    }

    /** GCD dispatches the form 2 once provisioning has read the accepted form 1 from the topic; CSSC accepts it. */
    String dispatchAndAccept(String form1, LocalDate plannedActivation) {
        Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = provisioning.get("/api/confirmation-forms/" + form1).auth(bearer(Department.GCD)).send();
            return r.status() == 200 && "ACCEPTED".equals(r.json().path("status").asText()) ? r : null;
        });
        Http.Response dispatched = provisioning.post("/api/demands").auth(bearer(Department.GCD))
                .body("{\"confirmationFormId\":\"" + form1 + "\",\"remarks\":\"按方案开通\"}").send();
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(201);
        String form2 = dispatched.json().get("formId").asText();
        assertThat(form2).isEqualTo("RD-" + form1.substring(3));
        Http.Response again = provisioning.post("/api/demands").auth(bearer(Department.GCD))
                .body("{\"confirmationFormId\":\"" + form1 + "\"}").send();
        assertThat(again.status()).as("a form 1 is the basis of one form 2: %s", again.body()).isEqualTo(422);

        ok(provisioning.post(d(form2) + "/receipt").auth(bearer(Department.CSSC)).body("""
                {"plannedActivationDate":"%s","resourceApplication":"核心及接入主干端口申请已提交",
                 "lastMileScheduling":"末端施工已派单调度"}""".formatted(plannedActivation)));
        return form2;
    }

    /** Form 3 work orders for every target, completed, then the activation (Art. 18–21); returns the circuit id. */
    String activate(String form2) {
        List<String> orders = new ArrayList<>();
        for (String target : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE", "CUSTOMER_SIDE")) {
            Http.Response issued = workOrder(form2, target);
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            orders.add(issued.json().get("itemId").asText());
        }
        assertThat(orders).containsExactly(form2 + "-W01", form2 + "-W02", form2 + "-W03", form2 + "-W04");
        // a form 2 cannot complete while a work order is open (Art. 21)
        assertThat(provisioning.post(d(form2) + "/activation").auth(bearer(Department.CSSC)).send().status())
                .isEqualTo(409);
        for (String order : orders) {
            ok(provisioning.post(d(form2) + "/work-orders/" + order + "/completion").auth(bearer(Department.CSSC))
                    .body("{\"actualDate\":\"" + today() + "\",\"result\":\"开通正常\"}"));
        }
        Http.Response activated = provisioning.post(d(form2) + "/activation").auth(bearer(Department.CSSC)).send();
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        String circuitId = activated.json().get("circuits").get(0).get("circuitId").asText();
        assertThat(circuitId).matches("CL-\\d{4}-\\d{6}");
        return circuitId;
    }

    Http.Response workOrder(String form2, String target) {
        return provisioning.post(d(form2) + "/work-orders").auth(bearer(Department.CSSC)).body("""
                {"pointId":"P1","target":"%s","assigneeUnit":"蜀山区域维护中心","plannedDate":"%s"}"""
                .formatted(target, today().plusDays(5))).send();
    }

    /** The clock as sla-monitor answers it once it is in {@code state}. */
    JsonNode clock(String clockId, String state) {
        return Http.eventually(Duration.ofSeconds(60), () -> {
            Http.Response r = sla.get("/api/clocks/" + clockId).auth(bearer(Department.PND)).send();
            return r.status() == 200 && state.equals(r.json().get("state").asText()) ? r.json() : null;
        });
    }

    static void ok(Http.Call call) {
        Http.Response response = call.send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    static String d(String form2) {
        return "/api/demands/" + form2;
    }
}
