package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * CSSC replies to the form 1 with the end-to-end network solution (Art. 15); the capability of each point comes from
 * the assessments and ENG's answers already on the form.
 *
 * @param solutionSummary the solution as free text
 * @param solutionLines   route, equipment/port and bandwidth per point and segment
 */
public record ReplyWithResourceConfirmation(
        @TargetAggregateIdentifier String formId,
        String solutionSummary,
        List<NetworkSolutionLine> solutionLines,
        Department actingDepartment,
        Instant confirmedAt) {
}
