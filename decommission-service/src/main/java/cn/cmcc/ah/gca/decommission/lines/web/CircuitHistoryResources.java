package cn.cmcc.ah.gca.decommission.lines.web;

import cn.cmcc.ah.gca.decommission.lines.HistoryEntryView;
import cn.cmcc.ah.gca.decommission.lines.SubjectKind;
import cn.cmcc.ah.gca.events.Department;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/**
 * What callers see of a circuit's history: mapped from the stored steps, so storage details (where a step is filed,
 * the points and circuits it is filtered by, its sequence) never show. A customer sees what was done and by which
 * department, never who in the operator did it.
 */
final class CircuitHistoryResources {

    private CircuitHistoryResources() {
    }

    /** What a step was taken on. */
    record HistorySubject(SubjectKind kind,
                   @Schema(description = "form, ticket or circuit number; for an SLA clock its id ruleId:subjectId")
                   String id) {
    }

    /** One step in the circuit's life. */
    record HistoryStep(
            Instant at,
            @Schema(description = "CloudEvents type, e.g. gca.fault.FaultArchived.v1") String type,
            @Schema(description = "event name, e.g. FaultArchived") String event,
            HistorySubject subject,
            @Schema(description = "the acting department; absent when the event names none", nullable = true)
            Department department,
            @Schema(description = "the acting user; empty when none, and for a customer's read of the operator's steps")
            String user,
            @Schema(description = "what the step decided: status, outcome, segment, rule, verdict …")
            Map<String, Object> details) {

        static HistoryStep of(HistoryEntryView view, boolean forStaff) {
            boolean namesShown = forStaff || view.department == Department.CUSTOMER;
            return new HistoryStep(view.at, view.type, view.event, new HistorySubject(view.kind, view.subjectId),
                    view.department, namesShown ? view.user : "", view.details);
        }
    }
}
