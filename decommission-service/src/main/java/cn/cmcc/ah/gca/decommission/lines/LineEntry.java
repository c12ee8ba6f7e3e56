package cn.cmcc.ah.gca.decommission.lines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one event is in the life of a circuit ({@link LineEvents}): the subject it was taken on, when, the point or
 * circuits it is about, what it decided, where it is filed, and which links between subjects it tells.
 */
final class LineEntry {

    /** A subject that belongs to an owner's life (see {@link SubjectLinkView}). */
    record Link(String owner, SubjectKind kind, String subjectId, String pointId) {
    }

    final SubjectKind kind;
    final String subjectId;
    final Instant at;
    final List<String> filedUnder = new ArrayList<>();
    final Map<String, Object> details = new LinkedHashMap<>();
    final List<Link> links = new ArrayList<>();
    String pointId = "";
    List<String> circuitIds = List.of();

    private LineEntry(SubjectKind kind, String subjectId, Instant at) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.at = at;
        filedUnder.add(subjectId);
    }

    static LineEntry of(SubjectKind kind, String subjectId, Instant at) {
        return new LineEntry(kind, subjectId, at);
    }

    /** An SLA clock's step, filed with the steps of the subject the clock watches. */
    static LineEntry clock(String clockId, String watchedSubjectId, Instant at) {
        LineEntry entry = new LineEntry(SubjectKind.SLA, clockId, at);
        entry.filedUnder.set(0, watchedSubjectId);
        return entry;
    }

    /** The step is about one access point of its form. */
    LineEntry point(String pointId) {
        this.pointId = pointId == null ? "" : pointId;
        return detail("pointId", pointId);
    }

    /** The step of a form 5 is about these of its circuits only. */
    LineEntry about(String... circuitIds) {
        this.circuitIds = List.of(circuitIds);
        return this;
    }

    /** Filed with the steps of {@code subjectId} too (a step of one subject that another's history shows). */
    LineEntry alsoFiledUnder(String subjectId) {
        if (present(subjectId)) {
            filedUnder.add(subjectId);
        }
        return this;
    }

    /** The subject belongs to the lives of these circuits. */
    LineEntry ofCircuits(Collection<String> circuitIds) {
        for (String circuitId : circuitIds) {
            link(circuitId, kind, subjectId, "");
        }
        return this;
    }

    /** {@code subjectId} of {@code kind} belongs to {@code owner}'s life, for the access point {@code pointId}. */
    LineEntry link(String owner, SubjectKind kind, String subjectId, String pointId) {
        if (present(owner) && present(subjectId)) {
            links.add(new Link(owner, kind, subjectId, pointId == null ? "" : pointId));
        }
        return this;
    }

    /** A part of this form that SLA clocks watch under an id of its own (an ENG build, a resource status change). */
    LineEntry part(String partId, String pointId) {
        return link(subjectId, kind, partId, pointId);
    }

    private static boolean present(String id) {
        return id != null && !id.isEmpty();
    }

    /** A detail; nothing for an absent or empty value, a constant by its name. */
    LineEntry detail(String key, Object value) {
        if (value instanceof Enum<?> constant) {
            details.put(key, constant.name());
        } else if (value instanceof Instant || value instanceof Collection<?> && !((Collection<?>) value).isEmpty()
                || value instanceof Boolean || value instanceof Number) {
            details.put(key, value instanceof Instant ? value.toString() : value);
        } else if (value instanceof String text && !text.isEmpty()) {
            details.put(key, text);
        }
        return this;
    }
}
