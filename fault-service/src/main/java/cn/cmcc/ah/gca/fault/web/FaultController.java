package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.fault.command.AcceptFault;
import cn.cmcc.ah.gca.fault.command.ReportFault;
import cn.cmcc.ah.gca.fault.query.FaultTicketRepository;
import cn.cmcc.ah.gca.fault.query.FaultTicketView;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
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
import java.util.List;
import java.util.Optional;

/** Fault tickets over REST (Art. 24–31). */
@RestController
@RequestMapping("/api/faults")
class FaultController {

    private final CommandGateway commands;
    private final FaultTicketRepository tickets;
    private final BusinessNumbers numbers;
    private final Clock clock;

    FaultController(CommandGateway commands, FaultTicketRepository tickets, BusinessNumbers numbers, Clock clock) {
        this.commands = commands;
        this.tickets = tickets;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Art. 24: 10086, account managers (GCD) and important group customers report faults. */
    @PostMapping
    @Operation(summary = "Report a fault (Art. 24)",
            description = "Departments: CALL_CENTER (10086), GCD (account manager), CUSTOMER (direct report to CSSC, "
                    + "own circuits only). Returns the ticket number.")
    ResponseEntity<TicketResponse> report(@Valid @RequestBody ReportFaultRequest request, Actor actor) {
        actor.require("Art. 24", Department.CALL_CENTER, Department.GCD, Department.CUSTOMER);
        if (actor.is(Department.CUSTOMER)
                && !actor.customerGroupId().orElse("").equals(request.customer().groupId())) {
            throw DomainException.ruleViolated("fault-other-customer",
                    "A customer may report faults only on its own circuits", request.customer().groupId());
        }
        ReportChannel channel = switch (actor.department()) {
            case CALL_CENTER -> ReportChannel.CALL_CENTER;
            case GCD -> ReportChannel.ACCOUNT_MANAGER;
            default -> ReportChannel.CUSTOMER_DIRECT;
        };
        String ticketId = numbers.next("FT");
        ReportFaultRequest.Customer customer = request.customer();
        commands.sendAndWait(new ReportFault(ticketId, request.circuitId(),
                        new CustomerRef(customer.groupId(), customer.name(), customer.serviceLevel()),
                        channel, request.symptom(), request.contact(), clock.instant()),
                CommandMetadata.of(actor, ticketId));
        return ResponseEntity.created(URI.create("/api/faults/" + ticketId))
                .body(new TicketResponse(ticketId, "REPORTED"));
    }

    /** Art. 24: MON accepts (CSSC for a direct report by an important customer). */
    @PostMapping("/{ticketId}/acceptance")
    @Operation(summary = "Accept a reported fault (Art. 24)", description = "Departments: MON; CSSC for direct reports.")
    TicketResponse accept(@PathVariable String ticketId, Actor actor) {
        actor.require("Art. 24", Department.MON, Department.CSSC);
        commands.sendAndWait(new AcceptFault(ticketId, actor.department(), clock.instant()),
                CommandMetadata.of(actor, ticketId));
        return new TicketResponse(ticketId, "ACCEPTED");
    }

    @GetMapping("/{ticketId}")
    @Operation(summary = "A fault ticket", description = "A CUSTOMER token sees only its own tickets.")
    FaultTicketView get(@PathVariable String ticketId, Actor actor) {
        return tickets.find(ticketId)
                .filter(view -> visibleTo(view, actor))
                .orElseThrow(() -> DomainException.notFound("not-found", "No ticket " + ticketId, ticketId));
    }

    @GetMapping
    @Operation(summary = "Fault tickets, newest first", description = "A CUSTOMER token sees only its own tickets.")
    List<FaultTicketView> list(@Parameter(description = "REPORTED or ACCEPTED") @RequestParam Optional<String> status,
                               @RequestParam(defaultValue = "100") int limit, Actor actor) {
        Optional<String> customer = actor.is(Department.CUSTOMER) ? actor.customerGroupId() : Optional.empty();
        return tickets.list(status, customer, Math.max(1, Math.min(limit, 500)));
    }

    private static boolean visibleTo(FaultTicketView view, Actor actor) {
        return !actor.is(Department.CUSTOMER) || actor.customerGroupId().orElse("").equals(view.customerGroupId());
    }

    /** What a command on a ticket returns. */
    record TicketResponse(String ticketId, String status) {
    }
}
