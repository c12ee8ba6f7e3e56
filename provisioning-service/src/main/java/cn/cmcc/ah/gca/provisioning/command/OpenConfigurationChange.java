package cn.cmcc.ah.gca.provisioning.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Opens the form 2 of a configuration-only adjustment (Art. 37) when decommission-service classified it so; sent by
 * the intake of {@code gca.decommission.events}, never by a desk.
 *
 * @param formId           {@code RD-} + the form 5 ({@link FormNumbers#changeFormIdFor})
 * @param adjustmentFormId the form 5, e.g. {@code SD-2026-000002}
 * @param circuitId        the circuit adjusted
 * @param customerGroupId  the customer the classification names
 * @param circuit          what provisioning's own store holds of that circuit; null when it holds nothing
 * @param note             CSSC's note on the classification; may be empty
 * @param at               when CSSC classified the adjustment
 */
public record OpenConfigurationChange(
        @TargetAggregateIdentifier String formId,
        String adjustmentFormId,
        String circuitId,
        String customerGroupId,
        CircuitOnRecord circuit,
        String note,
        Instant at) {
}
