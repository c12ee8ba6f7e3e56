package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.presale.command.PresaleStep;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.function.Function;
import java.util.function.Supplier;

import static cn.cmcc.ah.gca.presale.command.PresaleStep.ASSESS_SEGMENT;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.CHANGE_PRODUCT_MATURITY;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.DISPATCH_FORM;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.PRODUCTISE_TEMPLATE;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_FORMS;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_INBOX;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_PRODUCTS;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_REFERRALS;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_TEMPLATES;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.RECEIVE_FORM;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.RECORD_NEGOTIATION;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REGISTER_PRODUCT;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REPLY_FROM_ENGINEERING;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REPLY_TO_FORM;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REQUEST_TEMPLATE;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.RETURN_TEMPLATE_DRAFT;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.SUBMIT_TEMPLATE_DRAFT;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.VALIDATE_TEMPLATE;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.WITHDRAW_FORM;
import static cn.cmcc.ah.gca.presale.web.PresaleClient.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pre-sale step against every department, from the step table ({@link PresaleStep}). A step is tried by each
 * department on a fresh item in the right state, so the only reason for a refusal is the department.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gca-defaults,presale-service")
class PresaleEndpointRoleMatrixTest {

    private static final RoleMatrix<PresaleStep> MATRIX = RoleMatrix.of(PresaleStep.class);

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

    @AfterAll
    static void everyStepOfTheTableWasTried() {
        MATRIX.assertEveryStepChecked();
    }

    /** The step POSTed by each department on an item made fresh for it. */
    private Function<Department, Http.Response> post(Supplier<String> freshItem, Function<String, String> path,
                                                     String body) {
        return department -> api.post(department, path.apply(freshItem.get()), body);
    }

    private Function<Department, Http.Response> get(String path) {
        return department -> api.get(department, path);
    }

    // ---- products (Art. 6)

    @Test
    void art6_adminAndGcdKeepTheCatalogue_everyoneReadsIt() {
        MATRIX.check(REGISTER_PRODUCT, 201, department -> api.post(department, "/api/products",
                "{\"productCode\":\"MX-" + department + "-" + System.nanoTime() + "\",\"name\":\"数据专线\","
                        + "\"mature\":true}"));
        MATRIX.check(CHANGE_PRODUCT_MATURITY, 200, post(() -> matureProduct,
                code -> "/api/products/" + code + "/maturity", "{\"mature\":true,\"reason\":\"复核\"}"));
        MATRIX.check(READ_PRODUCTS, 200, get("/api/products/" + matureProduct));
        MATRIX.check(READ_PRODUCTS, 200, get("/api/products"));
    }

    // ---- templates (Art. 7)

    private String requestedTemplate(String product) {
        Http.Response response = api.post(Department.GCD, "/api/templates",
                "{\"productCode\":\"" + product + "\",\"need\":\"双路由\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("templateId").asText();
    }

    private String draftedBy(Department side, String product) {
        String templateId = requestedTemplate(product);
        assertThat(api.post(side, "/api/templates/" + templateId + "/drafts",
                "{\"title\":\"方案\",\"content\":\"正文\"}").status()).isEqualTo(200);
        return templateId;
    }

    private String validatedByBoth(String product) {
        String templateId = draftedBy(Department.CSSC, product);
        for (Department side : new Department[]{Department.GCD, Department.CSSC}) {
            assertThat(api.post(side, "/api/templates/" + templateId + "/drafts/1/validation", null).status())
                    .isEqualTo(200);
        }
        return templateId;
    }

    @Test
    void art7_gcdRequestsTemplates_gcdAndCsscDraftValidateAndProductise_theOtherSideReturnsADraft() {
        String product = api.product(false);

        MATRIX.check(REQUEST_TEMPLATE, 201, department -> api.post(department, "/api/templates",
                "{\"productCode\":\"" + product + "\",\"need\":\"双路由\"}"));
        MATRIX.check(SUBMIT_TEMPLATE_DRAFT, 200, post(() -> requestedTemplate(product),
                id -> "/api/templates/" + id + "/drafts", "{\"title\":\"方案\",\"content\":\"正文\"}"));
        // each side returns a draft the other side submitted
        MATRIX.check(RETURN_TEMPLATE_DRAFT, 200, department -> api.post(department, "/api/templates/"
                        + draftedBy(department == Department.GCD ? Department.CSSC : Department.GCD, product)
                        + "/drafts/1/return", "{\"reason\":\"补充保护方式\"}"));
        MATRIX.check(VALIDATE_TEMPLATE, 200, post(() -> draftedBy(Department.CSSC, product),
                id -> "/api/templates/" + id + "/drafts/1/validation", null));
        MATRIX.check(PRODUCTISE_TEMPLATE, 200, post(() -> validatedByBoth(product),
                id -> "/api/templates/" + id + "/productisation", null));

        String templateId = requestedTemplate(product);
        MATRIX.check(READ_TEMPLATES, 200, get("/api/templates"));
        MATRIX.check(READ_TEMPLATES, 200, get("/api/templates/library"));
        MATRIX.check(READ_TEMPLATES, 200, get("/api/templates/" + templateId));
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
        MATRIX.check(DISPATCH_FORM, 201, department -> api.post(department, "/api/forms",
                PresaleClient.dispatchBody(matureProduct, null, 1)));
        MATRIX.check(RECEIVE_FORM, 200, post(() -> api.dispatch(matureProduct, 1),
                id -> "/api/forms/" + id + "/receipt", null));
        MATRIX.check(WITHDRAW_FORM, 200, post(() -> api.dispatch(matureProduct, 1),
                id -> "/api/forms/" + id + "/withdrawal", "{\"reason\":\"客户取消\"}"));
    }

    @Test
    void art10to15_onlyCsscAssessesAndReplies_onlyEngAnswersReferrals() {
        MATRIX.check(ASSESS_SEGMENT, 200, post(() -> api.dispatchedAndReceived(matureProduct, 1),
                id -> "/api/forms/" + id + "/points/P1/segments/CORE/assessment", "{\"outcome\":\"AVAILABLE\"}"));
        MATRIX.check(REPLY_FROM_ENGINEERING, 200, post(() -> assessedForm("CORE_INSUFFICIENT"),
                id -> "/api/forms/" + id + "/points/P1/engineering-reply",
                "{\"projectApproved\":true,\"plannedInServiceDate\":\"" + today().plusDays(60) + "\"}"));
        MATRIX.check(REPLY_TO_FORM, 200, post(() -> assessedForm("AVAILABLE"), id -> "/api/forms/" + id + "/reply",
                PresaleClient.replyBody("P1")));
    }

    @Test
    void art16_onlyGcdRecordsTheNegotiation() {
        MATRIX.check(RECORD_NEGOTIATION, 200, post(this::repliedForm, id -> "/api/forms/" + id + "/negotiation",
                "{\"outcome\":\"DECLINED\",\"note\":\"预算不足\"}"));
    }

    @Test
    void everyoneReadsForms_aCustomerOnlyItsOwn_andOnlyStaffSeeInboxesAndReferrals() {
        String formId = api.dispatch(matureProduct, 1);
        MATRIX.check(READ_FORMS, 200, get("/api/forms/" + formId));
        MATRIX.check(READ_FORMS, 200, get("/api/forms"));
        MATRIX.check(READ_INBOX, 200, get("/api/forms/inbox"));
        MATRIX.check(READ_REFERRALS, 200, get("/api/referrals"));
    }
}
