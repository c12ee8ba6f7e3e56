package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.fault.command.FaultTicket.Status;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.StatusLists;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStore.Order;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The fault-ticket read model (Art. 24–31) and its queries. Every ticket not archived is open work, held by one
 * department: inboxes, open statuses and the open tickets of a circuit read only that, so their cost follows the open
 * work. Every ticket is in the list of all tickets, of its customer and of its circuit, an archived one also in the
 * archive's; those lists page newest first at the cost of the page. Every read waits for {@link FaultTicketProjection}
 * (read-your-writes).
 */
@Repository
public class FaultQueries {

    /** The most tickets a report links to, or a circuit lists as open on it. */
    public static final int OPEN_ON_CIRCUIT_LIMIT = 50;

    private static final StatusLists<FaultTicketView, Status> LISTS = new StatusLists<>(
            FaultTicketView::customerGroupId, view -> view.status, status -> status == Status.ARCHIVED,
            "customer.groupId", "status");

    final ViewStore<FaultTicketView> tickets;
    final ViewStore<TicketLinkView> links;

    public FaultQueries(ViewStores stores) {
        String group = FaultTicketProjection.GROUP;
        // a collection of its own for the views of issue 11: a replay under a new processor name does not rewrite the
        // views an older one stored (fault_ticket_views, of fault-tickets-2; droppable once this one has caught up)
        this.tickets = stores.builder("fault_ticket_views_3", FaultTicketView.class, group)
                .id(view -> view.ticketId)
                .openWhile(view -> view.status != Status.ARCHIVED)
                .listedIn(view -> {
                    List<String> lists = new ArrayList<>(LISTS.of(view));
                    lists.add(circuitList(view.circuitId));
                    return lists;
                })
                .openIndex(Indexes.compoundIndex(Indexes.ascending("holder"), Indexes.ascending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("customer.groupId"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("circuitId"), Indexes.descending("_sort")))
                .build();
        this.links = stores.builder("fault_ticket_link_views", TicketLinkView.class, group)
                .id(view -> view.earlierTicketId + ">" + view.laterTicketId)
                .listedIn(view -> List.of(linkList(view.earlierTicketId)))
                .build();
    }

    private static String circuitList(String circuitId) {
        return "circuit:" + circuitId;
    }

    private static String linkList(String earlierTicketId) {
        return "to:" + earlierTicketId;
    }

    public Optional<FaultTicketView> ticket(String ticketId) {
        return tickets.find(ticketId);
    }

    /**
     * Tickets newest first, by status, customer and circuit: an open status from the open work, the archive or no
     * status from a list (all, the customer's, the circuit's).
     */
    public Page<FaultTicketView> tickets(Optional<Status> status, Optional<String> customerGroupId,
                                         Optional<String> circuitId, PageRequest page) {
        if (circuitId.isEmpty()) {
            return LISTS.page(tickets, status, customerGroupId, page);
        }
        if (status.isPresent() && status.get() != Status.ARCHIVED) {
            List<Bson> filters = new ArrayList<>(List.of(Filters.eq("circuitId", circuitId.get()),
                    Filters.eq("status", status.get().name())));
            customerGroupId.ifPresent(customer -> filters.add(Filters.eq("customer.groupId", customer)));
            return tickets.open(Filters.and(filters), Order.NEWEST_FIRST, page);
        }
        return tickets.list(circuitList(circuitId.get()), view -> status.map(s -> view.status == s).orElse(true)
                && customerGroupId.map(view.customerGroupId()::equals).orElse(true), page);
    }

    /** The tickets {@code department} holds, oldest number first: its open work (Art. 24–31). */
    public Page<FaultTicketView> heldBy(Department department, PageRequest page) {
        return tickets.open(Filters.eq("holder", department.name()), Order.OLDEST_FIRST, page);
    }

    /** A customer's repaired tickets, waiting for its answer whether the fault is cleared (Art. 27, 29, 31). */
    public Page<FaultTicketView> awaitingClearance(String customerGroupId, PageRequest page) {
        return tickets.open(Filters.and(Filters.eq("customer.groupId", customerGroupId),
                Filters.eq("status", Status.REPAIRED.name())), Order.OLDEST_FIRST, page);
    }

    /** The tickets still open on the circuit, oldest first (at most {@link #OPEN_ON_CIRCUIT_LIMIT}). */
    public List<FaultTicketView> openOnCircuit(String circuitId) {
        return tickets.open(Filters.eq("circuitId", circuitId), Order.OLDEST_FIRST,
                PageRequest.first(OPEN_ON_CIRCUIT_LIMIT)).items();
    }

    /** The later reports linked to this ticket, oldest first. */
    public List<String> laterReportsOf(String ticketId) {
        List<String> later = new ArrayList<>(links.list(linkList(ticketId), view -> true,
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(view -> view.laterTicketId).toList());
        Collections.reverse(later);
        return later;
    }
}
