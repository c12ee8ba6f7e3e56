package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Add a product to the catalogue, mature or not (Art. 6–7); ADMIN or GCD. */
public record RegisterProduct(
        @TargetAggregateIdentifier String productCode,
        String name,
        boolean mature,
        Department actingDepartment,
        Instant registeredAt) {
}
