package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.fault.command.FaultTicket;
import cn.cmcc.ah.gca.support.axon.ReadConsistency;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ReadFence;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStore.Order;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fault-ticket read model and its queries: tickets waiting for acceptance are the open work; every ticket is in
 * the list of all tickets and of its customer, an accepted one also in that of its status.
 */
@Repository
public class FaultQueries {

    private static final String ALL = "all";

    final ViewStore<FaultTicketView> tickets;

    @Autowired
    public FaultQueries(MongoDatabase gcaMongoDatabase, ObjectMapper objectMapper, ReadConsistency consistency) {
        this(gcaMongoDatabase, objectMapper, consistency.fence(FaultTicketProjection.GROUP));
    }

    FaultQueries(MongoDatabase gcaMongoDatabase, ObjectMapper objectMapper, ReadFence fence) {
        this.tickets = ViewStore.builder(gcaMongoDatabase, "fault_ticket_views", FaultTicketView.class, objectMapper)
                .id(view -> view.ticketId)
                .openWhile(view -> view.status == FaultTicket.Status.REPORTED)
                .listedIn(FaultQueries::lists)
                .openIndex(Indexes.compoundIndex(Indexes.ascending("acceptingDepartment"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("customer.groupId"), Indexes.descending("_sort")))
                .readFence(fence)
                .build();
    }

    private static List<String> lists(FaultTicketView view) {
        List<String> lists = new ArrayList<>(List.of(ALL, customerList(view.customerGroupId())));
        if (view.status != FaultTicket.Status.REPORTED) {
            lists.add(statusList(view.status));
        }
        return lists;
    }

    private static String customerList(String groupId) {
        return "customer:" + groupId;
    }

    private static String statusList(FaultTicket.Status status) {
        return "status:" + status.name();
    }

    public Optional<FaultTicketView> ticket(String ticketId) {
        return tickets.find(ticketId);
    }

    /** Newest first; tickets waiting for acceptance from the open work, the others from their lists. */
    public Page<FaultTicketView> tickets(Optional<FaultTicket.Status> status, Optional<String> customerGroupId,
                                         PageRequest page) {
        if (status.filter(s -> s == FaultTicket.Status.REPORTED).isPresent()) {
            List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", FaultTicket.Status.REPORTED.name())));
            customerGroupId.ifPresent(c -> filters.add(Filters.eq("customer.groupId", c)));
            return tickets.open(Filters.and(filters), Order.NEWEST_FIRST, page);
        }
        if (status.isPresent()) {
            return customerGroupId
                    .map(c -> tickets.list(customerList(c), view -> view.status == status.get(), page))
                    .orElseGet(() -> tickets.list(statusList(status.get()), view -> true, page));
        }
        return tickets.list(customerGroupId.map(FaultQueries::customerList).orElse(ALL), view -> true, page);
    }
}
