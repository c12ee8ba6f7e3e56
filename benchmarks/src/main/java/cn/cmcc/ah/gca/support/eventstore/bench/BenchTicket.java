package cn.cmcc.ah.gca.support.eventstore.bench;

import cn.cmcc.ah.gca.support.eventstore.bench.BenchEvents.TicketUpdated;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The aggregate the benchmark's repository commands load and change: it applies every {@link TicketUpdated} of its
 * history, as a service's aggregate applies its events, and a command appends one more.
 */
class BenchTicket {

    @AggregateIdentifier
    private String ticketId;
    private String status;
    private int revisionNo;

    BenchTicket() {
        // for Axon
    }

    void update() {
        apply(BenchEvents.payload(ticketId, revisionNo + 1L), BenchEvents.metaData());
    }

    @EventSourcingHandler
    void on(TicketUpdated event) {
        ticketId = event.ticketId();
        status = event.status();
        revisionNo = event.revisionNo();
    }

    String status() {
        return status;
    }
}
