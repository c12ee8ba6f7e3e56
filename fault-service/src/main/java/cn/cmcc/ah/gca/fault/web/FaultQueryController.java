package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.fault.command.FaultTicket;
import cn.cmcc.ah.gca.fault.query.FaultQueries;
import cn.cmcc.ah.gca.fault.query.FaultTicketView;
import cn.cmcc.ah.gca.fault.web.FaultResources.Contact;
import cn.cmcc.ah.gca.fault.web.FaultResources.InboxItem;
import cn.cmcc.ah.gca.fault.web.FaultResources.Ticket;
import cn.cmcc.ah.gca.fault.web.FaultResources.TicketSummary;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import cn.cmcc.ah.gca.support.web.BadParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static cn.cmcc.ah.gca.fault.command.FaultStep.READ_FAULTS;

/**
 * Reading fault tickets (Art. 24–31) and the departments' open work on them. The steps are FaultCommandController's.
 */
@RestController
@RequestMapping("/api/faults")
class FaultQueryController {

    private static final Pattern CIRCUIT_ID = Pattern.compile(FaultRequests.CIRCUIT_ID);
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private final FaultQueries tickets;
    private final ContactSeal seal;

    FaultQueryController(FaultQueries tickets, ContactSeal seal) {
        this.tickets = tickets;
        this.seal = seal;
    }

    @GetMapping("/{ticketId}")
    @Endpoint(READ_FAULTS)
    @Operation(summary = "A fault ticket with everything done to it and its full history",
            description = "Who did what, when, as which department. The contact in clear for the operator's staff and "
                    + "for the ticket's own customer (masked if its seal cannot be opened). linkedTicketIds: the "
                    + "tickets open on the circuit when it was reported, and the later reports linked to it. "
                    + "stopRequests: the forms 5 that stop or suspend its circuit while it is open, each once, with "
                    + "GCD's reason (Art. 33–34). A CUSTOMER token sees only its own tickets, without the names of the "
                    + "operator's staff.")
    Ticket get(@PathVariable String ticketId, Actor actor) {
        FaultTicketView view = actor.visible(tickets.ticket(ticketId), FaultTicketView::customerGroupId, ticketId);
        return Ticket.of(view, tickets.laterReportsOf(ticketId), Contact.opened(view.contact, seal),
                !actor.is(Department.CUSTOMER));
    }

    @GetMapping
    @Endpoint(READ_FAULTS)
    @Operation(summary = "Fault tickets, newest first, a page at a time (summaries, contact masked)",
            description = "Filter by status, circuit and (staff) customer. A CUSTOMER token lists its own tickets "
                    + "whatever it asks. Follow next as ?cursor= for the next page.")
    Page<TicketSummary> list(@RequestParam Optional<FaultTicket.Status> status,
                             @Parameter(description = "the circuit (业务编号)") @RequestParam
                             Optional<String> circuitId,
                             @Parameter(description = "the customer's group id (集团编号)") @RequestParam
                             Optional<String> customer, PageRequest page, Actor actor) {
        require("circuitId", circuitId, CIRCUIT_ID);
        require("customer", customer, GROUP_ID);
        Optional<String> scope = actor.customerScope().isPresent() ? actor.customerScope() : customer;
        return tickets.tickets(status, scope, circuitId, page).map(TicketSummary::of);
    }

    private static void require(String name, Optional<String> value, Pattern format) {
        value.filter(given -> !format.matcher(given).matches()).ifPresent(given -> {
            throw new BadParameterException(name, given.length() > 40 ? given.substring(0, 40) + "…" : given,
                    "error.field-type");
        });
    }

    @GetMapping("/inbox")
    @Endpoint(READ_FAULTS)
    @Operation(summary = "The caller department's open tickets, each with the step it waits for, oldest first",
            description = "MON: reports to accept, tickets to dispatch, replies to quality-check, tickets to archive "
                    + "(Art. 24–25); CSSC: direct reports to accept, pre-diagnoses, repairs at CSSC's level, the "
                    + "customer's answer to record, replies (Art. 24–27); OMT and PND: their repairs (Art. 28–31). A "
                    + "CUSTOMER token: its repaired tickets waiting for its answer. Other departments hold no tickets. "
                    + "Contacts masked.")
    Page<InboxItem> inbox(PageRequest page, Actor actor) {
        Page<FaultTicketView> open = actor.customerScope()
                .map(customer -> tickets.awaitingClearance(customer, page))
                .orElseGet(() -> actor.is(Department.CUSTOMER) ? Page.of(List.of(), null)
                        : tickets.heldBy(actor.department(), page));
        return open.map(InboxItem::of);
    }
}
