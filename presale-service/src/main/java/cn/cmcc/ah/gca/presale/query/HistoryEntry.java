package cn.cmcc.ah.gca.presale.query;

import java.time.Instant;
import java.util.Map;

/**
 * One step in the life of a form or template: who did what, when, as which department.
 *
 * @param sequence   the event's sequence number in its aggregate's stream (0 = the first)
 * @param at         when the step was taken (the event's business instant)
 * @param event      the event name, e.g. {@code SegmentAssessed}
 * @param department the acting department ({@code Department} code)
 * @param user       the acting user (token subject)
 * @param details    what the step decided, e.g. point, segment, outcome
 */
public record HistoryEntry(long sequence, Instant at, String event, String department, String user,
                           Map<String, Object> details) {
}
