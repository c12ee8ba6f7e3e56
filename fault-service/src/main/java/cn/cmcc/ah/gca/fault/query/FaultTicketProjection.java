package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/** Keeps {@code fault_tickets} up to date from the service's own event store; replayable. */
@Component
@ProcessingGroup(FaultTicketProjection.GROUP)
class FaultTicketProjection {

    static final String GROUP = "fault-tickets";

    private final FaultTicketRepository repository;

    FaultTicketProjection(FaultTicketRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(FaultReported event,
            @MetaDataValue(MetadataKeys.ACTING_USER) String user,
            @MetaDataValue(MetadataKeys.ACTING_DEPARTMENT) String department) {
        repository.save(new FaultTicketView(event.ticketId(), event.circuitId(), event.customer().groupId(),
                event.customer().name(), event.customer().serviceLevel().name(), event.channel().name(),
                event.symptom(), event.contact(), "REPORTED", event.acceptingDepartment(), user, department,
                event.reportedAt(), null, null));
    }

    @EventHandler
    void on(FaultAccepted event) {
        repository.markAccepted(event.ticketId(), event.acceptedBy(), event.acceptedAt());
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
