package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the fault steps (Art. 24–31). A field that is missing or malformed is refused here with 400 naming it;
 * what the source requires (order of steps, who holds the ticket, the circuit) is checked by the ticket and refused
 * with 403, 409 or 422 and the article. Every text is capped, so no event grows past what Kafka carries.
 */
final class FaultRequests {

    /** A circuit id (业务编号) as provisioning hands them out, or as older lines were numbered. */
    static final String CIRCUIT_ID = "[A-Z0-9][A-Z0-9-]{1,39}";

    private FaultRequests() {
    }

    /** A fault report (Art. 24): the circuit, what is wrong, and whom to call back. */
    record ReportRequest(@NotBlank @Size(max = 40) @Pattern(regexp = CIRCUIT_ID) String circuitId,
                         @NotBlank @Size(max = 2000) String symptom,
                         @NotNull @Valid ContactRequest contact) {
    }

    /** The callback contact; masked and sealed before it goes anywhere. */
    record ContactRequest(@NotBlank @Size(max = 50) String name,
                          @NotNull @Size(max = 20) @Pattern(regexp = "[0-9+-]{5,20}") String phone) {
    }

    /** MON's dispatch to CSSC (Art. 25), with a note if any. */
    record DispatchRequest(@Size(max = 1000) String note) {
    }

    /** CSSC's pre-diagnosis (Art. 26). */
    record DiagnosisRequest(@NotNull Boolean coreNetwork, @NotBlank @Size(max = 2000) String reasoning) {
    }

    /** The holding level passes the ticket up (Art. 28, 30). */
    record EscalationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The holding level hands the ticket back down to {@code to} (decision, Art. 28–31). */
    record HandBackRequest(@NotNull Department to, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The holding level replies the repair (Art. 27, 29, 31). */
    record RepairRequest(@NotBlank @Size(max = 2000) String cause, @NotBlank @Size(max = 2000) String action) {
    }

    /**
     * The customer's answer (Art. 27, 29, 31): cleared, with a note if any; or not, with the reason (the ticket reopens
     * at the level that repaired it).
     */
    record ClearanceRequest(@NotNull Boolean cleared, @Size(max = 1000) String note, @Size(max = 2000) String reason) {
    }

    /** CSSC's reply of the ticket (Art. 25, 27). */
    record ReplyRequest(@NotBlank @Size(max = 4000) String summary) {
    }

    /** MON's quality check (Art. 25): the findings are required when the reply did not pass. */
    record QualityCheckRequest(@NotNull Boolean passed, @Size(max = 2000) String findings) {
    }
}
