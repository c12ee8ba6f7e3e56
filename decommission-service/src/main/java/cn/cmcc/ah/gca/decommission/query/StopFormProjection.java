package cn.cmcc.ah.gca.decommission.query;

import cn.cmcc.ah.gca.decommission.command.NextMove;
import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.AdjustmentStalled;
import cn.cmcc.ah.gca.events.decommission.CircuitFormClosed;
import cn.cmcc.ah.gca.events.decommission.CircuitFormOpened;
import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.decommission.LastMileRestored;
import cn.cmcc.ah.gca.events.decommission.LastMileSuspended;
import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeConfirmed;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeRequested;
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
 * Keeps the form 5 views and the circuits' status ({@link StopFormQueries}) from the service's own event store:
 * idempotent and replayable (a view takes an event only if it is later in its aggregate's stream than the last one
 * it took); a reset empties them for a replay. Every form event records who did what in the form's history and sets
 * whose move it is after it, by the form's own rule ({@link NextMove}).
 */
@Component
@ProcessingGroup(StopFormProjection.GROUP)
public class StopFormProjection {

    public static final String GROUP = "decommission-forms";

    private final StopFormQueries views;

    StopFormProjection(StopFormQueries views) {
        this.views = views;
    }

    // ---- dispatch and acceptance (Art. 33–37)

    @EventHandler
    void on(StopFormDispatched event, EventMessage<?> message) {
        views.forms.create(event.formId(), () -> {
            StopFormView view = dispatched(event.formId(), event.requestType(), event.dispatchedAt(), message);
            view.customer = event.customer();
            view.circuitIds = new ArrayList<>(event.circuitIds());
            view.reason = event.reason();
            view.requestedDate = event.requestedDate();
            view.openFaultTicketIds = new ArrayList<>(event.openFaultTicketIds());
            view.openTicketReason = text(event.openTicketReason());
            return moved(view, null, event.dispatchedAt(), message, details("requestType", event.requestType().name(),
                    "circuitIds", event.circuitIds(), "reason", event.reason(), "openFaultTicketIds",
                    event.openFaultTicketIds()));
        });
    }

    @EventHandler
    void on(AdjustmentRequested event, EventMessage<?> message) {
        views.forms.create(event.formId(), () -> {
            StopFormView view = dispatched(event.formId(), StopRequestType.ADJUSTMENT, event.dispatchedAt(), message);
            view.customer = event.customer();
            view.circuitIds = new ArrayList<>(List.of(event.circuitId()));
            view.reason = event.reason();
            view.requestedDate = event.requestedDate();
            view.stopFirst = event.stopFirst();
            view.stopFirstReason = text(event.stopFirstReason());
            return moved(view, null, event.dispatchedAt(), message, details("requestType", "ADJUSTMENT", "circuitIds",
                    view.circuitIds, "reason", event.reason(), "stopFirst", event.stopFirst()));
        });
    }

    private static StopFormView dispatched(String formId, StopRequestType type, Instant at, EventMessage<?> message) {
        StopFormView view = new StopFormView();
        view.formId = formId;
        view.requestType = type;
        view.status = Status.DISPATCHED;
        view.dispatchedBy = user(message);
        view.dispatchedAt = at;
        return view;
    }

    @EventHandler
    void on(StopFormAccepted event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.acceptedAt(), message, details("note", event.note()), view -> {
            view.status = Status.ACCEPTED;
            view.acceptanceNote = event.note();
            view.acceptedAt = event.acceptedAt();
        });
    }

    @EventHandler
    void on(AdjustmentClassified event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.classifiedAt(), message, details("classification",
                event.classification().name(), "note", event.note()), view -> {
                    view.status = Status.ACCEPTED;
                    view.classification = event.classification();
                    view.acceptanceNote = event.note();
                    view.acceptedAt = event.classifiedAt();
                });
    }

    // ---- release, last mile, status change (Art. 34)

    @EventHandler
    void on(ResourceReleased event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.releasedAt(), message, details("circuitId", event.circuitId(),
                "segment", event.segment().name(), "note", event.note()), view -> view.releases.add(
                        new StopFormView.Release(event.circuitId(), event.segment(), event.note(),
                                event.releasedAt())));
    }

    @EventHandler
    void on(LastMileSuspended event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.suspendedAt(), message, details("circuitId", event.circuitId(),
                "note", event.note()), view -> view.lastMiles.add(new StopFormView.LastMile(event.circuitId(), false,
                        event.note(), event.suspendedAt())));
    }

    @EventHandler
    void on(LastMileRestored event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.restoredAt(), message, details("circuitId", event.circuitId(),
                "note", event.note()), view -> view.lastMiles.add(new StopFormView.LastMile(event.circuitId(), true,
                        event.note(), event.restoredAt())));
    }

    @EventHandler
    void on(StopStatusChangeRequested event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.requestedAt(), message, details("units", event.units()), view -> {
            view.status = Status.STATUS_CHANGE;
            view.statusChangeRequestedAt = event.requestedAt();
            event.units().forEach(unit -> view.statusChanges.add(new StopFormView.StatusChange(unit, null, "")));
        });
    }

    @EventHandler
    void on(StopStatusChangeConfirmed event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.confirmedAt(), message, details("unit", event.unit(), "note",
                event.note()), view -> {
                    view.statusChanges.replaceAll(change -> change.unit().equals(event.unit())
                            ? new StopFormView.StatusChange(event.unit(), event.confirmedAt(), event.note()) : change);
                    if (view.statusChanges.stream().noneMatch(StopFormView.StatusChange::open)) {
                        view.status = Status.ACCEPTED;
                    }
                });
    }

    // ---- an adjustment's progress (Art. 35–37)

    @EventHandler
    void on(AdjustmentLinked event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.linkedAt(), message, details("link", event.link().name(),
                "linkedFormId", event.linkedFormId()), view -> view.links.put(event.link(), event.linkedFormId()));
    }

    @EventHandler
    void on(AdjustmentNewLineActivated event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.activatedAt(), message, details("newCircuitId",
                event.newCircuitId(), "demandFormId", event.demandFormId()),
                view -> view.newCircuitId = event.newCircuitId());
    }

    @EventHandler
    void on(AdjustmentStalled event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.stalledAt(), message, details("waitingFor",
                event.waitingFor().name(), "waitingSince", String.valueOf(event.waitingSince())), view -> {
                    if (event.waitingFor() == view.waitingFor) {
                        view.stalled = true;
                    }
                });
    }

    @EventHandler
    void on(AdjustmentEnded event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.endedAt(), message, details("outcome", event.outcome().name(),
                "linkedFormId", event.linkedFormId(), "reason", event.reason()), view -> {
                    view.status = Status.ENDED;
                    view.outcome = event.outcome();
                    view.outcomeReason = event.reason();
                    view.closedAt = event.endedAt();
                });
    }

    @EventHandler
    void on(StopFormWithdrawn event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.withdrawnAt(), message, details("reason", event.reason()), view -> {
            view.status = Status.WITHDRAWN;
            view.withdrawalReason = event.reason();
            view.closedAt = event.withdrawnAt();
        });
    }

    @EventHandler
    void on(StopFormCompleted event, @SequenceNumber long sequence, EventMessage<?> message) {
        update(event.formId(), sequence, event.completedAt(), message, details("newCircuitId", event.newCircuitId(),
                "changeFormId", event.changeFormId()), view -> {
                    view.status = Status.COMPLETED;
                    view.changeFormId = text(event.changeFormId());
                    view.closedAt = event.completedAt();
                });
    }

    // ---- the circuits (CircuitLine, keyed by circuit id)

    @EventHandler
    void on(CircuitFormOpened event, @SequenceNumber long sequence) {
        circuit(event.circuitId(), sequence, view -> {
            view.openFormId = event.formId();
            if (!view.formIds.contains(event.formId())) {
                view.formIds.add(event.formId());
            }
        });
    }

    @EventHandler
    void on(CircuitStatusChanged event, @SequenceNumber long sequence) {
        circuit(event.circuitId(), sequence, view -> {
            view.status = event.status();
            view.statusFormId = text(event.formId());
            view.statusChangedAt = event.changedAt();
        });
    }

    @EventHandler
    void on(CircuitFormClosed event, @SequenceNumber long sequence) {
        circuit(event.circuitId(), sequence, view -> {
            if (event.formId().equals(view.openFormId)) {
                view.openFormId = "";
            }
        });
    }

    // ---- mechanics

    private void circuit(String circuitId, long sequence, Consumer<CircuitStateView> change) {
        views.circuits.create(circuitId, sequence, () -> {
            CircuitStateView view = new CircuitStateView();
            view.circuitId = circuitId;
            change.accept(view);
            return view;
        });
        views.circuits.apply(circuitId, sequence, change);
    }

    /** Applies a later event of the form: its change, whose move it is after it, and the history entry. */
    private void update(String formId, long sequence, Instant at, EventMessage<?> message,
                        Map<String, Object> details, Consumer<StopFormView> change) {
        views.forms.apply(formId, sequence, view -> {
            Status before = view.status;
            change.accept(view);
            moved(view, before, at, message, details);
        });
    }

    /**
     * Sets whose move it is and what an adjustment waits for, since when (a new status or a new holder), and records
     * the history entry; {@code before} is the status before the event, null for the dispatch.
     */
    private static StopFormView moved(StopFormView view, Status before, Instant at, EventMessage<?> message,
                                      Map<String, Object> details) {
        NextMove move = view.move();
        Department holder = move.holder();
        if (view.since == null || holder != view.holder || view.status != before) {
            view.since = at;
        }
        view.holder = holder;
        if (move.waitingFor() != view.waitingFor) {
            view.waitingFor = move.waitingFor();
            view.waitingSince = move.waitingFor() == null ? null : at;
            view.stalled = false;
        }
        details.put("holder", holder == null ? "" : holder.name());
        view.history.add(HistoryEntry.of(at, message, details));
        return view;
    }

    private static String user(EventMessage<?> message) {
        Object user = message.getMetaData().get(MetadataKeys.ACTING_USER);
        return user == null ? "" : user.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @ResetHandler
    void reset() {
        views.forms.deleteAll();
        views.circuits.deleteAll();
    }
}
