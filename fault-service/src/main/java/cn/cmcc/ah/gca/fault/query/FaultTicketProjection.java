package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultCircuitStopRequested;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultDiagnosed;
import cn.cmcc.ah.gca.events.fault.FaultDispatched;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultReopened;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.fault.command.FaultTicket.Status;
import cn.cmcc.ah.gca.support.query.HistoryEntry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static cn.cmcc.ah.gca.support.query.HistoryEntry.details;

/**
 * Keeps the fault-ticket views ({@link FaultQueries}) from the service's own event store: idempotent and replayable
 * (a view takes an event only if it is later in the ticket's stream than the last one it took); a reset empties them
 * for a replay from the first event. Every event records who did what in the ticket's history, and sets the status and
 * the department that holds the ticket after it.
 */
@Component
@ProcessingGroup(FaultTicketProjection.GROUP)
public class FaultTicketProjection {

    /**
     * Renamed with the views of issue 11 (was {@code fault-tickets-2}): a new name replays the store once, into the
     * new collections of {@link FaultQueries}.
     */
    public static final String GROUP = "fault-tickets-3";

    private final FaultQueries views;

    FaultTicketProjection(FaultQueries views) {
        this.views = views;
    }

    // ---- Art. 24: report and acceptance

    @EventHandler
    void on(FaultReported event, EventMessage<?> message) {
        Department reporting = department(message);
        for (String earlier : event.linkedTicketIds() == null ? List.<String>of() : event.linkedTicketIds()) {
            views.links.create(earlier + ">" + event.ticketId(), () -> {
                TicketLinkView link = new TicketLinkView();
                link.earlierTicketId = earlier;
                link.laterTicketId = event.ticketId();
                link.reportedAt = event.reportedAt();
                return link;
            });
        }
        views.tickets.create(event.ticketId(), () -> {
            FaultTicketView view = new FaultTicketView();
            view.ticketId = event.ticketId();
            view.circuitId = event.circuitId();
            view.customer = event.customer();
            view.channel = event.channel();
            view.symptom = event.symptom();
            view.contact = event.contact();
            view.status = Status.REPORTED;
            view.acceptingDepartment = event.acceptingDepartment();
            view.holder = event.holder() != null ? event.holder() : event.acceptingDepartment();
            view.since = event.reportedAt();
            if (event.linkedTicketIds() != null) {
                view.linkedTicketIds = new ArrayList<>(event.linkedTicketIds());
            }
            view.reportedBy = user(message);
            view.reportedByDepartment = reporting;
            view.reportedAt = event.reportedAt();
            view.history.add(HistoryEntry.of(event.reportedAt(), message, details("channel",
                    event.channel() == null ? "" : event.channel().name(), "circuitId", event.circuitId(),
                    "holder", name(view.holder), "linkedTicketIds", view.linkedTicketIds)));
            return view;
        });
    }

    @EventHandler
    void on(FaultAccepted event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.acceptedAt(), message, details(), view -> {
            view.acceptedBy = event.acceptedBy();
            view.acceptedAt = event.acceptedAt();
            // a direct report accepted by CSSC is CSSC's to diagnose at once (Art. 24, 26)
            view.holder = event.holder() != null ? event.holder() : event.acceptedBy();
            return view.holder == Department.MON ? Status.ACCEPTED : Status.DIAGNOSING;
        });
    }

    // ---- Art. 25–26: dispatch and pre-diagnosis

    @EventHandler
    void on(FaultDispatched event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.dispatchedAt(), message, details("note", text(event.note())),
                view -> {
                    view.dispatchNote = text(event.note());
                    view.dispatchedAt = event.dispatchedAt();
                    view.holder = event.holder();
                    return Status.DIAGNOSING;
                });
    }

    @EventHandler
    void on(FaultDiagnosed event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.diagnosedAt(), message, details("coreNetwork",
                event.coreNetwork(), "reasoning", event.reasoning()), view -> {
                    view.diagnosis = new FaultTicketView.Diagnosis(event.coreNetwork(), event.reasoning(),
                            event.diagnosedAt());
                    view.holder = event.holder();
                    return Status.REPAIRING;
                });
    }

    // ---- Art. 27–31: levels and repair

    @EventHandler
    void on(FaultEscalated event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.escalatedAt(), message, details("from", name(event.from()),
                "to", name(event.to()), "direction", event.direction().name(), "reason", event.reason()), view -> {
                    view.levelChanges.add(new FaultTicketView.LevelChange(event.from(), event.to(),
                            event.direction(), event.reason(), event.escalatedAt()));
                    view.holder = event.holder();
                    return Status.REPAIRING;
                });
    }

    @EventHandler
    void on(FaultRepaired event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.repairedAt(), message, details("repairedBy",
                name(event.repairedBy()), "cause", event.cause(), "action", event.action()), view -> {
                    view.repair = new FaultTicketView.Repair(event.repairedBy(), event.cause(), event.action(),
                            event.repairedAt());
                    view.holder = event.holder();
                    return Status.REPAIRED;
                });
    }

    // ---- Art. 27, 29, 31: the customer's answer; decision: reopening

    @EventHandler
    void on(FaultClearanceConfirmed event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.confirmedAt(), message, details("answeredBy",
                name(event.answeredBy()), "note", text(event.note())), view -> {
                    view.clearance = new FaultTicketView.Clearance(event.answeredBy(), text(event.note()),
                            event.confirmedAt());
                    view.holder = event.holder();
                    return Status.CLEARED;
                });
    }

    @EventHandler
    void on(FaultReopened event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.reopenedAt(), message, details("answeredBy",
                name(event.answeredBy()), "reason", event.reason()), view -> {
                    view.reopenings.add(new FaultTicketView.Reopening(event.answeredBy(), event.reason(),
                            event.holder(), event.reopenedAt()));
                    view.holder = event.holder();
                    return Status.REPAIRING;
                });
    }

    // ---- Art. 25, 27: reply and quality check; Art. 24: archive

    @EventHandler
    void on(FaultReplied event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.repliedAt(), message, details("summary", event.summary()),
                view -> {
                    view.reply = new FaultTicketView.Reply(event.summary(), event.repliedAt());
                    view.holder = event.holder();
                    return Status.REPLIED;
                });
    }

    @EventHandler
    void on(FaultQualityChecked event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.checkedAt(), message, details("passed", event.passed(),
                "findings", text(event.findings())), view -> {
                    view.qualityChecks.add(new FaultTicketView.QualityCheck(event.passed(), text(event.findings()),
                            event.checkedAt()));
                    view.holder = event.holder();
                    return event.passed() ? Status.CHECKED : Status.CLEARED;
                });
    }

    @EventHandler
    void on(FaultArchived event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.archivedAt(), message, details(), view -> {
            view.archivedAt = event.archivedAt();
            view.holder = event.holder();
            return Status.ARCHIVED;
        });
    }

    // ---- Art. 33–34: a form 5 stops the circuit while the ticket is open

    @EventHandler
    void on(FaultCircuitStopRequested event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.ticketId(), sequence, event.notedAt(), message, details("formId", event.formId(),
                "requestType", event.requestType() == null ? "" : event.requestType().name(),
                "reason", text(event.reason())), view -> {
                    view.stopRequests.add(new FaultTicketView.StopRequest(event.formId(), event.requestType(),
                            text(event.reason()), event.notedAt()));
                    // the ticket goes on as before: same status, same holder
                    return view.status;
                });
    }

    // ---- mechanics

    /** What an event does to a view; answers the status after it. */
    private interface Change {
        Status apply(FaultTicketView view);
    }

    /**
     * Applies a later event of the ticket: its change, the status, since when, and the history entry with the holder.
     */
    private void update(String ticketId, long sequence, Instant at, EventMessage<?> message,
                        Map<String, Object> details, Change change) {
        Consumer<FaultTicketView> step = view -> {
            Status before = view.status;
            Department holderBefore = view.holder;
            view.status = change.apply(view);
            if (view.status != before || view.holder != holderBefore) {
                view.since = at;
            }
            details.put("holder", name(view.holder));
            view.history.add(HistoryEntry.of(at, message, details));
        };
        views.tickets.apply(ticketId, sequence, step);
    }

    private static Department department(EventMessage<?> message) {
        Object department = message.getMetaData().get(MetadataKeys.ACTING_DEPARTMENT);
        return department == null ? null : Department.valueOf(department.toString());
    }

    private static String user(EventMessage<?> message) {
        Object user = message.getMetaData().get(MetadataKeys.ACTING_USER);
        return user == null ? "" : user.toString();
    }

    private static String name(Department department) {
        return department == null ? "" : department.name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @ResetHandler
    void reset() {
        views.tickets.deleteAll();
        views.links.deleteAll();
    }
}
