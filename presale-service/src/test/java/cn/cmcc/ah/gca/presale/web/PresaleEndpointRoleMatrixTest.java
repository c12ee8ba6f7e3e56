package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import static cn.cmcc.ah.gca.presale.web.PresaleClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pre-sale endpoint against every department. A step is tried by each department on a fresh item in the right
 * state, so the only reason for a refusal is the department: the departments the article names succeed, every other
 * one gets 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class PresaleEndpointRoleMatrixTest {

    private static final Set<Department> EVERYONE = EnumSet.allOf(Department.class);
    private static final Set<Department> STAFF = EnumSet.complementOf(EnumSet.of(Department.CUSTOMER));

    @LocalServerPort
    int port;

    PresaleClient api;
    String matureProduct;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "presale-service");
    }

    @BeforeEach
    void setUp() {
        api = new PresaleClient(port);
        matureProduct = api.product(true);
    }

    /** Tries the step once per department, each time on a fresh item; returns the status per department. */
    private Map<Department, Integer> tryAsEveryDepartment(Supplier<String> freshItem,
                                                          Function<String, String> path, String body) {
        Map<Department, Integer> statuses = new LinkedHashMap<>();
        for (Department department : Department.values()) {
            String item = freshItem.get();
            statuses.put(department, api.post(department, path.apply(item), body).status());
        }
        return statuses;
    }

    private static void assertOnly(Map<Department, Integer> statuses, Set<Department> allowed, int success) {
        statuses.forEach((department, status) -> assertThat(status).as(department.name())
                .isEqualTo(allowed.contains(department) ? success : 403));
    }

    private void assertReadableBy(String path, Set<Department> readers) {
        for (Department department : Department.values()) {
            assertThat(api.get(department, path).status()).as(department + " GET " + path)
                    .isEqualTo(readers.contains(department) ? 200 : 403);
        }
    }

    // ---- products (Art. 6)

    @Test
    void art6_adminAndGcdKeepTheCatalogue_everyoneReadsIt() {
        Map<Department, Integer> registered = new LinkedHashMap<>();
        for (Department department : Department.values()) {
            registered.put(department, api.post(department, "/api/products", "{\"productCode\":\"MX-" + department
                    + "-" + System.nanoTime() + "\",\"name\":\"数据专线\",\"mature\":true}").status());
        }
        assertOnly(registered, EnumSet.of(Department.ADMIN, Department.GCD), 201);

        assertOnly(tryAsEveryDepartment(() -> matureProduct, code -> "/api/products/" + code + "/maturity",
                "{\"mature\":true,\"reason\":\"复核\"}"), EnumSet.of(Department.ADMIN, Department.GCD), 200);
        assertReadableBy("/api/products", EVERYONE);
        assertReadableBy("/api/products/" + matureProduct, EVERYONE);
    }

    // ---- templates (Art. 7)

    private String requestedTemplate(String product) {
        Http.Response response = api.post(Department.GCD, "/api/templates",
                "{\"productCode\":\"" + product + "\",\"need\":\"双路由\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("templateId").asText();
    }

    private String draftedByCssc(String product) {
        String templateId = requestedTemplate(product);
        assertThat(api.post(Department.CSSC, "/api/templates/" + templateId + "/drafts",
                "{\"title\":\"方案\",\"content\":\"正文\"}").status()).isEqualTo(200);
        return templateId;
    }

    private String validatedByBoth(String product) {
        String templateId = draftedByCssc(product);
        for (Department side : EnumSet.of(Department.GCD, Department.CSSC)) {
            assertThat(api.post(side, "/api/templates/" + templateId + "/drafts/1/validation", null).status())
                    .isEqualTo(200);
        }
        return templateId;
    }

    @Test
    void art7_gcdRequestsTemplates_gcdAndCsscDraftValidateAndProductise_theOtherSideReturnsADraft() {
        String product = api.product(false);
        Set<Department> coDrafters = EnumSet.of(Department.GCD, Department.CSSC);

        Map<Department, Integer> requested = new LinkedHashMap<>();
        for (Department department : Department.values()) {
            requested.put(department, api.post(department, "/api/templates",
                    "{\"productCode\":\"" + product + "\",\"need\":\"双路由\"}").status());
        }
        assertOnly(requested, EnumSet.of(Department.GCD), 201);
        assertOnly(tryAsEveryDepartment(() -> requestedTemplate(product), id -> "/api/templates/" + id + "/drafts",
                "{\"title\":\"方案\",\"content\":\"正文\"}"), coDrafters, 200);
        assertOnly(tryAsEveryDepartment(() -> draftedByCssc(product), id -> "/api/templates/" + id + "/drafts/1/return",
                "{\"reason\":\"补充保护方式\"}"), EnumSet.of(Department.GCD), 200);
        assertOnly(tryAsEveryDepartment(() -> draftedByCssc(product),
                id -> "/api/templates/" + id + "/drafts/1/validation", null), coDrafters, 200);
        assertOnly(tryAsEveryDepartment(() -> validatedByBoth(product), id -> "/api/templates/" + id + "/productisation",
                null), coDrafters, 200);

        String templateId = requestedTemplate(product);
        api.awaitView(Department.GCD, "/api/templates/" + templateId, view -> true);
        assertReadableBy("/api/templates", STAFF);
        assertReadableBy("/api/templates/library", STAFF);
        assertReadableBy("/api/templates/" + templateId, STAFF);
    }

    // ---- form 1 (Art. 8–16)

    private String assessedForm(String core) {
        String formId = api.dispatchedAndReceived(matureProduct, 1);
        api.assessPoint(formId, "P1", core, "AVAILABLE", "AVAILABLE", null);
        return formId;
    }

    private String repliedForm() {
        String formId = assessedForm("AVAILABLE");
        assertThat(api.reply(formId, "P1").status()).isEqualTo(200);
        return formId;
    }

    @Test
    void art8_onlyGcdDispatchesAndWithdraws_onlyCsscReceives() {
        Map<Department, Integer> dispatched = new LinkedHashMap<>();
        for (Department department : Department.values()) {
            dispatched.put(department, api.post(department, "/api/forms",
                    PresaleClient.dispatchBody(matureProduct, null, 1)).status());
        }
        assertOnly(dispatched, EnumSet.of(Department.GCD), 201);
        assertOnly(tryAsEveryDepartment(() -> api.dispatch(matureProduct, 1), id -> "/api/forms/" + id + "/receipt",
                null), EnumSet.of(Department.CSSC), 200);
        assertOnly(tryAsEveryDepartment(() -> api.dispatch(matureProduct, 1), id -> "/api/forms/" + id + "/withdrawal",
                "{\"reason\":\"客户取消\"}"), EnumSet.of(Department.GCD), 200);
    }

    @Test
    void art10to15_onlyCsscAssessesAndReplies_onlyEngAnswersReferrals() {
        assertOnly(tryAsEveryDepartment(() -> api.dispatchedAndReceived(matureProduct, 1),
                id -> "/api/forms/" + id + "/points/P1/segments/CORE/assessment", "{\"outcome\":\"AVAILABLE\"}"),
                EnumSet.of(Department.CSSC), 200);
        assertOnly(tryAsEveryDepartment(() -> assessedForm("CORE_INSUFFICIENT"),
                id -> "/api/forms/" + id + "/points/P1/engineering-reply",
                "{\"projectApproved\":true,\"plannedInServiceDate\":\"" + today().plusDays(60) + "\"}"),
                EnumSet.of(Department.ENG), 200);
        assertOnly(tryAsEveryDepartment(() -> assessedForm("AVAILABLE"), id -> "/api/forms/" + id + "/reply",
                PresaleClient.replyBody("P1")), EnumSet.of(Department.CSSC), 200);
    }

    @Test
    void art16_onlyGcdRecordsTheNegotiation() {
        assertOnly(tryAsEveryDepartment(this::repliedForm, id -> "/api/forms/" + id + "/negotiation",
                "{\"outcome\":\"DECLINED\",\"note\":\"预算不足\"}"), EnumSet.of(Department.GCD), 200);
    }

    @Test
    void everyoneReadsForms_aCustomerOnlyItsOwn_andOnlyStaffSeeInboxesAndReferrals() {
        String formId = api.dispatch(matureProduct, 1);
        api.awaitForm(formId, PresaleClient.status("DISPATCHED"));
        assertReadableBy("/api/forms/" + formId, EVERYONE);
        assertReadableBy("/api/forms", EVERYONE);
        assertReadableBy("/api/forms/inbox", STAFF);
        assertReadableBy("/api/referrals", STAFF);
    }
}
