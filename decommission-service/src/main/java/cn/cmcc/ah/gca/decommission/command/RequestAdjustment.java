package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * GCD dispatches a form 5 flagged as an adjustment of a circuit (Art. 35); its number is the adjustment id GCD quotes
 * on the form 1 it dispatches to presale.
 *
 * @param known           the circuit as decommission-service knows it; null when provisioning never activated it
 * @param stopFirst       stop the old circuit before the new one is activated (Art. 4), with {@code stopFirstReason}
 */
public record RequestAdjustment(
        @TargetAggregateIdentifier String formId,
        String circuitId,
        CircuitOnRecord known,
        String reason,
        String requestedDate,
        boolean stopFirst,
        String stopFirstReason,
        Department actingDepartment,
        Instant at) {
}
