package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * CSSC assesses, or corrects, one segment of one access point (Art. 10–14).
 *
 * @param readyDate for LAST_MILE_OPTIMIZABLE the date the resource will be ready (Art. 13); null otherwise
 * @param note      optional
 * @param today     the calendar day in Asia/Shanghai, for the ready-date rule
 */
public record AssessSegment(
        @TargetAggregateIdentifier String formId,
        String pointId,
        Segment segment,
        AssessmentOutcome outcome,
        LocalDate readyDate,
        String note,
        Department actingDepartment,
        LocalDate today,
        Instant assessedAt) {
}
