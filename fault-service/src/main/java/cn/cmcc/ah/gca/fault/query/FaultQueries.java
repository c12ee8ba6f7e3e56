package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.fault.command.FaultTicket;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.StatusLists;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.model.Indexes;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The fault-ticket read model and its queries: tickets waiting for acceptance are the open work; every ticket is in
 * the list of all tickets and of its customer, an accepted one also in that of its status.
 */
@Repository
public class FaultQueries {

    private static final StatusLists<FaultTicketView, FaultTicket.Status> LISTS = new StatusLists<>(
            FaultTicketView::customerGroupId, view -> view.status, status -> status != FaultTicket.Status.REPORTED,
            "customer.groupId", "status");

    final ViewStore<FaultTicketView> tickets;

    public FaultQueries(ViewStores stores) {
        this.tickets = stores.builder("fault_ticket_views", FaultTicketView.class, FaultTicketProjection.GROUP)
                .id(view -> view.ticketId)
                .openWhile(view -> view.status == FaultTicket.Status.REPORTED)
                .listedIn(LISTS::of)
                .openIndex(Indexes.compoundIndex(Indexes.ascending("acceptingDepartment"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("customer.groupId"), Indexes.descending("_sort")))
                .build();
    }

    public Optional<FaultTicketView> ticket(String ticketId) {
        return tickets.find(ticketId);
    }

    /** Newest first; tickets waiting for acceptance from the open work, the others from their lists. */
    public Page<FaultTicketView> tickets(Optional<FaultTicket.Status> status, Optional<String> customerGroupId,
                                         PageRequest page) {
        return LISTS.page(tickets, status, customerGroupId, page);
    }
}
