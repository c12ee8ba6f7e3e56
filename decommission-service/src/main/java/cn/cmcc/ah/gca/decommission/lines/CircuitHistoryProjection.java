package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.EventCatalog;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Keeps one history per circuit ({@link CircuitHistory}) from every topic, the service's own included: a tracking
 * processor on the Kafka source, so a reset replays the topics. What each event is in a line's life is
 * {@link LineEvents}' table; an event that is no step of a line is skipped.
 * <p>
 * Events come before their circuit exists (forms 1 and 2) and on topics in no common order, so nothing is copied
 * between subjects: each step is filed under its subject (a form, ticket or circuit id; an SLA clock's step under
 * what the clock watches), and subjects are linked to circuits (the forms at the activation, a ticket at its report,
 * a form 5 at its dispatch) or to forms (their parts); a read follows the links. Every write is keyed: a step by its
 * event's identifier and subject, a link by its two ends, so a redelivered or replayed record adds nothing.
 */
@Component
@ProcessingGroup(CircuitHistoryProjection.GROUP)
public class CircuitHistoryProjection {

    /** The processing group, fed by {@code streamableKafkaMessageSource}. */
    public static final String GROUP = "decommission-circuit-history";

    private static final Logger log = LoggerFactory.getLogger(CircuitHistoryProjection.class);

    private final CircuitHistory views;

    CircuitHistoryProjection(CircuitHistory views) {
        this.views = views;
    }

    /** Art. 21: the circuit's history can be read from its activation, by its customer too. */
    @EventHandler
    void on(CircuitActivated event, EventMessage<?> message) {
        views.circuits.create(event.circuitId(), () -> {
            HistoryCircuitView view = new HistoryCircuitView();
            view.circuitId = event.circuitId();
            view.customer = event.customer();
            view.pointId = event.point().pointId();
            view.confirmationFormId = event.confirmationFormId();
            view.demandFormId = event.demandFormId();
            view.activatedAt = event.activatedAt();
            return view;
        });
        record(message);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        record(message);
    }

    private void record(EventMessage<?> message) {
        Optional<LineEntry> read;
        try {
            read = LineEvents.entryOf(message.getPayload());
        } catch (RuntimeException e) {
            // another service's malformed record must not stop every circuit's history: skipped, and said so
            log.warn("Event {} ({}) skipped in the circuits' history: {}", message.getIdentifier(),
                    message.getPayloadType().getSimpleName(), e.toString());
            return;
        }
        read.ifPresent(entry -> {
            for (LineEntry.Link link : entry.links) {
                views.links.create(CircuitHistory.linkId(link.owner(), link.subjectId()), () -> linkOf(link));
            }
            for (String filedUnder : entry.filedUnder) {
                if (filedUnder != null && !filedUnder.isEmpty()) {
                    views.entries.create(message.getIdentifier() + "@" + filedUnder,
                            () -> entryOf(entry, filedUnder, message));
                }
            }
        });
    }

    private static SubjectLinkView linkOf(LineEntry.Link link) {
        SubjectLinkView view = new SubjectLinkView();
        view.owner = link.owner();
        view.kind = link.kind();
        view.subjectId = link.subjectId();
        view.pointId = link.pointId();
        return view;
    }

    private static HistoryEntryView entryOf(LineEntry entry, String filedUnder, EventMessage<?> message) {
        HistoryEntryView view = new HistoryEntryView();
        view.eventId = message.getIdentifier();
        view.filedUnder = filedUnder;
        view.kind = entry.kind;
        view.subjectId = entry.subjectId;
        view.at = entry.at != null ? entry.at : message.getTimestamp();
        view.recordedAt = message.getTimestamp();
        view.sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        view.event = message.getPayloadType().getSimpleName();
        view.type = EventCatalog.byClassName(message.getPayloadType().getName())
                .map(EventCatalog.Entry::cloudEventType).orElse(view.event);
        view.department = department(message);
        Object user = message.getMetaData().get(MetadataKeys.ACTING_USER);
        view.user = user == null ? "" : user.toString();
        view.pointId = entry.pointId;
        view.circuitIds = new ArrayList<>(entry.circuitIds);
        view.details = new LinkedHashMap<>(entry.details);
        return view;
    }

    /** The acting department; null when the metadata names none, or none this service knows. */
    private static Department department(EventMessage<?> message) {
        Object department = message.getMetaData().get(MetadataKeys.ACTING_DEPARTMENT);
        try {
            return department == null ? null : Department.valueOf(department.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @ResetHandler
    void reset() {
        views.entries.deleteAll();
        views.links.deleteAll();
        views.circuits.deleteAll();
    }
}
