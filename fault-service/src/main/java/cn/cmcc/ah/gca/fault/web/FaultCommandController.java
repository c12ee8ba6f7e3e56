package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.fault.command.AcceptFault;
import cn.cmcc.ah.gca.fault.command.ArchiveFault;
import cn.cmcc.ah.gca.fault.command.ConfirmClearance;
import cn.cmcc.ah.gca.fault.command.DiagnoseFault;
import cn.cmcc.ah.gca.fault.command.DispatchFault;
import cn.cmcc.ah.gca.fault.command.EscalateFault;
import cn.cmcc.ah.gca.fault.command.FaultTicket.Status;
import cn.cmcc.ah.gca.fault.command.HandBackFault;
import cn.cmcc.ah.gca.fault.command.QualityCheckFault;
import cn.cmcc.ah.gca.fault.command.RejectClearance;
import cn.cmcc.ah.gca.fault.command.RepairFault;
import cn.cmcc.ah.gca.fault.command.ReplyFault;
import cn.cmcc.ah.gca.fault.command.FaultTicket;
import cn.cmcc.ah.gca.fault.command.ReportFault;
import cn.cmcc.ah.gca.fault.command.TicketState;
import cn.cmcc.ah.gca.fault.config.FaultProperties;
import cn.cmcc.ah.gca.fault.query.CircuitQueries;
import cn.cmcc.ah.gca.fault.query.CircuitView;
import cn.cmcc.ah.gca.fault.query.FaultQueries;
import cn.cmcc.ah.gca.fault.query.FaultTicketView;
import cn.cmcc.ah.gca.fault.web.FaultRequests.ClearanceRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.DiagnosisRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.DispatchRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.EscalationRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.HandBackRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.QualityCheckRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.RepairRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.ReplyRequest;
import cn.cmcc.ah.gca.fault.web.FaultRequests.ReportRequest;
import cn.cmcc.ah.gca.fault.web.FaultResources.TicketStep;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
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
import java.util.Optional;

import static cn.cmcc.ah.gca.fault.command.FaultStep.ACCEPT_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.ANSWER_CLEARANCE;
import static cn.cmcc.ah.gca.fault.command.FaultStep.ARCHIVE_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.DIAGNOSE_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.DISPATCH_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.ESCALATE_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.HAND_BACK_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.QUALITY_CHECK_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.REPAIR_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.REPLY_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.REPORT_FAULT;

/**
 * The steps of a fault ticket over REST (Art. 24–31): the report, on a circuit known from provisioning's and
 * decommission's events; MON's acceptance and dispatch; CSSC's pre-diagnosis; escalation and hand-back between CSSC,
 * OMT and PND; the repair; the customer's answer; CSSC's reply; MON's quality check and archive. Each answers the
 * ticket, its status and the department that holds it now. Reads are in {@code FaultQueryController}.
 */
@RestController
@RequestMapping("/api")
class FaultCommandController {

    private final CommandGateway commands;
    private final FaultQueries tickets;
    private final CircuitQueries circuits;
    private final BusinessNumbers numbers;
    private final ContactSeal seal;
    private final FaultProperties properties;
    private final Clock clock;

    FaultCommandController(CommandGateway commands, FaultQueries tickets, CircuitQueries circuits,
                           BusinessNumbers numbers, ContactSeal seal, FaultProperties properties, Clock clock) {
        this.commands = commands;
        this.tickets = tickets;
        this.circuits = circuits;
        this.numbers = numbers;
        this.seal = seal;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/faults")
    @Endpoint(REPORT_FAULT)
    @Operation(summary = "Report a fault on a circuit (Art. 24)",
            description = "10086 (CALL_CENTER) and account managers (GCD) report to MON; an important customer "
                    + "(CUSTOMER token, service level in gca.fault.direct-report-levels, default AAA and AA) reports "
                    + "directly to CSSC, on its own circuits only. The circuit, its customer and service level come "
                    + "from provisioning's and decommission's events, never from the body. An unknown circuit (or "
                    + "another customer's), a stopped or a suspended one, and a direct report by a customer of another "
                    + "level are 422. The contact is masked and sealed before it goes anywhere. Answers the ticket "
                    + "number (FT-yyyy-nnnnnn) and the tickets still open on the circuit, to which it is linked.")
    ResponseEntity<TicketStep> report(@Valid @RequestBody ReportRequest request, Actor actor) {
        // a customer's token naming a circuit not its own is told what an unknown circuit is told
        Optional<CircuitView> circuit = circuits.circuit(request.circuitId())
                .filter(known -> actor.maySee(known.customerGroupId()));
        List<String> linked = circuit.isEmpty() ? List.of()
                : tickets.openOnCircuit(request.circuitId()).stream().map(view -> view.ticketId).toList();
        String ticketId = numbers.next("FT");
        commands.sendAndWait(new ReportFault(ticketId, request.circuitId(),
                        circuit.map(CircuitView::onRecord).orElse(null), request.symptom(),
                        seal.seal(request.contact().name(), request.contact().phone()), linked,
                        properties.directReportLevels(), actor.department(), clock.instant()),
                CommandMetadata.of(actor, ticketId));
        return ResponseEntity.created(URI.create("/api/faults/" + ticketId)).body(new TicketStep(ticketId,
                Status.REPORTED, FaultTicket.acceptingDepartmentOf(actor.department()), linked));
    }

    @PostMapping("/faults/{ticketId}/acceptance")
    @Endpoint(ACCEPT_FAULT)
    @Operation(summary = "Accept a reported fault (Art. 24)",
            description = "MON accepts the reports of 10086 and account managers (then dispatches them, Art. 25); "
                    + "CSSC accepts an important customer's direct report, which it then diagnoses (Art. 26).")
    TicketStep accept(@PathVariable String ticketId, Actor actor) {
        return send(ticketId, actor, new AcceptFault(ticketId, actor.department(), clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/dispatch")
    @Endpoint(DISPATCH_FAULT)
    @Operation(summary = "MON dispatches the accepted ticket to CSSC (Art. 25)", description = "With a note, if any.")
    TicketStep dispatch(@PathVariable String ticketId, @Valid @RequestBody(required = false) DispatchRequest request,
                        Actor actor) {
        return send(ticketId, actor, new DispatchFault(ticketId, request == null ? null : request.note(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/diagnosis")
    @Endpoint(DIAGNOSE_FAULT)
    @Operation(summary = "CSSC pre-diagnoses from the symptoms: core network or not, and why (Art. 26)",
            description = "Not core: CSSC repairs it (Art. 27). Core: the ticket goes to the O&M specialist teams "
                    + "(OMT) at once (Art. 28).")
    TicketStep diagnose(@PathVariable String ticketId, @Valid @RequestBody DiagnosisRequest request, Actor actor) {
        return send(ticketId, actor, new DiagnoseFault(ticketId, request.coreNetwork(), request.reasoning(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/escalation")
    @Endpoint(ESCALATE_FAULT)
    @Operation(summary = "The holding level passes the ticket one level up, with the reason (Art. 28, 30)",
            description = "CSSC → OMT (a core-network fault), OMT → PND (a provincial core-network fault). Only the "
                    + "department holding the ticket (403 otherwise).")
    TicketStep escalate(@PathVariable String ticketId, @Valid @RequestBody EscalationRequest request, Actor actor) {
        return send(ticketId, actor, new EscalateFault(ticketId, request.reason(), actor.department(),
                clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/hand-back")
    @Endpoint(HAND_BACK_FAULT)
    @Operation(summary = "The holding level hands the ticket back down to a lower level, with the reason "
            + "(decision, Art. 28–31)", description = "PND → OMT or CSSC, OMT → CSSC; e.g. not a provincial fault.")
    TicketStep handBack(@PathVariable String ticketId, @Valid @RequestBody HandBackRequest request, Actor actor) {
        return send(ticketId, actor, new HandBackFault(ticketId, request.to(), request.reason(), actor.department(),
                clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/repair")
    @Endpoint(REPAIR_FAULT)
    @Operation(summary = "The holding level repaired the fault and replies to CSSC: cause and action "
            + "(Art. 27, 29, 31)", description = "CSSC then confirms with the customer that the fault is cleared.")
    TicketStep repair(@PathVariable String ticketId, @Valid @RequestBody RepairRequest request, Actor actor) {
        return send(ticketId, actor, new RepairFault(ticketId, request.cause(), request.action(), actor.department(),
                clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/clearance")
    @Endpoint(ANSWER_CLEARANCE)
    @Operation(summary = "The customer's answer: is the fault cleared? (Art. 27, 29, 31)",
            description = "The customer answers with its own token (its own tickets only: 404 for any other), or "
                    + "CSSC records its answer. cleared true, with a note if any: CSSC then replies the ticket. "
                    + "cleared false, with the reason: the ticket reopens at the level that repaired it (decision).")
    TicketStep clearance(@PathVariable String ticketId, @Valid @RequestBody ClearanceRequest request, Actor actor) {
        actor.visible(tickets.ticket(ticketId), FaultTicketView::customerGroupId, ticketId);
        return request.cleared()
                ? send(ticketId, actor, new ConfirmClearance(ticketId, request.note(), actor.department(),
                        clock.instant()))
                : send(ticketId, actor, new RejectClearance(ticketId, request.reason(), actor.department(),
                        clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/reply")
    @Endpoint(REPLY_FAULT)
    @Operation(summary = "CSSC replies the ticket once the customer confirmed the fault cleared (Art. 25, 27)",
            description = "MON then quality-checks the reply.")
    TicketStep reply(@PathVariable String ticketId, @Valid @RequestBody ReplyRequest request, Actor actor) {
        return send(ticketId, actor, new ReplyFault(ticketId, request.summary(), actor.department(),
                clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/quality-check")
    @Endpoint(QUALITY_CHECK_FAULT)
    @Operation(summary = "MON quality-checks CSSC's reply (Art. 25)",
            description = "passed: MON archives it next. Not passed, with the findings (required): back to CSSC to "
                    + "reply again.")
    TicketStep qualityCheck(@PathVariable String ticketId, @Valid @RequestBody QualityCheckRequest request,
                            Actor actor) {
        return send(ticketId, actor, new QualityCheckFault(ticketId, request.passed(), request.findings(),
                actor.department(), clock.instant()));
    }

    @PostMapping("/faults/{ticketId}/archive")
    @Endpoint(ARCHIVE_FAULT)
    @Operation(summary = "MON archives the checked ticket (Art. 24)")
    TicketStep archive(@PathVariable String ticketId, Actor actor) {
        return send(ticketId, actor, new ArchiveFault(ticketId, actor.department(), clock.instant()));
    }

    /** Sends the step and answers the ticket's status and holder as the aggregate left them. */
    private TicketStep send(String ticketId, Actor actor, Object command) {
        TicketState state = commands.sendAndWait(command, CommandMetadata.of(actor, ticketId));
        return TicketStep.of(ticketId, state);
    }
}
