package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** GCD withdraws its form 1 before CSSC replies, giving the reason. */
public record WithdrawConfirmationForm(
        @TargetAggregateIdentifier String formId,
        String reason,
        Department actingDepartment,
        Instant withdrawnAt) {
}
