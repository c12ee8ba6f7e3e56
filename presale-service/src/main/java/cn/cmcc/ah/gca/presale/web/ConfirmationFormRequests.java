package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.presale.command.DispatchConfirmationForm.RequestedAccessPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the form-1 steps. Only sizes are checked here (400); what the source requires of a form — a customer,
 * access points, dates not in the past, a complete solution — is checked by the form itself and refused with 422 and
 * the article.
 */
final class ConfirmationFormRequests {

    private ConfirmationFormRequests() {
    }

    /**
     * GCD's form 1 (Art. 8).
     *
     * @param customer      group id, name and service level (AAA, AA, A, normal)
     * @param productCode   a product of the catalogue
     * @param templateId    the solution template from the library; required for a non-mature product (Art. 7)
     * @param bandwidthMbps Mbit/s
     * @param requestedDate the date the customer wants the service
     * @param accessPoints  one or more, numbered P1, P2, … in this order
     * @param adjustment    for an adjustment of an existing circuit (Art. 35): its circuit id and adjustment id
     */
    record DispatchRequest(
            CustomerRef customer,
            @Size(max = 40) String productCode,
            @Size(max = 40) String templateId,
            int bandwidthMbps,
            LocalDate requestedDate,
            @Size(max = 200) String accountManager,
            @Size(max = 200) String contact,
            @Size(max = 2000) String remarks,
            @Size(max = 200) List<RequestedAccessPoint> accessPoints,
            @Valid Adjustment adjustment) {
    }

    /** Art. 35: the circuit being adjusted and the adjustment request (form 5) this form 1 belongs to. */
    record Adjustment(@Size(max = 64) String circuitId, @Size(max = 64) String adjustmentId) {
    }

    /** CSSC's finding for one segment of one point (Art. 10–14); {@code readyDate} only for LAST_MILE_OPTIMIZABLE. */
    record AssessmentRequest(AssessmentOutcome outcome, LocalDate readyDate, @Size(max = 2000) String note) {
    }

    /** ENG's answer for a referred point (Art. 12, 14); {@code plannedInServiceDate} only for an approved project. */
    record EngineeringReplyRequest(boolean projectApproved, LocalDate plannedInServiceDate,
                                   @Size(max = 2000) String remarks) {
    }

    /** CSSC's reply (Art. 15): the end-to-end network solution, a line per segment of every provisionable point. */
    record ReplyRequest(@Size(max = 20000) String solutionSummary,
                        @Size(max = 600) List<NetworkSolutionLine> solutionLines) {
    }

    /**
     * GCD's record of the negotiation with the customer (Art. 16). For RENEGOTIATE, {@code newForm} is the new form 1,
     * dispatched in the same step; for the other outcomes it is left out.
     */
    record NegotiationRequest(NegotiationOutcome outcome, @Size(max = 2000) String note,
                              @Valid DispatchRequest newForm) {
    }

    /** GCD withdraws a form before CSSC's reply. */
    record WithdrawalRequest(@Size(max = 2000) String reason) {
    }
}
