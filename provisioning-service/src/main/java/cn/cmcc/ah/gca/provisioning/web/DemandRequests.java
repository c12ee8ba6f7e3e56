package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the form-2 steps (Art. 17–23). A field that is missing or malformed is refused here with 400 naming it;
 * what the source requires (order of steps, dates not before the resources are ready, both signatures) is checked by
 * the form and refused with 409 or 422 and the article. Every text and list is capped, so that no event grows past
 * what Kafka carries (docs/events.md, "Sizes").
 */
final class DemandRequests {

    /** A form 1 number as presale hands them out. */
    static final String FORM1_NUMBER = "RC-\\d{4}-\\d{6}";
    /** An RMU unit code (configured in {@code gca.provisioning.resource-units}). */
    static final String UNIT_CODE = "[A-Z][A-Z0-9-]{1,31}";

    private DemandRequests() {
    }

    /** GCD's form 2 for an accepted form 1 (Art. 17). */
    record DispatchRequest(@NotBlank @Size(max = 14) @Pattern(regexp = FORM1_NUMBER) String confirmationFormId,
                           @Size(max = 2000) String remarks) {
    }

    /**
     * CSSC accepts (Art. 17): resource application, last-mile scheduling and the planned activation date. A new line
     * needs both texts (refused by the form, 400, when blank); a configuration change (Art. 37), on the circuit's
     * existing resources, the planned date alone.
     */
    record AcceptRequest(@NotNull LocalDate plannedActivationDate,
                         @Size(max = 2000) String resourceApplication,
                         @Size(max = 2000) String lastMileScheduling) {
    }

    /** ENG's completion date for a build (Art. 19). */
    record CompletionDateRequest(@NotNull LocalDate completionDate, @Size(max = 1000) String note) {
    }

    /** ENG's build in service (Art. 19). */
    record InServiceRequest(@NotNull LocalDate inServiceDate, @Size(max = 1000) String note) {
    }

    /** CSSC's last-mile project completed (Art. 20). */
    record ProjectCompletionRequest(@Size(max = 1000) String note) {
    }

    /** An RMU's registration of new resources (Art. 19, 20). */
    record RegistrationRequest(@NotBlank @Size(max = 32) @Pattern(regexp = UNIT_CODE) String unit,
                               @NotBlank @Size(max = 2000) String resources) {
    }

    /** CSSC's allocation of the registered last-mile resources (Art. 20). */
    record AllocationRequest(@NotBlank @Size(max = 2000) String allocation) {
    }

    /** A form 3 work order (Art. 18–20); {@code reissueOf} names the failed order it replaces. */
    record WorkOrderRequest(@NotBlank @Size(max = 8) String pointId,
                            @NotNull WorkTarget target,
                            @NotBlank @Size(max = 200) String assigneeUnit,
                            @NotNull LocalDate plannedDate,
                            @Size(max = 2000) String instructions,
                            @Size(max = 40) String reissueOf) {
    }

    /** A work order done: actual date and result (Art. 18–20). */
    record WorkOrderCompletionRequest(@NotNull LocalDate actualDate, @NotBlank @Size(max = 2000) String result) {
    }

    /** A work order failed, with the reason (Art. 18–20). */
    record WorkOrderFailureRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** CSSC records a blocked construction (Art. 22); no pointId for the whole order. */
    record BlockRequest(@Size(max = 8) String pointId, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The written record of a block (Art. 22), signed by CSSC. */
    record BlockRecordRequest(@NotBlank @Size(max = 2000) String agreedHandling,
                              @NotBlank @Size(max = 2000) String activationResult,
                              @NotNull BlockDecision decision) {
    }

    /** CSSC resumes a blocked construction (Art. 22). */
    record ResumptionRequest(@Size(max = 1000) String note) {
    }

    /** CSSC passes the status change information to the RMUs involved (Art. 21). */
    record StatusInfoRequest(
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 32) @Pattern(regexp = UNIT_CODE) String> units,
            @Size(max = 4000) String details) {
    }

    /** An RMU confirms its status change (Art. 21). */
    record StatusChangeConfirmationRequest(@Size(max = 1000) String note) {
    }

    /** CSSC's completion feedback and form 2 reply (Art. 21). */
    record ReplyRequest(@NotBlank @Size(max = 4000) String feedback) {
    }

    /** Form 4 as GCD organised the acceptance (Art. 23). */
    record AcceptanceRequest(@NotNull LocalDate acceptanceDate,
                             @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) String> participants,
                             @NotEmpty @Size(max = 50) List<@NotNull @Valid TestResult> tests) {
    }

    /** One test on form 4. */
    record TestResult(@NotBlank @Size(max = 200) String item, @NotNull Boolean passed,
                      @Size(max = 500) String measured) {
    }

    /** A signature on form 4 (Art. 23): the signer's name as signed. */
    record SignatureRequest(@NotBlank @Size(max = 100) String signedBy) {
    }
}
