package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.provisioning.command.AcceptDemand;
import cn.cmcc.ah.gca.provisioning.command.AllocateLastMile;
import cn.cmcc.ah.gca.provisioning.command.ArchiveAcceptance;
import cn.cmcc.ah.gca.provisioning.command.CoSignBlockRecord;
import cn.cmcc.ah.gca.provisioning.command.CompleteActivation;
import cn.cmcc.ah.gca.provisioning.command.CompleteLastMileProject;
import cn.cmcc.ah.gca.provisioning.command.CompleteWorkOrder;
import cn.cmcc.ah.gca.provisioning.command.ConfirmStatusChange;
import cn.cmcc.ah.gca.provisioning.command.FailWorkOrder;
import cn.cmcc.ah.gca.provisioning.command.IssueWorkOrder;
import cn.cmcc.ah.gca.provisioning.command.OrganiseAcceptance;
import cn.cmcc.ah.gca.provisioning.command.PassStatusChangeInfo;
import cn.cmcc.ah.gca.provisioning.command.RecordConstructionBlock;
import cn.cmcc.ah.gca.provisioning.command.RegisterResources;
import cn.cmcc.ah.gca.provisioning.command.ReplyDemand;
import cn.cmcc.ah.gca.provisioning.command.ReportEngineeringCompletionDate;
import cn.cmcc.ah.gca.provisioning.command.ReportEngineeringInService;
import cn.cmcc.ah.gca.provisioning.command.ResumeConstruction;
import cn.cmcc.ah.gca.provisioning.command.SignAcceptance;
import cn.cmcc.ah.gca.provisioning.command.WriteBlockRecord;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.AcceptRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.AcceptanceRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.AllocationRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.BlockRecordRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.BlockRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.CompletionDateRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.InServiceRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.ProjectCompletionRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.RegistrationRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.ReplyRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.ResumptionRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.SignatureRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.StatusChangeConfirmationRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.StatusInfoRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.WorkOrderCompletionRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.WorkOrderFailureRequest;
import cn.cmcc.ah.gca.provisioning.web.DemandRequests.WorkOrderRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ACCEPT_DEMAND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ALLOCATE_LAST_MILE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ARCHIVE_ACCEPTANCE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.COMPLETE_ACTIVATION;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.COMPLETE_LAST_MILE_PROJECT;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.COMPLETE_WORK_ORDER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.CONFIRM_STATUS_CHANGE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.CO_SIGN_BLOCK_RECORD;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.FAIL_WORK_ORDER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ISSUE_WORK_ORDER;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.ORGANISE_ACCEPTANCE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.PASS_STATUS_INFO;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.RECORD_BLOCK;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REGISTER_RESOURCES;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REPLY_DEMAND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REPORT_COMPLETION_DATE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.REPORT_IN_SERVICE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.RESUME_CONSTRUCTION;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.SIGN_ACCEPTANCE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.WRITE_BLOCK_RECORD;

/**
 * The steps of a form 2 after its dispatch (Art. 17–23): CSSC's acceptance, the Art. 19 and 20 preparations by ENG,
 * the RMUs and CSSC, form 3 work orders, blocked construction (Art. 22), activation with its circuit ids, the status
 * change information and confirmations, the reply, and form 4. Reads are in {@code DemandQueryController}; the
 * dispatch, which reads provisioning's projection of presale's events, is in {@code DemandDispatchController}.
 */
@RestController
@RequestMapping("/api")
class DemandCommandController {

    private final CommandGateway commands;
    private final ResourceUnits units;
    private final Clock clock;

    DemandCommandController(CommandGateway commands, ResourceUnits units, Clock clock) {
        this.commands = commands;
        this.units = units;
        this.clock = clock;
    }

    /** What a step answers: the form, and the item the step created or changed, where there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DemandStep(String formId, String itemId, List<CircuitAssignment> circuits, String archiveNumber) {
        static DemandStep of(String formId) {
            return new DemandStep(formId, null, null, null);
        }

        static DemandStep item(String formId, String itemId) {
            return new DemandStep(formId, itemId, null, null);
        }

        /** 201 for a step that made a new item of the form (or the form itself), located at the form. */
        static ResponseEntity<DemandStep> created(String formId, String itemId) {
            return ResponseEntity.created(URI.create("/api/demands/" + formId)).body(new DemandStep(formId, itemId,
                    null, null));
        }
    }

    @PostMapping("/demands/{formId}/receipt")
    @Endpoint(ACCEPT_DEMAND)
    @Operation(summary = "CSSC accepts the form 2, applies for core and backbone resources and schedules the last "
            + "mile (Art. 17)",
            description = "Starts the activation clock, until the close of plannedActivationDate (not before any "
                    + "point's ready or planned in-service date); hands every Art. 19 point to ENG. A configuration "
                    + "change (Art. 37) needs the planned date only: it works on the circuit's existing resources.")
    DemandStep accept(@PathVariable String formId, @Valid @RequestBody AcceptRequest request, Actor actor) {
        return send(formId, actor, new AcceptDemand(formId, request.plannedActivationDate().toString(),
                request.resourceApplication(), request.lastMileScheduling(), actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/points/{pointId}/engineering-completion-date")
    @Endpoint(REPORT_COMPLETION_DATE)
    @Operation(summary = "ENG reports when the build of a point will be complete (Art. 19)",
            description = "It should equal the planned in-service date replied at confirmation; the deadline stays "
                    + "that date.")
    DemandStep completionDate(@PathVariable String formId, @PathVariable String pointId,
                              @Valid @RequestBody CompletionDateRequest request, Actor actor) {
        return send(formId, actor, new ReportEngineeringCompletionDate(formId, pointId,
                request.completionDate().toString(), request.note(), actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/points/{pointId}/engineering-in-service")
    @Endpoint(REPORT_IN_SERVICE)
    @Operation(summary = "ENG reports the build of a point in service (Art. 19): stops the engineering clock")
    DemandStep inService(@PathVariable String formId, @PathVariable String pointId,
                         @Valid @RequestBody InServiceRequest request, Actor actor) {
        return send(formId, actor, new ReportEngineeringInService(formId, pointId, request.inServiceDate().toString(),
                request.note(), actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/points/{pointId}/last-mile-project-completion")
    @Endpoint(COMPLETE_LAST_MILE_PROJECT)
    @Operation(summary = "CSSC completed its own last-mile project for a point (Art. 20)")
    DemandStep projectCompleted(@PathVariable String formId, @PathVariable String pointId,
                                @Valid @RequestBody ProjectCompletionRequest request, Actor actor) {
        return send(formId, actor, new CompleteLastMileProject(formId, pointId, request.note(), actor.department(),
                clock.instant()));
    }

    @PostMapping("/demands/{formId}/points/{pointId}/resource-registration")
    @Endpoint(REGISTER_RESOURCES)
    @Operation(summary = "An RMU registered the point's new resources in the resource management system (Art. 19, 20)",
            description = "unit: one of gca.provisioning.resource-units; an RMU token that names its unit registers "
                    + "for that unit only (403).")
    DemandStep register(@PathVariable String formId, @PathVariable String pointId,
                        @Valid @RequestBody RegistrationRequest request, Actor actor) {
        units.requireActingFor(actor, formId, request.unit());
        return send(formId, actor, new RegisterResources(formId, pointId, request.unit(), request.resources(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/points/{pointId}/last-mile-allocation")
    @Endpoint(ALLOCATE_LAST_MILE)
    @Operation(summary = "CSSC allocated the registered last-mile resources to the point (Art. 20)")
    DemandStep allocate(@PathVariable String formId, @PathVariable String pointId,
                        @Valid @RequestBody AllocationRequest request, Actor actor) {
        return send(formId, actor, new AllocateLastMile(formId, pointId, request.allocation(), actor.department(),
                clock.instant()));
    }

    @PostMapping("/demands/{formId}/work-orders")
    @Endpoint(ISSUE_WORK_ORDER)
    @Operation(summary = "CSSC issues a form 3 work order for a segment or the customer side of a point (Art. 18–20, "
            + "37)",
            description = "target CORE, ACCESS_BACKBONE, LAST_MILE or CUSTOMER_SIDE; reissueOf names the failed order "
                    + "this one replaces. On a configuration change (Art. 37) it is the device-owner unit's "
                    + "DATA_CONFIGURATION_CHANGE. Answers the work order id (RD-…-W01).")
    ResponseEntity<DemandStep> issue(@PathVariable String formId, @Valid @RequestBody WorkOrderRequest request,
                                     Actor actor) {
        String workOrderId = sendForId(formId, actor, new IssueWorkOrder(formId, request.pointId(), request.target(),
                request.assigneeUnit(), request.plannedDate().toString(), request.instructions(),
                request.reissueOf(), actor.department(), clock.instant()));
        return DemandStep.created(formId, workOrderId);
    }

    @PostMapping("/demands/{formId}/work-orders/{workOrderId}/completion")
    @Endpoint(COMPLETE_WORK_ORDER)
    @Operation(summary = "A work order done, with the actual date and the result (Art. 18–20)")
    DemandStep completeWorkOrder(@PathVariable String formId, @PathVariable String workOrderId,
                                 @Valid @RequestBody WorkOrderCompletionRequest request, Actor actor) {
        send(formId, actor, new CompleteWorkOrder(formId, workOrderId, request.actualDate().toString(),
                request.result(), actor.department(), clock.instant()));
        return DemandStep.item(formId, workOrderId);
    }

    @PostMapping("/demands/{formId}/work-orders/{workOrderId}/failure")
    @Endpoint(FAIL_WORK_ORDER)
    @Operation(summary = "A work order failed, with the reason (Art. 18–20): reissue it, or record a block (Art. 22)")
    DemandStep failWorkOrder(@PathVariable String formId, @PathVariable String workOrderId,
                             @Valid @RequestBody WorkOrderFailureRequest request, Actor actor) {
        send(formId, actor, new FailWorkOrder(formId, workOrderId, request.reason(), actor.department(),
                clock.instant()));
        return DemandStep.item(formId, workOrderId);
    }

    @PostMapping("/demands/{formId}/blocks")
    @Endpoint(RECORD_BLOCK)
    @Operation(summary = "CSSC records that construction cannot go on for an objective reason; GCD is told (Art. 22)",
            description = "Nothing pauses yet: only the written record co-signed by GCD pauses the activation clock. "
                    + "Answers the block id (RD-…-B1).")
    ResponseEntity<DemandStep> block(@PathVariable String formId, @Valid @RequestBody BlockRequest request,
                                     Actor actor) {
        String blockId = sendForId(formId, actor, new RecordConstructionBlock(formId, request.pointId(),
                request.reason(), actor.department(), clock.instant()));
        return DemandStep.created(formId, blockId);
    }

    @PostMapping("/demands/{formId}/blocks/{blockId}/record")
    @Endpoint(WRITE_BLOCK_RECORD)
    @Operation(summary = "CSSC writes and signs the record: agreed handling, jointly confirmed activation result, "
            + "CONTINUE or CANCEL (Art. 22)", description = "Can be rewritten until GCD co-signs it.")
    DemandStep writeRecord(@PathVariable String formId, @PathVariable String blockId,
                           @Valid @RequestBody BlockRecordRequest request, Actor actor) {
        send(formId, actor, new WriteBlockRecord(formId, blockId, request.agreedHandling(),
                request.activationResult(), request.decision(), actor.userId(), actor.department(), clock.instant()));
        return DemandStep.item(formId, blockId);
    }

    @PostMapping("/demands/{formId}/blocks/{blockId}/co-signature")
    @Endpoint(CO_SIGN_BLOCK_RECORD)
    @Operation(summary = "GCD co-signs the written record (Art. 22)",
            description = "CONTINUE pauses the activation clock from the block until CSSC resumes; CANCEL cancels the "
                    + "form 2 and ends its clocks.")
    DemandStep coSign(@PathVariable String formId, @PathVariable String blockId, Actor actor) {
        send(formId, actor, new CoSignBlockRecord(formId, blockId, actor.userId(), actor.department(),
                clock.instant()));
        return DemandStep.item(formId, blockId);
    }

    @PostMapping("/demands/{formId}/blocks/{blockId}/resumption")
    @Endpoint(RESUME_CONSTRUCTION)
    @Operation(summary = "CSSC resumes the construction the co-signed record said to continue (Art. 22)")
    DemandStep resume(@PathVariable String formId, @PathVariable String blockId,
                      @Valid @RequestBody ResumptionRequest request, Actor actor) {
        send(formId, actor, new ResumeConstruction(formId, blockId, request.note(), actor.department(),
                clock.instant()));
        return DemandStep.item(formId, blockId);
    }

    @PostMapping("/demands/{formId}/activation")
    @Endpoint(COMPLETE_ACTIVATION)
    @Operation(summary = "Network activation and customer-side construction complete (Art. 21), or the "
            + "configuration change complete (Art. 37)",
            description = "Every point needs completed work orders for CORE, ACCESS_BACKBONE, LAST_MILE and "
                    + "CUSTOMER_SIDE and no open one. Each point gets its circuit id (业务编号), published as "
                    + "CircuitActivated; starts the status-information (2 WD) and acceptance (5 WD) clocks. A "
                    + "configuration change (Art. 37, change-completion feedback) needs one completed work order and "
                    + "none open, keeps its circuit id and starts the change-acceptance clock (5 WD).")
    DemandStep activate(@PathVariable String formId, Actor actor) {
        List<CircuitAssignment> circuits = commands.sendAndWait(
                new CompleteActivation(formId, actor.department(), clock.instant()), CommandMetadata.of(actor, formId));
        return new DemandStep(formId, null, circuits, null);
    }

    @PostMapping("/demands/{formId}/status-change-info")
    @Endpoint(PASS_STATUS_INFO)
    @Operation(summary = "CSSC passes the resource status change information to each RMU involved (Art. 21)",
            description = "units: codes of gca.provisioning.resource-units; each gets a 1-WD status-change clock. "
                    + "Refused (422) on a configuration change, whose resources keep their status (Art. 37).")
    DemandStep passStatusInfo(@PathVariable String formId, @Valid @RequestBody StatusInfoRequest request,
                              Actor actor) {
        request.units().forEach(unit -> units.require(formId, unit));
        return send(formId, actor, new PassStatusChangeInfo(formId, request.units(), request.details(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/status-changes/{unit}/confirmation")
    @Endpoint(CONFIRM_STATUS_CHANGE)
    @Operation(summary = "An RMU confirms it changed the resource status (Art. 21)",
            description = "An RMU token that names its unit confirms for that unit only (403).")
    DemandStep confirmStatusChange(@PathVariable String formId, @PathVariable String unit,
                                   @Valid @RequestBody StatusChangeConfirmationRequest request, Actor actor) {
        units.requireActingFor(actor, formId, unit);
        send(formId, actor, new ConfirmStatusChange(formId, unit, request.note(), actor.department(),
                clock.instant()));
        return DemandStep.item(formId, unit);
    }

    @PostMapping("/demands/{formId}/reply")
    @Endpoint(REPLY_DEMAND)
    @Operation(summary = "CSSC's completion feedback to GCD and the customer, and the form 2 reply (Art. 21, 37)",
            description = "Refused (409) while an RMU has not confirmed its status change; a configuration change "
                    + "(Art. 37) is replied once it is complete.")
    DemandStep reply(@PathVariable String formId, @Valid @RequestBody ReplyRequest request, Actor actor) {
        return send(formId, actor, new ReplyDemand(formId, request.feedback(), actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/acceptance")
    @Endpoint(ORGANISE_ACCEPTANCE)
    @Operation(summary = "GCD organises the acceptance and fills in form 4: date, participants, tests (Art. 23, 37)",
            description = "Within 5 working days of activation, or of a configuration change's completion (the change "
                    + "acceptance, Art. 37); can be filled in again until the first signature.")
    DemandStep organise(@PathVariable String formId, @Valid @RequestBody AcceptanceRequest request, Actor actor) {
        List<AcceptanceTest> tests = request.tests().stream()
                .map(t -> new AcceptanceTest(t.item(), t.passed(), t.measured() == null ? "" : t.measured()))
                .toList();
        return send(formId, actor, new OrganiseAcceptance(formId, request.acceptanceDate().toString(),
                request.participants(), tests, actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/acceptance/signatures")
    @Endpoint(SIGN_ACCEPTANCE)
    @Operation(summary = "The customer (CUSTOMER token of the form's customer) or the account manager (GCD) signs "
            + "form 4 (Art. 23)", description = "The second signature stops the acceptance clock.")
    DemandStep sign(@PathVariable String formId, @Valid @RequestBody SignatureRequest request, Actor actor) {
        return send(formId, actor, new SignAcceptance(formId, request.signedBy(),
                actor.customerScope().orElse(null), actor.department(), clock.instant()));
    }

    @PostMapping("/demands/{formId}/acceptance/archive")
    @Endpoint(ARCHIVE_ACCEPTANCE)
    @Operation(summary = "GCD archives the signed form 4 (Art. 23)",
            description = "Needs both signatures and the form 2 reply. Answers the archive number (AA-…).")
    DemandStep archive(@PathVariable String formId, Actor actor) {
        String archiveNumber = sendForId(formId, actor,
                new ArchiveAcceptance(formId, actor.department(), clock.instant()));
        return new DemandStep(formId, null, null, archiveNumber);
    }

    private DemandStep send(String formId, Actor actor, Object command) {
        commands.sendAndWait(command, CommandMetadata.of(actor, formId));
        return DemandStep.of(formId);
    }

    private String sendForId(String formId, Actor actor, Object command) {
        return commands.sendAndWait(command, CommandMetadata.of(actor, formId));
    }
}
