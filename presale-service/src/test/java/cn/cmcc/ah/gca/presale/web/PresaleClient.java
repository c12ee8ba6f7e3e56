package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-sale API as the CRM and the departments' desks call it, over real HTTP with real tokens. */
final class PresaleClient {

    static final String CUSTOMER_GROUP = "5510002001";
    private static final AtomicInteger PRODUCTS = new AtomicInteger();

    final Http http;

    PresaleClient(int port) {
        this.http = Http.localhost(port);
    }

    static String token(Department department) {
        return department == Department.CUSTOMER ? TestTokens.customer(CUSTOMER_GROUP) : TestTokens.bearer(department);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    Http.Response post(Department department, String path, String body) {
        Http.Call call = http.post(path).auth(token(department));
        return body == null ? call.send() : call.body(body).send();
    }

    Http.Response get(Department department, String path) {
        return http.get(path).auth(token(department)).send();
    }

    /** Registers a product (as ADMIN) and waits until the catalogue shows it. */
    String product(boolean mature) {
        String code = "IT-" + (mature ? "M" : "N") + "-" + System.nanoTime() % 1_000_000 + "-" + PRODUCTS.incrementAndGet();
        Http.Response response = post(Department.ADMIN, "/api/products",
                "{\"productCode\":\"" + code + "\",\"name\":\"互联网专线\",\"mature\":" + mature + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        awaitView(Department.GCD, "/api/products/" + code, view -> true);
        return code;
    }

    /** A form-1 body for the customer of this client, with {@code points} access points in 蜀山区. */
    static String dispatchBody(String productCode, String templateId, int points) {
        List<String> accessPoints = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            accessPoints.add("{\"address\":\"合肥市蜀山区长江西路" + (100 + i) + "号\",\"district\":\"蜀山区\"}");
        }
        return """
                {"customer":{"groupId":"%s","name":"合肥某某科技有限公司","serviceLevel":"AA"},
                 "productCode":"%s","templateId":"%s","bandwidthMbps":100,"requestedDate":"%s",
                 "accountManager":"李经理 13900000000","contact":"王工 13700000000",
                 "accessPoints":[%s]}""".formatted(CUSTOMER_GROUP, productCode, templateId == null ? "" : templateId,
                today().plusDays(30), String.join(",", accessPoints));
    }

    /** GCD dispatches a form with {@code points} access points; returns its number. */
    String dispatch(String productCode, int points) {
        Http.Response response = post(Department.GCD, "/api/forms", dispatchBody(productCode, null, points));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("formId").asText();
    }

    /** GCD dispatches and CSSC receives. */
    String dispatchedAndReceived(String productCode, int points) {
        String formId = dispatch(productCode, points);
        Http.Response receipt = post(Department.CSSC, "/api/forms/" + formId + "/receipt", null);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        return formId;
    }

    Http.Response assess(String formId, String pointId, String segment, String outcome, LocalDate readyDate) {
        return post(Department.CSSC, "/api/forms/" + formId + "/points/" + pointId + "/segments/" + segment
                        + "/assessment",
                "{\"outcome\":\"" + outcome + "\",\"readyDate\":" + (readyDate == null ? "null" : "\"" + readyDate + "\"")
                        + ",\"note\":\"现场勘查\"}");
    }

    /** Assesses the three segments of a point; each must be accepted. */
    void assessPoint(String formId, String pointId, String core, String backbone, String lastMile,
                     LocalDate readyDate) {
        for (String[] step : new String[][] {{"CORE", core}, {"ACCESS_BACKBONE", backbone}, {"LAST_MILE", lastMile}}) {
            Http.Response response = assess(formId, pointId, step[0], step[1],
                    "LAST_MILE_OPTIMIZABLE".equals(step[1]) ? readyDate : null);
            assertThat(response.status()).as(step[0] + " " + response.body()).isEqualTo(200);
        }
    }

    Http.Response engineeringReply(String formId, String pointId, boolean approved, LocalDate planned) {
        return post(Department.ENG, "/api/forms/" + formId + "/points/" + pointId + "/engineering-reply",
                "{\"projectApproved\":" + approved + ",\"plannedInServiceDate\":"
                        + (planned == null ? "null" : "\"" + planned + "\"") + ",\"remarks\":\"已纳入年度扩容项目\"}");
    }

    /** The reply body: a solution line for every segment of each named point. */
    static String replyBody(String... provisionablePoints) {
        List<String> lines = new ArrayList<>();
        for (String point : provisionablePoints) {
            for (String segment : List.of("CORE", "ACCESS_BACKBONE", "LAST_MILE")) {
                lines.add("{\"pointId\":\"" + point + "\",\"segment\":\"" + segment
                        + "\",\"route\":\"蜀山核心CR01-汇聚AG03\",\"equipmentPort\":\"OLT-SS-015 PON 1/2/7\","
                        + "\"bandwidthMbps\":100}");
            }
        }
        return "{\"solutionSummary\":\"经蜀山汇聚机房OLT接入，上联核心CR01\",\"solutionLines\":["
                + String.join(",", lines) + "]}";
    }

    Http.Response reply(String formId, String... provisionablePoints) {
        return post(Department.CSSC, "/api/forms/" + formId + "/reply", replyBody(provisionablePoints));
    }

    /** Polls a GET until the view satisfies {@code condition}; returns it. */
    JsonNode awaitView(Department reader, String path, Predicate<JsonNode> condition) {
        return Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response response = get(reader, path);
            return response.status() == 200 && condition.test(response.json()) ? response.json() : null;
        });
    }

    JsonNode awaitForm(String formId, Predicate<JsonNode> condition) {
        return awaitView(Department.GCD, "/api/forms/" + formId, condition);
    }

    static Predicate<JsonNode> status(String status) {
        return view -> status.equals(view.get("status").asText());
    }
}
