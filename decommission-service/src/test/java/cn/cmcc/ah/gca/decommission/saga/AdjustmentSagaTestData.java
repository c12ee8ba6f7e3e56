package cn.cmcc.ah.gca.decommission.saga;

import cn.cmcc.ah.gca.decommission.config.DecommissionProperties;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import org.axonframework.test.saga.SagaTestFixture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.ADJUSTMENT_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.ADJUSTMENT_REASON;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CIRCUIT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CONFIRMATION_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.CUSTOMER;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.DECLINED_NOTE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.NEW_CIRCUIT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.NEW_LINE_DEMAND;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.NOTE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.REQUESTED_DATE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionTestData.WITHDRAWAL_REASON;

/**
 * One adjustment as the saga hears of it: the form 5's own events, and presale's and provisioning's events of its
 * form 1 and form 2, each carrying the adjustment link as those services publish it; the saga's resources (the stall
 * limits, a clock on the fixture's virtual time).
 */
final class AdjustmentSagaTestData {

    /** {@code gca.decommission.adjustment.stall-after} as shipped. */
    static final Duration CONFIRMATION_FORM_LIMIT = Duration.ofDays(3);
    static final Duration NEW_LINE_LIMIT = Duration.ofDays(60);
    static final Duration CHANGE_ACCEPTANCE_LIMIT = Duration.ofDays(15);

    /** When GCD requested the adjustment; the fixture's clock starts there. */
    static final Instant REQUESTED_AT = Instant.parse("2026-12-01T01:00:00Z");
    /** When GCD dispatched the form 1 to presale, a day later. */
    static final Instant FORM_ONE_AT = REQUESTED_AT.plus(Duration.ofDays(1));
    static final Instant LATER = FORM_ONE_AT.plus(Duration.ofDays(20));

    static final String OTHER_ADJUSTMENT = "SD-2026-000007";
    static final String RENEGOTIATED_FORM = "RC-2026-000124";
    static final String UNLINKED_FORM = "RC-2026-000200";
    static final String CANCEL_REASON = "客户侧机房改造，施工受阻，双方书面同意取消";
    static final String ARCHIVE_NUMBER = "AA-2026-000001";

    static final ProductRef PRODUCT = new ProductRef("DIA", "互联网专线", "");
    static final AccessPoint POINT = new AccessPoint("P1", "合肥市蜀山区长江西路100号", "蜀山区");

    private AdjustmentSagaTestData() {
    }

    static DecommissionProperties properties() {
        return new DecommissionProperties(List.of(), new DecommissionProperties.Adjustment(
                new DecommissionProperties.StallAfter(CONFIRMATION_FORM_LIMIT, NEW_LINE_LIMIT,
                        CHANGE_ACCEPTANCE_LIMIT)));
    }

    /** The service's clock as the fixture's virtual time: what {@code whenTimeElapses} moves. */
    static Clock clockOf(SagaTestFixture<?> fixture) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return fixture.currentTime();
            }
        };
    }

    // --- the form 5's own events ---

    static AdjustmentRequested requested() {
        return new AdjustmentRequested(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER, ADJUSTMENT_REASON, REQUESTED_DATE, false,
                null, REQUESTED_AT);
    }

    static AdjustmentClassified classified(AdjustmentClassification classification, Instant at) {
        return new AdjustmentClassified(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER, classification, false, NOTE, at);
    }

    static AdjustmentNewLineActivated newLineActivated(Instant at) {
        return new AdjustmentNewLineActivated(ADJUSTMENT_FORM, CIRCUIT, NEW_CIRCUIT, NEW_LINE_DEMAND, at);
    }

    static StopFormCompleted completed(Instant at) {
        return new StopFormCompleted(ADJUSTMENT_FORM, StopRequestType.ADJUSTMENT, CUSTOMER, List.of(CIRCUIT),
                NEW_CIRCUIT, "", at);
    }

    static AdjustmentEnded ended(Instant at) {
        return new AdjustmentEnded(ADJUSTMENT_FORM, CIRCUIT, CUSTOMER, AdjustmentOutcome.CONFIRMATION_DECLINED,
                CONFIRMATION_FORM, DECLINED_NOTE, at);
    }

    static StopFormWithdrawn withdrawn(Instant at) {
        return new StopFormWithdrawn(ADJUSTMENT_FORM, StopRequestType.ADJUSTMENT, CUSTOMER, List.of(CIRCUIT),
                WITHDRAWAL_REASON, at);
    }

    // --- presale's form 1 (Art. 35, 16, 8) ---

    /** The link a form 1 or form 2 of this adjustment carries. */
    static AdjustmentLink thisAdjustment() {
        return AdjustmentLink.of(CIRCUIT, ADJUSTMENT_FORM);
    }

    static ResourceRequest request(AdjustmentLink link) {
        return new ResourceRequest(CUSTOMER, PRODUCT, 500, "2026-12-20", "张经理 13900001111", "李先生 13800002222", "",
                link);
    }

    static ConfirmationFormDispatched formOneDispatched(String formId, AdjustmentLink link, Instant at) {
        return new ConfirmationFormDispatched(formId, request(link), List.of(POINT), "", at);
    }

    /** GCD's form 1 flagged with this adjustment (Art. 35). */
    static ConfirmationFormDispatched formOneDispatched() {
        return formOneDispatched(CONFIRMATION_FORM, thisAdjustment(), FORM_ONE_AT);
    }

    static NegotiationRecorded negotiated(String formId, NegotiationOutcome outcome, Instant at) {
        return new NegotiationRecorded(formId, outcome,
                outcome == NegotiationOutcome.RENEGOTIATE ? RENEGOTIATED_FORM : "", DECLINED_NOTE,
                request(thisAdjustment()), List.of(), null, at);
    }

    static ConfirmationFormWithdrawn formOneWithdrawn(String formId, Instant at) {
        return new ConfirmationFormWithdrawn(formId, WITHDRAWAL_REASON, at);
    }

    // --- provisioning's form 2 and the new line (Art. 36, 37, 22) ---

    static DemandDispatched demandDispatched(String formId, DemandKind kind, AdjustmentLink link, Instant at) {
        return new DemandDispatched(formId, kind, kind == DemandKind.ACTIVATION ? CONFIRMATION_FORM : "",
                request(link), List.of(), null, "", at);
    }

    static CircuitActivated circuitActivated(String circuitId, String confirmationFormId, Instant at) {
        return new CircuitActivated(circuitId, CUSTOMER, PRODUCT, 500, POINT, List.of(), NEW_LINE_DEMAND,
                confirmationFormId, at);
    }

    static DemandCancelled demandCancelled(String formId, Instant at) {
        return new DemandCancelled(formId, "BLK-2026-000001", CANCEL_REASON, at);
    }

    static AcceptanceArchived acceptanceArchived(String formId, Instant at) {
        return new AcceptanceArchived(formId, ARCHIVE_NUMBER, at);
    }
}
