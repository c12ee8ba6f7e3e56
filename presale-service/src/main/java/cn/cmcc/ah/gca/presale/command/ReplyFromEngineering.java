package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * ENG answers the referral of one access point: project approved or not, and when it will be in service
 * (Art. 12, 14).
 *
 * @param plannedInServiceDate required when approved, absent (null) otherwise
 * @param today                the calendar day in Asia/Shanghai, for the planned-date rule
 */
public record ReplyFromEngineering(
        @TargetAggregateIdentifier String formId,
        String pointId,
        boolean projectApproved,
        LocalDate plannedInServiceDate,
        String remarks,
        Department actingDepartment,
        LocalDate today,
        Instant repliedAt) {
}
