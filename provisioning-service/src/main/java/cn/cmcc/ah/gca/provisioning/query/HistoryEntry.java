package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.Department;

import java.time.Instant;
import java.util.Map;

/**
 * One step in the life of a form: who did what, when, as which department (from the event's metadata).
 *
 * @param at         when the step was taken (the event's business instant)
 * @param event      the event name, e.g. {@code WorkOrderIssued}
 * @param department the acting department; null for a step no department took
 * @param user       the acting user (token subject)
 * @param details    what the step decided, e.g. point, work order, unit
 */
public record HistoryEntry(Instant at, String event, Department department, String user,
                           Map<String, Object> details) {
}
