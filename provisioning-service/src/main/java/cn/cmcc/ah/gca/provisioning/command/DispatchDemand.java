package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * GCD dispatches the form 2 for an accepted form 1 (Art. 17). {@code basis} is what provisioning's projection of
 * presale's events holds for that form 1; null when it knows no such form.
 */
public record DispatchDemand(
        @TargetAggregateIdentifier String formId,
        String confirmationFormId,
        ConfirmedForm basis,
        String remarks,
        Department actingDepartment,
        Instant at) {
}
