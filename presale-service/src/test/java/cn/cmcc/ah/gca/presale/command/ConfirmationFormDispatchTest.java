package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.cmcc.ah.gca.support.test.Refusals.refusedWith;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.BAOHE;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.FORM;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P1;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.P2;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.SHUSHAN;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.YAOHAI;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.aForm;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.allAvailable;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.receive;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.received;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.replyCovering;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.steps;
import static cn.cmcc.ah.gca.presale.command.ConfirmationForms.withdraw;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.CUSTOMER;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.DISPATCHED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.RECEIVED_AT;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.TODAY;
import static cn.cmcc.ah.gca.presale.command.PresaleTestData.WITHDRAWN_AT;
import static cn.cmcc.ah.gca.presale.command.Rejections.forbidden;

/** Form 1: dispatch by GCD (Art. 7–8, 16, 35), receipt by CSSC (Art. 11–14 clock) and withdrawal. */
class ConfirmationFormDispatchTest {

    private AggregateTestFixture<ConfirmationForm> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConfirmationForm.class);
    }

    // --- dispatch ---

    /** The expected dispatch of the default form, spelled out. */
    private static ConfirmationFormDispatched dispatched(ProductRef product, AdjustmentLink adjustment,
                                                         String renegotiationOf, AccessPoint... points) {
        return new ConfirmationFormDispatched(FORM,
                new ResourceRequest(CUSTOMER, product, 100, "2026-04-15", "李明 13905510123", "王芳 0551-65123456", "",
                        adjustment),
                List.of(points), renegotiationOf, DISPATCHED_AT);
    }

    private static final ProductRef DIA = new ProductRef("DIA", "互联网专线", "");

    @Test
    void art8_gcdDispatchesAFormWithItsAccessPointsNumberedInTheOrderGiven() {
        fixture.givenNoPriorActivity()
                .when(aForm().withPoints(SHUSHAN, BAOHE, YAOHAI).command())
                .expectEvents(dispatched(DIA, AdjustmentLink.none(), "",
                        new AccessPoint("P1", "合肥市蜀山区长江西路689号金座大厦12层", "蜀山区"),
                        new AccessPoint("P2", "合肥市包河区徽州大道1号某某产业园3号楼", "包河区"),
                        new AccessPoint("P3", "合肥市瑶海区长江东大街1号某某物流园", "瑶海区")));
    }

    @Test
    void art7_aNonMatureProductsFormCarriesTheTemplateItWasBuiltFrom() {
        fixture.givenNoPriorActivity()
                .when(aForm().ofNonMatureProduct("OTN", "OTN精品专线", "TPL-2026-000001").command())
                .expectEvents(dispatched(new ProductRef("OTN", "OTN精品专线", "TPL-2026-000001"), AdjustmentLink.none(),
                        "", P1, P2));
    }

    @Test
    void art7_refusesANonMatureProductsFormWithoutItsTemplate() {
        fixture.givenNoPriorActivity()
                .when(aForm().ofNonMatureProduct("OTN", "OTN精品专线", null).command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_TEMPLATE_REQUIRED, "OTN"));
    }

    @Test
    void art35_anAdjustmentFormCarriesTheCircuitAndTheAdjustmentItBelongsTo() {
        fixture.givenNoPriorActivity()
                .when(aForm().adjusting("AH-HF-ZX-000881", "ADJ-2026-000045").command())
                .expectEvents(dispatched(DIA, new AdjustmentLink(true, "AH-HF-ZX-000881", "ADJ-2026-000045"), "",
                        P1, P2));
    }

    @Test
    void art35_refusesAnAdjustmentWithoutItsAdjustmentId() {
        fixture.givenNoPriorActivity()
                .when(aForm().adjusting("AH-HF-ZX-000881", " ").command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_ADJUSTMENT_INCOMPLETE));
    }

    @Test
    void art16_aRenegotiatedFormNamesTheFormItReplaces() {
        fixture.givenNoPriorActivity()
                .when(aForm().renegotiating("RC-2026-000097").command())
                .expectEvents(dispatched(DIA, AdjustmentLink.none(), "RC-2026-000097", P1, P2));
    }

    @Test
    void art8_refusesADispatchByCssc() {
        fixture.givenNoPriorActivity()
                .when(aForm().by(Department.CSSC).command())
                .expectNoEvents()
                .expectException(forbidden("Art. 8", Department.GCD));
    }

    @Test
    void art8_refusesAFormWithoutAccessPoints() {
        fixture.givenNoPriorActivity()
                .when(aForm().withPoints().command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_NO_ACCESS_POINTS));
    }

    @Test
    void art8_refusesAnAccessPointWithoutDistrict() {
        fixture.givenNoPriorActivity()
                .when(aForm().withPoints(SHUSHAN, new DispatchConfirmationForm.RequestedAccessPoint("合肥市包河区某路1号", ""))
                        .command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_ACCESS_POINT_INCOMPLETE, "P2"));
    }

    @Test
    void art8_refusesTheSameAccessPointTwice() {
        fixture.givenNoPriorActivity()
                .when(aForm().withPoints(SHUSHAN, BAOHE, SHUSHAN).command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_DUPLICATE_ACCESS_POINT));
    }

    @Test
    void art8_refusesARequestedDateInThePast() {
        fixture.givenNoPriorActivity()
                .when(aForm().requestedFor(TODAY.minusDays(1)).command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_REQUESTED_DATE_IN_PAST));
    }

    @Test
    void art8_acceptsAServiceRequestedForToday() {
        fixture.givenNoPriorActivity()
                .when(aForm().requestedFor(TODAY).command())
                .expectEvents(aForm().requestedFor(TODAY).event());
    }

    @Test
    void art8_refusesABandwidthOfZero() {
        fixture.givenNoPriorActivity()
                .when(aForm().withBandwidth(0).command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_BANDWIDTH_INVALID));
    }

    @Test
    void art8_refusesAFormWhoseCustomerHasNoServiceLevel() {
        fixture.givenNoPriorActivity()
                .when(aForm().forCustomer(new CustomerRef(CUSTOMER.groupId(), CUSTOMER.name(), null)).command())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_CUSTOMER_REQUIRED));
    }

    // --- receipt ---

    @Test
    void art11_csscsReceiptStartsTheClockAndCarriesTheCustomerAndThePointCount() {
        fixture.given(aForm().event())
                .when(receive())
                .expectEvents(received(2));
    }

    @Test
    void art11_refusesAReceiptByGcd() {
        fixture.given(aForm().event())
                .when(new ReceiveConfirmationForm(FORM, Department.GCD, RECEIVED_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 8", Department.CSSC));
    }

    @Test
    void art11_refusesReceivingAFormTwice() {
        fixture.given(aForm().event(), received(2))
                .when(receive())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_ALREADY_RECEIVED));
    }

    @Test
    void art11_refusesReceivingAWithdrawnForm() {
        fixture.given(aForm().event(), new ConfirmationFormWithdrawn(FORM, "客户暂缓", WITHDRAWN_AT))
                .when(receive())
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_WITHDRAWN));
    }

    // --- withdrawal ---

    @Test
    void gcdWithdrawsADispatchedFormGivingTheReason() {
        fixture.given(aForm().event())
                .when(withdraw("客户总部搬迁计划推迟，暂缓本次扩容"))
                .expectEvents(new ConfirmationFormWithdrawn(FORM, "客户总部搬迁计划推迟，暂缓本次扩容", WITHDRAWN_AT));
    }

    @Test
    void gcdWithdrawsAFormCsscIsStillAssessing() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1")))
                .when(withdraw("客户暂缓"))
                .expectEvents(new ConfirmationFormWithdrawn(FORM, "客户暂缓", WITHDRAWN_AT));
    }

    @Test
    void refusesAWithdrawalByCssc() {
        fixture.given(aForm().event())
                .when(new WithdrawConfirmationForm(FORM, "客户暂缓", Department.CSSC, WITHDRAWN_AT))
                .expectNoEvents()
                .expectException(forbidden("Art. 8", Department.GCD));
    }

    @Test
    void refusesAWithdrawalWithoutReason() {
        fixture.given(aForm().event())
                .when(withdraw("  "))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_WITHDRAWAL_REASON_REQUIRED));
    }

    @Test
    void refusesWithdrawingTwice() {
        fixture.given(aForm().event(), new ConfirmationFormWithdrawn(FORM, "客户暂缓", WITHDRAWN_AT))
                .when(withdraw("客户暂缓"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_WITHDRAWN));
    }

    @Test
    void art15_refusesAWithdrawalAfterTheReply() {
        fixture.givenCommands(steps(aForm().command(), receive(), allAvailable("P1"), allAvailable("P2"),
                        replyCovering("P1", "P2")))
                .when(withdraw("客户暂缓"))
                .expectNoEvents()
                .expectException(refusedWith(PresaleRejection.FORM_ALREADY_REPLIED));
    }
}
