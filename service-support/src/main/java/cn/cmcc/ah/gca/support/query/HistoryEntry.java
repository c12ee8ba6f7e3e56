package cn.cmcc.ah.gca.support.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step in the life of a form, template or ticket, as its view keeps it: who did what, when, as which department
 * (from the event's metadata). Staff see it whole; a service shows a customer the steps without the user.
 *
 * @param at         when the step was taken (the event's business instant)
 * @param event      the event name, e.g. {@code SegmentAssessed}
 * @param department the acting department; null for a step no department took
 * @param user       the acting user (token subject); empty when the metadata names none
 * @param details    what the step decided, e.g. point, segment, outcome
 */
public record HistoryEntry(Instant at, String event, Department department, String user,
                           Map<String, Object> details) {

    /** The step {@code message} records, at {@code at}, with {@code details}. */
    public static HistoryEntry of(Instant at, EventMessage<?> message, Map<String, Object> details) {
        Object department = message.getMetaData().get(MetadataKeys.ACTING_DEPARTMENT);
        return new HistoryEntry(at, message.getPayloadType().getSimpleName(),
                department == null ? null : Department.valueOf(department.toString()),
                String.valueOf(message.getMetaData().getOrDefault(MetadataKeys.ACTING_USER, "")), details);
    }

    /** Details in the order given: {@code details("pointId", "P1", "segment", CORE)}. */
    public static Map<String, Object> details(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("details come in key-value pairs");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }
}
