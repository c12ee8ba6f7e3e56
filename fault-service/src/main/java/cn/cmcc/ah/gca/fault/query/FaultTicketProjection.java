package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.fault.command.FaultTicket;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/** Keeps the fault-ticket views from the service's own event store; idempotent and replayable. */
@Component
@ProcessingGroup(FaultTicketProjection.GROUP)
class FaultTicketProjection {

    /** Renamed with the typed views (was {@code fault-tickets}): a new name replays the store into them once. */
    static final String GROUP = "fault-tickets-2";

    private final FaultQueries views;

    FaultTicketProjection(FaultQueries views) {
        this.views = views;
    }

    @EventHandler
    void on(FaultReported event,
            @MetaDataValue(MetadataKeys.ACTING_USER) String user,
            @MetaDataValue(MetadataKeys.ACTING_DEPARTMENT) String department) {
        views.tickets.create(event.ticketId(), () -> {
            FaultTicketView view = new FaultTicketView();
            view.ticketId = event.ticketId();
            view.circuitId = event.circuitId();
            view.customer = event.customer();
            view.channel = event.channel();
            view.symptom = event.symptom();
            view.contact = event.contact() == null ? null : event.contact().name();
            view.status = FaultTicket.Status.REPORTED;
            view.acceptingDepartment = event.acceptingDepartment();
            view.reportedBy = user;
            view.reportedByDepartment = department == null ? null : Department.valueOf(department);
            view.reportedAt = event.reportedAt();
            return view;
        });
    }

    @EventHandler
    void on(FaultAccepted event, @SequenceNumber long sequence) {
        views.tickets.apply(event.ticketId(), sequence, view -> {
            view.status = FaultTicket.Status.ACCEPTED;
            view.acceptedBy = event.acceptedBy();
            view.acceptedAt = event.acceptedAt();
        });
    }

    @ResetHandler
    void reset() {
        views.tickets.deleteAll();
    }
}
