package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.TemplateDraftReturned;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static cn.cmcc.ah.gca.presale.command.Rejections.forbidden;

/** Art. 7: GCD and CSSC co-draft a solution template, both validate it, and it is productised into the library. */
class SolutionTemplateTest {

    private static final String TEMPLATE = "TPL-2026-000001";
    private static final String NEED = "两址互联，100M 对称带宽，时延小于 2 ms，要求双路由保护";
    private static final String TITLE = "OTN精品专线两址互联解决方案模板";
    private static final String TEXT_V1 = "两端经汇聚环接入核心 CR，核心间经 OTN 骨干互联。";
    private static final String TEXT_V2 = "两端经汇聚环接入核心 CR，核心间经 OTN 骨干 1+1 保护。";
    private static final Instant REQUESTED_AT = Instant.parse("2026-02-09T01:20:00Z");
    private static final Instant STEP_AT = Instant.parse("2026-02-10T03:15:00Z");
    private static final Instant PRODUCTISED_AT = Instant.parse("2026-02-11T06:40:00Z");

    private AggregateTestFixture<SolutionTemplate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SolutionTemplate.class);
    }

    private static RequestTemplate request(boolean productMature, Department by) {
        return new RequestTemplate(TEMPLATE, "OTN", "OTN精品专线", productMature, NEED, by, REQUESTED_AT);
    }

    private static TemplateRequested requested() {
        return new TemplateRequested(TEMPLATE, "OTN", "OTN精品专线", NEED, REQUESTED_AT);
    }

    private static TemplateDraftSubmitted draft(int version, String text, Department by) {
        return new TemplateDraftSubmitted(TEMPLATE, version, TITLE, text, by, STEP_AT);
    }

    private static TemplateValidated validated(int version, Department by, boolean both) {
        return new TemplateValidated(TEMPLATE, version, by, both, STEP_AT);
    }

    // --- request ---

    @Test
    void art7_gcdAsksCsscForATemplateForANonMatureProduct() {
        fixture.givenNoPriorActivity()
                .when(request(false, Department.GCD))
                .expectEvents(requested());
    }

    @Test
    void art6_refusesATemplateForAMatureProduct() {
        fixture.givenNoPriorActivity()
                .when(request(true, Department.GCD))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_FOR_MATURE_PRODUCT));
    }

    @Test
    void art7_refusesATemplateRequestByCssc() {
        fixture.givenNoPriorActivity()
                .when(request(false, Department.CSSC))
                .expectNoEvents()
                .expectException(forbidden("Art. 7", Department.GCD));
    }

    @Test
    void art7_refusesATemplateRequestWithoutTheCustomerNeed() {
        fixture.givenNoPriorActivity()
                .when(new RequestTemplate(TEMPLATE, "OTN", "OTN精品专线", false, "", Department.GCD, REQUESTED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_NEED_REQUIRED));
    }

    // --- drafts ---

    @Test
    void art7_csscSubmitsTheFirstDraftAsVersionOne() {
        fixture.given(requested())
                .when(new SubmitTemplateDraft(TEMPLATE, TITLE, TEXT_V1, Department.CSSC, STEP_AT))
                .expectEvents(draft(1, TEXT_V1, Department.CSSC));
    }

    @Test
    void art7_aRevisedDraftIsTheNextVersion() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC),
                        new TemplateDraftReturned(TEMPLATE, 1, Department.GCD, "未包含双路由保护方案", STEP_AT))
                .when(new SubmitTemplateDraft(TEMPLATE, TITLE, TEXT_V2, Department.CSSC, STEP_AT))
                .expectEvents(draft(2, TEXT_V2, Department.CSSC));
    }

    @Test
    void art7_refusesADraftWithoutText() {
        fixture.given(requested())
                .when(new SubmitTemplateDraft(TEMPLATE, TITLE, " ", Department.CSSC, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_CONTENT_REQUIRED));
    }

    @Test
    void art7_refusesADraftByEng() {
        fixture.given(requested())
                .when(new SubmitTemplateDraft(TEMPLATE, TITLE, TEXT_V1, Department.ENG, STEP_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 7", Department.GCD, Department.CSSC));
    }

    @Test
    void art7_gcdReturnsCsscsDraftWithAReason() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC))
                .when(new ReturnTemplateDraft(TEMPLATE, 1, "未包含双路由保护方案", Department.GCD, STEP_AT))
                .expectEvents(new TemplateDraftReturned(TEMPLATE, 1, Department.GCD, "未包含双路由保护方案", STEP_AT));
    }

    @Test
    void art7_refusesReturningOnesOwnDraft() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC))
                .when(new ReturnTemplateDraft(TEMPLATE, 1, "再想想", Department.CSSC, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_RETURNED_BY_SUBMITTER, "GCD"));
    }

    @Test
    void art7_refusesReturningADraftWithoutReason() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.GCD))
                .when(new ReturnTemplateDraft(TEMPLATE, 1, null, Department.CSSC, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_RETURN_REASON_REQUIRED));
    }

    @Test
    void art7_refusesReturningAnOutdatedVersion() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), draft(2, TEXT_V2, Department.CSSC))
                .when(new ReturnTemplateDraft(TEMPLATE, 1, "未包含双路由保护方案", Department.GCD, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_VERSION_OUTDATED));
    }

    @Test
    void art7_refusesReturningBeforeAnyDraft() {
        fixture.given(requested())
                .when(new ReturnTemplateDraft(TEMPLATE, 0, "没有草稿", Department.GCD, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_NO_DRAFT));
    }

    // --- validation ---

    @Test
    void art7_theFirstSideToValidateIsNotYetEnough() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC))
                .when(new ValidateTemplate(TEMPLATE, 1, Department.CSSC, STEP_AT))
                .expectEvents(validated(1, Department.CSSC, false));
    }

    @Test
    void art7_theSecondSideToValidateCompletesTheValidation() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), validated(1, Department.CSSC, false))
                .when(new ValidateTemplate(TEMPLATE, 1, Department.GCD, STEP_AT))
                .expectEvents(validated(1, Department.GCD, true));
    }

    @Test
    void art7_refusesValidatingTheSameVersionTwice() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), validated(1, Department.GCD, false))
                .when(new ValidateTemplate(TEMPLATE, 1, Department.GCD, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_ALREADY_VALIDATED));
    }

    @Test
    void art7_refusesValidatingAReturnedDraft() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC),
                        new TemplateDraftReturned(TEMPLATE, 1, Department.GCD, "未包含双路由保护方案", STEP_AT))
                .when(new ValidateTemplate(TEMPLATE, 1, Department.CSSC, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_DRAFT_RETURNED));
    }

    @Test
    void art7_refusesValidatingAnOutdatedVersion() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), draft(2, TEXT_V2, Department.GCD))
                .when(new ValidateTemplate(TEMPLATE, 1, Department.CSSC, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_VERSION_OUTDATED));
    }

    @Test
    void art7_refusesAValidationByEng() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC))
                .when(new ValidateTemplate(TEMPLATE, 1, Department.ENG, STEP_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 7", Department.GCD, Department.CSSC));
    }

    // --- productisation ---

    @Test
    void art7_productisesTheVersionBothSidesValidatedWithTheRequestTimeForTheThreeDayLimit() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC),
                        new TemplateDraftReturned(TEMPLATE, 1, Department.GCD, "未包含双路由保护方案", STEP_AT),
                        draft(2, TEXT_V2, Department.CSSC), validated(2, Department.GCD, false),
                        validated(2, Department.CSSC, true))
                .when(new ProductiseTemplate(TEMPLATE, Department.GCD, PRODUCTISED_AT))
                .expectEvents(new TemplateProductised(TEMPLATE, "OTN", "OTN精品专线", 2, TITLE, TEXT_V2, Department.GCD,
                        REQUESTED_AT, PRODUCTISED_AT));
    }

    @Test
    void art7_refusesProductisingWithOneValidation() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), validated(1, Department.CSSC, false))
                .when(new ProductiseTemplate(TEMPLATE, Department.GCD, PRODUCTISED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_NOT_VALIDATED));
    }

    @Test
    void art7_aNewDraftNeedsBothValidationsAgain() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), validated(1, Department.CSSC, false),
                        validated(1, Department.GCD, true), draft(2, TEXT_V2, Department.GCD))
                .when(new ProductiseTemplate(TEMPLATE, Department.CSSC, PRODUCTISED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_NOT_VALIDATED));
    }

    @Test
    void art7_refusesProductisingBeforeAnyDraft() {
        fixture.given(requested())
                .when(new ProductiseTemplate(TEMPLATE, Department.GCD, PRODUCTISED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_NO_DRAFT));
    }

    @Test
    void art7_refusesAnyNewDraftOnceProductised() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), validated(1, Department.CSSC, false),
                        validated(1, Department.GCD, true),
                        new TemplateProductised(TEMPLATE, "OTN", "OTN精品专线", 1, TITLE, TEXT_V1, Department.GCD, REQUESTED_AT,
                                PRODUCTISED_AT))
                .when(new SubmitTemplateDraft(TEMPLATE, TITLE, TEXT_V2, Department.CSSC, STEP_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_ALREADY_PRODUCTISED));
    }

    @Test
    void art7_refusesProductisingTwice() {
        fixture.given(requested(), draft(1, TEXT_V1, Department.CSSC), validated(1, Department.CSSC, false),
                        validated(1, Department.GCD, true),
                        new TemplateProductised(TEMPLATE, "OTN", "OTN精品专线", 1, TITLE, TEXT_V1, Department.GCD, REQUESTED_AT,
                                PRODUCTISED_AT))
                .when(new ProductiseTemplate(TEMPLATE, Department.CSSC, PRODUCTISED_AT))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.TEMPLATE_ALREADY_PRODUCTISED));
    }
}
