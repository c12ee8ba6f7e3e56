package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.support.query.InvalidCursorException;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ReadFence;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStores;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One history per circuit, from every topic ({@link CircuitHistoryProjection}): its form 1, its form 2, its
 * activation, every fault ticket on it, every SLA clock on those, the forms 5 naming it, in time order.
 * <p>
 * Steps are filed per subject and subjects linked to circuits; a read follows the circuit's links (and a form's links
 * to its parts, at most {@value #MAX_DEPTH} deep) and reads the steps of those subjects, by unique keys only (each
 * subject's list and its entries; no secondary index is needed on MongoDB either), so a read costs the circuit's own
 * steps, never the store's. A form's step about another access point than the circuit's, or a form 5's step about
 * another of its circuits, is left out.
 * <p>
 * <b>No read fence</b>, as for {@link KnownCircuits}: the history is fed from topics, and shows a step once consumed.
 */
@Repository
public class CircuitHistory {

    /** Circuit → subject → part → part: an adjustment's form 5 → its change form 2 → that form's status changes. */
    static final int MAX_DEPTH = 3;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    final ViewStore<HistoryEntryView> entries;
    final ViewStore<SubjectLinkView> links;
    final ViewStore<HistoryCircuitView> circuits;

    public CircuitHistory(ViewStores stores) {
        String group = CircuitHistoryProjection.GROUP;
        this.entries = stores.builder("decommission_circuit_history_entries", HistoryEntryView.class, group)
                .id(view -> view.eventId + "@" + view.filedUnder)
                .listedIn(view -> List.of(entryList(view.filedUnder)))
                .readFence(ReadFence.NONE)
                .build();
        this.links = stores.builder("decommission_circuit_history_links", SubjectLinkView.class, group)
                .id(view -> linkId(view.owner, view.subjectId))
                .listedIn(view -> List.of(linkList(view.owner)))
                .readFence(ReadFence.NONE)
                .build();
        this.circuits = stores.builder("decommission_circuit_history_circuits", HistoryCircuitView.class, group)
                .id(view -> view.circuitId)
                .readFence(ReadFence.NONE)
                .build();
    }

    static String linkId(String owner, String subjectId) {
        return owner + ">" + subjectId;
    }

    private static String entryList(String subjectId) {
        return "s:" + subjectId;
    }

    private static String linkList(String owner) {
        return "to:" + owner;
    }

    /** The circuit, once its activation is consumed; empty before, or for a number that is none. */
    public Optional<HistoryCircuitView> circuit(String circuitId) {
        return circuits.find(circuitId);
    }

    /**
     * The circuit's history, oldest first, a page at a time; {@code next} is where the following page starts, so a
     * step consumed meanwhile into an earlier time shows on a new read, never twice across pages.
     */
    public Page<HistoryEntryView> history(HistoryCircuitView circuit, PageRequest page) {
        List<HistoryEntryView> all = steps(circuit);
        Optional<HistoryEntryView> after = page.cursor().map(cursor -> position(cursor, circuit.circuitId));
        List<HistoryEntryView> shown = new ArrayList<>();
        boolean more = false;
        for (HistoryEntryView step : all) {
            if (after.isPresent() && HistoryEntryView.IN_TIME_ORDER.compare(step, after.get()) <= 0) {
                continue;
            }
            if (shown.size() == page.limit()) {
                more = true;
                break;
            }
            shown.add(step);
        }
        String next = more ? cursor(circuit.circuitId, shown.get(shown.size() - 1)) : null;
        return Page.of(shown, next);
    }

    /** Every step of the circuit's life, each once, in time order. */
    List<HistoryEntryView> steps(HistoryCircuitView circuit) {
        Map<String, HistoryEntryView> steps = new LinkedHashMap<>();
        subjects(circuit).forEach((subjectId, pointFilter) -> {
            for (HistoryEntryView step : all(entries, entryList(subjectId))) {
                if (step.belongsTo(circuit.circuitId, pointFilter)) {
                    steps.putIfAbsent(step.eventId, step);
                }
            }
        });
        List<HistoryEntryView> ordered = new ArrayList<>(steps.values());
        ordered.sort(HistoryEntryView.IN_TIME_ORDER);
        return ordered;
    }

    /**
     * The subjects of the circuit's life, each with the access point its steps are shown for (empty for all): the
     * circuit, what is linked to it, and their parts; a part of a form for another access point is not followed.
     */
    private Map<String, String> subjects(HistoryCircuitView circuit) {
        Map<String, String> pointFilters = new LinkedHashMap<>();
        pointFilters.put(circuit.circuitId, "");
        List<String> owners = List.of(circuit.circuitId);
        for (int depth = 0; depth < MAX_DEPTH && !owners.isEmpty(); depth++) {
            List<String> found = new ArrayList<>();
            for (String owner : owners) {
                String ownerFilter = pointFilters.get(owner);
                for (SubjectLinkView link : all(links, linkList(owner))) {
                    boolean otherPoint = !ownerFilter.isEmpty() && !link.pointId.isEmpty()
                            && !ownerFilter.equals(link.pointId);
                    if (!otherPoint && !pointFilters.containsKey(link.subjectId)) {
                        pointFilters.put(link.subjectId, link.pointId.isEmpty() ? ownerFilter : link.pointId);
                        found.add(link.subjectId);
                    }
                }
            }
            owners = found;
        }
        return pointFilters;
    }

    private static <V> List<V> all(ViewStore<V> store, String list) {
        List<V> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<V> page = store.list(list, view -> true, request);
            all.addAll(page.items());
            if (page.next() == null) {
                return all;
            }
            request = new PageRequest(PageRequest.MAX_LIMIT, Optional.of(page.next()));
        }
    }

    // ---- cursors: the circuit and the last step shown, in the order's terms

    private static String cursor(String circuitId, HistoryEntryView last) {
        String text = String.join("\n", circuitId, last.at.toString(), String.valueOf(last.recordedAt),
                last.kind.name(), last.subjectId, Long.toString(last.sequence), last.eventId);
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The step a cursor of this circuit's history stopped at; {@link InvalidCursorException} for any other. */
    private static HistoryEntryView position(String cursor, String circuitId) {
        try {
            String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 7 || !parts[0].equals(circuitId)) {
                throw new InvalidCursorException();
            }
            HistoryEntryView position = new HistoryEntryView();
            position.at = Instant.parse(parts[1]);
            position.recordedAt = "null".equals(parts[2]) ? null : Instant.parse(parts[2]);
            position.kind = SubjectKind.valueOf(parts[3]);
            position.subjectId = parts[4];
            position.sequence = Long.parseLong(parts[5]);
            position.eventId = parts[6];
            return position;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCursorException();
        }
    }
}
