package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.command.AcceptStopForm;
import cn.cmcc.ah.gca.decommission.command.CircuitOnRecord;
import cn.cmcc.ah.gca.decommission.command.ConfirmStatusChange;
import cn.cmcc.ah.gca.decommission.command.DispatchStopForm;
import cn.cmcc.ah.gca.decommission.command.FormState;
import cn.cmcc.ah.gca.decommission.command.NextMove;
import cn.cmcc.ah.gca.decommission.command.ReleaseResource;
import cn.cmcc.ah.gca.decommission.command.RequestAdjustment;
import cn.cmcc.ah.gca.decommission.command.RequestStatusChange;
import cn.cmcc.ah.gca.decommission.command.RestoreLastMile;
import cn.cmcc.ah.gca.decommission.command.StopForm;
import cn.cmcc.ah.gca.decommission.command.SuspendLastMile;
import cn.cmcc.ah.gca.decommission.command.WithdrawStopForm;
import cn.cmcc.ah.gca.decommission.config.DecommissionProperties;
import cn.cmcc.ah.gca.decommission.lines.KnownCircuit;
import cn.cmcc.ah.gca.decommission.lines.KnownCircuits;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.AcceptanceRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.AdjustmentRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.ConfirmationRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.LastMileRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.ReleaseRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.StatusChangeRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.StopRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionRequests.WithdrawalRequest;
import cn.cmcc.ah.gca.decommission.web.DecommissionResources.FormStep;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.support.domain.CommonRejection;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.ACCEPT_STOP_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.CONFIRM_STATUS_CHANGE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.DISPATCH_STOP_FORM;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.RELEASE_RESOURCE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.REQUEST_ADJUSTMENT;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.REQUEST_STATUS_CHANGE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.RESTORE_LAST_MILE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.SUSPEND_LAST_MILE;
import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.WITHDRAW_STOP_FORM;

/**
 * The steps of a form 5 over REST (Art. 32–37): GCD's dispatch of a stop, a suspension or a resume, or of an
 * adjustment; CSSC's acceptance (an adjustment's classification); the release of each segment, the last mile's stop
 * or restoration; the status change passed to the resource management units and their confirmations; GCD's
 * withdrawal. Each answers the form, its status, whose move it is and what an adjustment waits for. Reads are in
 * {@code StopFormQueryController}.
 */
@RestController
@Validated
@RequestMapping("/api")
class StopFormCommandController {

    private final CommandGateway commands;
    private final KnownCircuits circuits;
    private final BusinessNumbers numbers;
    private final DecommissionProperties properties;
    private final Clock clock;

    StopFormCommandController(CommandGateway commands, KnownCircuits circuits, BusinessNumbers numbers,
                              DecommissionProperties properties, Clock clock) {
        this.commands = commands;
        this.circuits = circuits;
        this.numbers = numbers;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/stop-forms")
    @Endpoint(DISPATCH_STOP_FORM)
    @Operation(summary = "Dispatch a form 5: permanent stop, suspension or resume of circuits (Art. 33)",
            description = "GCD names one or more circuits of one customer, as provisioning activated them (422 for an "
                    + "unknown one, or circuits of several customers). PERMANENT_STOP (永久停闭) and SUSPENSION (暂停) "
                    + "of a circuit with open fault tickets need openTicketReason (422 otherwise); the tickets are "
                    + "told. A stopped circuit, a suspended one for SUSPENSION, one in service for RESUME, or one "
                    + "held by another open form 5: 409. Answers the form number (SD-yyyy-nnnnnn).")
    ResponseEntity<FormStep> dispatch(@Valid @RequestBody StopRequest request, Actor actor) {
        Map<String, CircuitOnRecord> known = new LinkedHashMap<>();
        Map<String, List<String>> tickets = new LinkedHashMap<>();
        for (String circuitId : request.circuitIds()) {
            circuits.circuit(circuitId).ifPresent(circuit -> known.put(circuitId, onRecord(circuit)));
            List<String> open = circuits.openFaultTickets(circuitId);
            if (!open.isEmpty()) {
                tickets.put(circuitId, open);
            }
        }
        String formId = numbers.next(StopForm.NUMBER_PREFIX);
        commands.sendAndWait(new DispatchStopForm(formId, request.requestType(), request.circuitIds(), known,
                tickets, request.reason(), request.requestedDate(), request.openTicketReason(), actor.department(),
                clock.instant()), CommandMetadata.of(actor, formId));
        return created(formId, request.requestType());
    }

    @PostMapping("/adjustments")
    @Endpoint(REQUEST_ADJUSTMENT)
    @Operation(summary = "Dispatch a form 5 flagged as an adjustment of a circuit (Art. 35)",
            description = "Quote the answered form number as adjustment.adjustmentId on the form 1 dispatched to "
                    + "presale with it: the two are correlated by it. New line first by default (Art. 32, 36); "
                    + "stopFirst true only with stopFirstReason (Art. 4, e.g. the same port must be reused).")
    ResponseEntity<FormStep> adjust(@Valid @RequestBody AdjustmentRequest request, Actor actor) {
        CircuitOnRecord known = circuits.circuit(request.circuitId()).map(StopFormCommandController::onRecord)
                .orElse(null);
        String formId = numbers.next(StopForm.NUMBER_PREFIX);
        commands.sendAndWait(new RequestAdjustment(formId, request.circuitId(), known, request.reason(),
                request.requestedDate(), Boolean.TRUE.equals(request.stopFirst()), request.stopFirstReason(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, formId));
        return created(formId, StopRequestType.ADJUSTMENT);
    }

    private static CircuitOnRecord onRecord(KnownCircuit circuit) {
        return new CircuitOnRecord(circuit.circuitId(), circuit.customer());
    }

    /** A new form waits for CSSC's acceptance, an adjustment also for its form 1 (by the form's own rule). */
    private static ResponseEntity<FormStep> created(String formId, StopRequestType type) {
        NextMove move = new NextMove(type, StopForm.Status.DISPATCHED, null, false, false, false, false);
        return ResponseEntity.created(URI.create("/api/stop-forms/" + formId)).body(new FormStep(formId,
                StopForm.Status.DISPATCHED, move.holder(), move.waitingFor()));
    }

    @PostMapping("/stop-forms/{formId}/acceptance")
    @Endpoint(ACCEPT_STOP_FORM)
    @Operation(summary = "CSSC accepts the form 5 (Art. 34); an adjustment with its classification (Art. 36, 37)",
            description = "classification, for an adjustment only: RE_ALLOCATION (the new line runs pre-sale and "
                    + "in-sale; the old circuit's permanent stop starts when it is activated, or at once if "
                    + "stop-first) "
                    + "or CONFIGURATION_ONLY (provisioning-service carries out the change, Art. 37).")
    FormStep accept(@PathVariable String formId, @Valid @RequestBody(required = false) AcceptanceRequest request,
                    Actor actor) {
        return send(formId, actor, new AcceptStopForm(formId, request == null ? null : request.classification(),
                request == null ? null : request.note(), actor.department(), clock.instant()));
    }

    @PostMapping("/stop-forms/{formId}/releases")
    @Endpoint(RELEASE_RESOURCE)
    @Operation(summary = "CSSC records the release of one segment of a circuit (Art. 34: 端到端资源释放)",
            description = "CORE, ACCESS_BACKBONE, LAST_MILE, each once per circuit; with the third the circuit is "
                    + "stopped. A permanent stop, or an adjustment whose new line is in service (or stop-first).")
    FormStep release(@PathVariable String formId, @Valid @RequestBody ReleaseRequest request, Actor actor) {
        return send(formId, actor, new ReleaseResource(formId, request.circuitId(), request.segment(), request.note(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/stop-forms/{formId}/last-mile-suspension")
    @Endpoint(SUSPEND_LAST_MILE)
    @Operation(summary = "CSSC stopped a circuit's last mile: it is suspended (Art. 34: 仅对末端资源进行停闭)",
            description = "A suspension form only; the form completes with its last circuit.")
    FormStep suspend(@PathVariable String formId, @Valid @RequestBody LastMileRequest request, Actor actor) {
        return send(formId, actor, new SuspendLastMile(formId, request.circuitId(), request.note(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/stop-forms/{formId}/last-mile-restoration")
    @Endpoint(RESTORE_LAST_MILE)
    @Operation(summary = "CSSC restored a suspended circuit's last mile: it is in service again (复机, decision)",
            description = "A resume form only; the form completes with its last circuit.")
    FormStep restore(@PathVariable String formId, @Valid @RequestBody LastMileRequest request, Actor actor) {
        return send(formId, actor, new RestoreLastMile(formId, request.circuitId(), request.note(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/stop-forms/{formId}/status-change")
    @Endpoint(REQUEST_STATUS_CHANGE)
    @Operation(summary = "CSSC passes the status change of the released resources to the units (Art. 34)",
            description = "Once every circuit of the form is released end to end; the units by code, as configured "
                    + "(gca.decommission.resource-units; 422 for any other).")
    FormStep requestStatusChange(@PathVariable String formId, @Valid @RequestBody StatusChangeRequest request,
                                 Actor actor) {
        return send(formId, actor, new RequestStatusChange(formId, request.units(), properties.unitCodes(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/stop-forms/{formId}/status-change/{unit}/confirmation")
    @Endpoint(CONFIRM_STATUS_CHANGE)
    @Operation(summary = "A resource management unit confirms the status change in the resource management system "
            + "(Art. 34)", description = "Each unit named once; an RMU token naming a unit confirms only that one "
                    + "(403). With the last confirmation a permanent stop is complete.")
    FormStep confirmStatusChange(@PathVariable String formId,
                                 @PathVariable @Pattern(regexp = DecommissionRequests.UNIT) String unit,
                                 @Valid @RequestBody(required = false) ConfirmationRequest request, Actor actor) {
        return send(formId, actor, new ConfirmStatusChange(formId, unit, request == null ? null : request.note(),
                actor.unitScope(), actor.department(), clock.instant()));
    }

    @PostMapping("/stop-forms/{formId}/withdrawal")
    @Endpoint(WITHDRAW_STOP_FORM)
    @Operation(summary = "GCD withdraws a form 5 CSSC has not accepted yet (decision)",
            description = "With the reason; its circuits are as before. After CSSC's acceptance: 409.")
    FormStep withdraw(@PathVariable String formId, @Valid @RequestBody WithdrawalRequest request, Actor actor) {
        return send(formId, actor, new WithdrawStopForm(formId, request.reason(), actor.department(),
                clock.instant()));
    }

    /** Sends a step of form {@code formId}; a number that is no form 5's is not found, whatever else it names. */
    private FormStep send(String formId, Actor actor, Object command) {
        if (!StopForm.isNumber(formId)) {
            throw CommonRejection.NOT_FOUND.reject(formId.length() > 40 ? formId.substring(0, 40) + "…" : formId);
        }
        FormState state = commands.sendAndWait(command, CommandMetadata.of(actor, formId));
        return FormStep.of(formId, state);
    }
}
