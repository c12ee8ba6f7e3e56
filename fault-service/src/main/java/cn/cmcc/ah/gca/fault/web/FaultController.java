package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.fault.command.AcceptFault;
import cn.cmcc.ah.gca.fault.command.FaultTicket;
import cn.cmcc.ah.gca.fault.command.ReportFault;
import cn.cmcc.ah.gca.fault.query.FaultQueries;
import cn.cmcc.ah.gca.fault.query.FaultTicketView;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static cn.cmcc.ah.gca.fault.command.FaultStep.ACCEPT_FAULT;
import static cn.cmcc.ah.gca.fault.command.FaultStep.READ_FAULTS;
import static cn.cmcc.ah.gca.fault.command.FaultStep.REPORT_FAULT;

/** Fault tickets over REST (Art. 24–31). */
@RestController
@RequestMapping("/api/faults")
class FaultController {

    private final CommandGateway commands;
    private final FaultQueries tickets;
    private final BusinessNumbers numbers;
    private final Clock clock;

    FaultController(CommandGateway commands, FaultQueries tickets, BusinessNumbers numbers, Clock clock) {
        this.commands = commands;
        this.tickets = tickets;
        this.numbers = numbers;
        this.clock = clock;
    }

    @PostMapping
    @Endpoint(REPORT_FAULT)
    @Operation(summary = "Report a fault (Art. 24)",
            description = "10086 (CALL_CENTER), an account manager (GCD), or an important customer directly to CSSC "
                    + "(CUSTOMER, own circuits only). Returns the ticket number.")
    ResponseEntity<TicketStep> report(@Valid @RequestBody ReportFaultRequest request, Actor actor) {
        // work in progress (issue 11): circuits are not known yet, every report is refused as on an unknown circuit
        String ticketId = numbers.next("FT");
        commands.sendAndWait(new ReportFault(ticketId, request.circuitId(), null, request.symptom(), null,
                        java.util.List.of(), java.util.Set.of(), actor.department(), clock.instant()),
                CommandMetadata.of(actor, ticketId));
        return ResponseEntity.created(URI.create("/api/faults/" + ticketId))
                .body(new TicketStep(ticketId, FaultTicket.Status.REPORTED));
    }

    @PostMapping("/{ticketId}/acceptance")
    @Endpoint(ACCEPT_FAULT)
    @Operation(summary = "Accept a reported fault (Art. 24)",
            description = "MON accepts tickets from 10086 and account managers; CSSC an important customer's direct "
                    + "report.")
    TicketStep accept(@PathVariable String ticketId, Actor actor) {
        commands.sendAndWait(new AcceptFault(ticketId, actor.department(), clock.instant()),
                CommandMetadata.of(actor, ticketId));
        return new TicketStep(ticketId, FaultTicket.Status.ACCEPTED);
    }

    @GetMapping("/{ticketId}")
    @Endpoint(READ_FAULTS)
    @Operation(summary = "A fault ticket", description = "A CUSTOMER token sees only its own tickets.")
    Ticket get(@PathVariable String ticketId, Actor actor) {
        return Ticket.of(actor.visible(tickets.ticket(ticketId), FaultTicketView::customerGroupId, ticketId));
    }

    @GetMapping
    @Endpoint(READ_FAULTS)
    @Operation(summary = "Fault tickets, newest first, a page at a time",
            description = "A CUSTOMER token sees only its own tickets. Follow next as ?cursor= for the next page.")
    Page<Ticket> list(@Parameter(description = "REPORTED or ACCEPTED") @RequestParam Optional<FaultTicket.Status> status,
                      PageRequest page, Actor actor) {
        return tickets.tickets(status, actor.customerScope(), page).map(Ticket::of);
    }

    /** What a command on a ticket returns. */
    record TicketStep(String ticketId, FaultTicket.Status status) {
    }

    /** A fault ticket as callers see it. */
    record Ticket(String ticketId, String circuitId, CustomerRef customer, ReportChannel channel, String symptom,
                  String contact, FaultTicket.Status status, Department acceptingDepartment, String reportedBy,
                  Department reportedByDepartment, Instant reportedAt, Department acceptedBy, Instant acceptedAt) {

        static Ticket of(FaultTicketView view) {
            return new Ticket(view.ticketId, view.circuitId, view.customer, view.channel, view.symptom, view.contact,
                    view.status, view.acceptingDepartment, view.reportedBy, view.reportedByDepartment,
                    view.reportedAt, view.acceptedBy, view.acceptedAt);
        }
    }
}
