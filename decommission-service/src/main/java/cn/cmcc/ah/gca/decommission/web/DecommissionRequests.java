package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.Segment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The bodies of the form 5 steps (Art. 32–37). A field missing or malformed is refused here with 400 naming it; what
 * the source requires (circuits known and in the right status, order of steps) is checked by the form and its circuits
 * and refused with 403, 409 or 422 and the article. Every text is capped, so no event grows past what Kafka carries.
 */
final class DecommissionRequests {

    /** A circuit id (业务编号) as provisioning hands them out, or as older lines were numbered. */
    static final String CIRCUIT_ID = "[A-Z0-9][A-Z0-9-]{1,39}";
    /** An ISO-8601 date; the form checks it is a real one. */
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    /** A resource management unit's code. */
    static final String UNIT = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";

    private DecommissionRequests() {
    }

    /** A form 5 for a permanent stop, a suspension or a resume of circuits of one customer (Art. 33). */
    record StopRequest(@NotNull StopRequestType requestType,
                       @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 40) @Pattern(regexp = CIRCUIT_ID) String>
                               circuitIds,
                       @NotBlank @Size(max = 2000) String reason,
                       @NotBlank @Size(max = 10) @Pattern(regexp = DATE) String requestedDate,
                       @Size(max = 2000) String openTicketReason) {
    }

    /** A form 5 flagged as an adjustment of one circuit (Art. 35); stop-first only with a reason (Art. 4). */
    record AdjustmentRequest(@NotBlank @Size(max = 40) @Pattern(regexp = CIRCUIT_ID) String circuitId,
                             @NotBlank @Size(max = 2000) String reason,
                             @NotBlank @Size(max = 10) @Pattern(regexp = DATE) String requestedDate,
                             Boolean stopFirst,
                             @Size(max = 2000) String stopFirstReason) {
    }

    /** CSSC's acceptance (Art. 34); an adjustment's classification (Art. 36, 37). */
    record AcceptanceRequest(AdjustmentClassification classification, @Size(max = 2000) String note) {
    }

    /** A segment of a circuit released (Art. 34). */
    record ReleaseRequest(@NotBlank @Size(max = 40) @Pattern(regexp = CIRCUIT_ID) String circuitId,
                          @NotNull Segment segment, @Size(max = 2000) String note) {
    }

    /** A circuit's last mile stopped or restored (Art. 34; resume by decision). */
    record LastMileRequest(@NotBlank @Size(max = 40) @Pattern(regexp = CIRCUIT_ID) String circuitId,
                           @Size(max = 2000) String note) {
    }

    /** The units CSSC passes the status change to (Art. 34). */
    record StatusChangeRequest(
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) @Pattern(regexp = UNIT) String> units) {
    }

    /** A unit's confirmation, with a note if any (Art. 34). */
    record ConfirmationRequest(@Size(max = 2000) String note) {
    }

    /** GCD's withdrawal, with the reason (decision). */
    record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
