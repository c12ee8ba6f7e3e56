package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ReadFence;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStore.Order;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What decommission-service knows of other services' work on circuits, from their topics alone
 * ({@link KnownCircuitsProjection}): the circuits provisioning activated (Art. 21) and the fault tickets open on them
 * (Art. 24, 33).
 * <p>
 * <b>No read fence.</b> The kit's fence waits for a processor to reach the head of the service's own event store; these
 * views are fed from other services' topics, and across services there is no read-your-writes (docs/api.md). A circuit
 * just activated is unknown here until its event has been consumed; a ticket shows once its report is consumed.
 */
@Repository
public class KnownCircuits {

    final ViewStore<KnownCircuitView> circuits;
    final ViewStore<FaultTicketOnCircuitView> tickets;

    public KnownCircuits(ViewStores stores) {
        String group = KnownCircuitsProjection.GROUP;
        this.circuits = stores.builder("decommission_known_circuits", KnownCircuitView.class, group)
                .id(view -> view.circuitId)
                .readFence(ReadFence.NONE)
                .build();
        // open tickets sorted by report time: a circuit's are a query of the open work only, by this index on MongoDB
        this.tickets = stores.builder("decommission_known_fault_tickets", FaultTicketOnCircuitView.class, group)
                .id(view -> view.ticketId)
                .openWhile(FaultTicketOnCircuitView::open)
                .sortedBy(view -> view.reportedAt == null ? 0L : view.reportedAt.toEpochMilli())
                .openIndex(Indexes.compoundIndex(Indexes.ascending("circuitId"), Indexes.ascending("_sort")))
                .readFence(ReadFence.NONE)
                .build();
    }

    /** The circuit as activated; empty while its activation has not been consumed (or never happened). */
    public Optional<KnownCircuit> circuit(String circuitId) {
        return circuits.find(circuitId).map(KnownCircuitView::known);
    }

    /** The fault tickets open (reported, not archived) on the circuit, oldest first. */
    public List<String> openFaultTickets(String circuitId) {
        List<String> open = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<FaultTicketOnCircuitView> page = tickets.open(Filters.eq("circuitId", circuitId), Order.OLDEST_FIRST,
                    request);
            page.items().forEach(ticket -> open.add(ticket.ticketId));
            if (page.next() == null) {
                return open;
            }
            request = new PageRequest(PageRequest.MAX_LIMIT, Optional.of(page.next()));
        }
    }
}
