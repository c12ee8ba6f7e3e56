package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.Department;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step in the life of a circuit, filed under the subject it was taken on (a form, ticket or circuit id): who did
 * what, when, as which department (from the event's metadata), and what it decided. One per event and subject it is
 * filed under, keyed by the event's identifier, so a redelivered or replayed record never adds a second one.
 */
public class HistoryEntryView {

    /**
     * Time order; steps of one instant (a form 5's step and the circuit change it made, told at the step's time) in
     * the order their services recorded them, then in the order of a line's life, then of their subject's stream.
     */
    public static final Comparator<HistoryEntryView> IN_TIME_ORDER = Comparator
            .comparing((HistoryEntryView entry) -> entry.at)
            .thenComparing(entry -> entry.recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(entry -> entry.kind)
            .thenComparing(entry -> entry.subjectId)
            .thenComparingLong(entry -> entry.sequence)
            .thenComparing(entry -> entry.eventId);

    /** when its service recorded the event (the message's timestamp) */
    public Instant recordedAt;
    /** the event's identifier (the CloudEvent id) */
    public String eventId;
    /** the form, ticket or circuit id whose entries this one is listed with */
    public String filedUnder;
    public SubjectKind kind;
    /** the form, ticket or circuit number, or for an SLA clock its clock id ({@code ruleId:subjectId}) */
    public String subjectId;
    /** the event's business instant */
    public Instant at;
    /** the event's sequence in its aggregate's stream */
    public long sequence;
    /** the CloudEvents type, e.g. {@code gca.fault.FaultArchived.v1} */
    public String type;
    /** the event name, e.g. {@code FaultArchived} */
    public String event;
    /** the acting department; null when the metadata names none */
    public Department department;
    /** the acting user; empty when the metadata names none */
    public String user = "";
    /** the access point of a form's step, empty when the step is about the whole form */
    public String pointId = "";
    /** the circuits a form 5's step is about, when it names some of them only; empty for all */
    public List<String> circuitIds = new ArrayList<>();
    public Map<String, Object> details = new LinkedHashMap<>();

    /** Whether this step belongs to the history of {@code circuitId}, whose point is {@code pointFilter} here. */
    boolean belongsTo(String circuitId, String pointFilter) {
        boolean otherPoint = !pointId.isEmpty() && !pointFilter.isEmpty() && !pointId.equals(pointFilter);
        boolean otherCircuits = !circuitIds.isEmpty() && !circuitIds.contains(circuitId);
        return !otherPoint && !otherCircuits;
    }
}
