package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Mark a product mature or not (Art. 6–7); ADMIN or GCD. Setting the maturity it already has changes nothing. */
public record ChangeProductMaturity(
        @TargetAggregateIdentifier String productCode,
        boolean mature,
        String reason,
        Department actingDepartment,
        Instant changedAt) {
}
