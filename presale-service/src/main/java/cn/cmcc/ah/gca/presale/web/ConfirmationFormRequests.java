package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.presale.command.DispatchConfirmationForm.RequestedAccessPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the form-1 steps. A field that is missing or malformed is refused here with 400 naming it; what the
 * source requires of a form (dates not in the past, points not twice, a complete solution) is checked by the form
 * and refused with 422 and the article. Every text and list is capped, so that no event grows past what Kafka
 * carries (docs/events.md, "Sizes").
 */
final class ConfirmationFormRequests {

    static final int MAX_BANDWIDTH_MBPS = 100_000;

    private ConfirmationFormRequests() {
    }

    /**
     * GCD's form 1 (Art. 8).
     *
     * @param customer      group id, name and service level (AAA, AA, A, STANDARD)
     * @param productCode   a product of the catalogue
     * @param templateId    the solution template from the library; required for a non-mature product (Art. 7)
     * @param bandwidthMbps Mbit/s, a whole number
     * @param requestedDate the date the customer wants the service (yyyy-MM-dd)
     * @param accessPoints  one or more, numbered P1, P2, … in this order
     * @param adjustment    for an adjustment of an existing circuit (Art. 35): its circuit id and adjustment id
     */
    record DispatchRequest(
            @NotNull @Valid CustomerInput customer,
            @NotBlank @Size(max = 40) String productCode,
            @Size(max = 40) String templateId,
            @NotNull @Min(1) @Max(MAX_BANDWIDTH_MBPS) Integer bandwidthMbps,
            @NotNull LocalDate requestedDate,
            @Size(max = 200) String accountManager,
            @Size(max = 200) String contact,
            @Size(max = 2000) String remarks,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid AccessPointInput> accessPoints,
            @Valid Adjustment adjustment) {

        List<RequestedAccessPoint> requestedAccessPoints() {
            return accessPoints.stream().map(p -> new RequestedAccessPoint(p.address(), p.district())).toList();
        }
    }

    /** 集团客户: group id (集团编号), name, service level. */
    record CustomerInput(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9-]+") String groupId,
            @NotBlank @Size(max = 200) String name,
            @NotNull ServiceLevel serviceLevel) {

        CustomerRef toRef() {
            return new CustomerRef(groupId, name, serviceLevel);
        }
    }

    /** An access point (接入地址, 区县). */
    record AccessPointInput(@NotBlank @Size(max = 200) String address, @NotBlank @Size(max = 50) String district) {
    }

    /** Art. 35: the circuit being adjusted and the adjustment request (form 5) this form 1 belongs to. */
    record Adjustment(@Size(max = 64) String circuitId, @Size(max = 64) String adjustmentId) {
    }

    /** CSSC's finding for one segment of one point (Art. 10–14); {@code readyDate} only for LAST_MILE_OPTIMIZABLE. */
    record AssessmentRequest(@NotNull AssessmentOutcome outcome, LocalDate readyDate, @Size(max = 500) String note) {
    }

    /** ENG's answer for a referred point (Art. 12, 14); {@code plannedInServiceDate} only for an approved project. */
    record EngineeringReplyRequest(@NotNull Boolean projectApproved, LocalDate plannedInServiceDate,
                                   @Size(max = 500) String remarks) {
    }

    /** CSSC's reply (Art. 15): the end-to-end network solution, a line per segment of every provisionable point. */
    record ReplyRequest(@NotBlank @Size(max = 4000) String solutionSummary,
                        @Size(max = 150) List<@NotNull @Valid SolutionLine> solutionLines) {

        List<NetworkSolutionLine> lines() {
            return solutionLines == null ? List.of() : solutionLines.stream()
                    .map(l -> new NetworkSolutionLine(l.pointId(), l.segment(), l.route(), l.equipmentPort(),
                            l.bandwidthMbps()))
                    .toList();
        }
    }

    /** One segment of one point in the solution: route, equipment and port, bandwidth. */
    record SolutionLine(@NotBlank @Size(max = 8) String pointId, @NotNull Segment segment,
                        @NotBlank @Size(max = 200) String route, @NotBlank @Size(max = 100) String equipmentPort,
                        @NotNull @Min(1) @Max(MAX_BANDWIDTH_MBPS) Integer bandwidthMbps) {
    }

    /**
     * GCD's record of the negotiation with the customer (Art. 16). For RENEGOTIATE, {@code newForm} is the new form 1,
     * dispatched in the same step; for the other outcomes it is left out.
     */
    record NegotiationRequest(@NotNull NegotiationOutcome outcome, @Size(max = 2000) String note,
                              @Valid DispatchRequest newForm) {
    }

    /** GCD withdraws a form before CSSC's reply. */
    record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {
    }
}
