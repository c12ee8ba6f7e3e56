package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC receives the form 1; the receipt starts the Art. 11–14 clock. */
public record ReceiveConfirmationForm(
        @TargetAggregateIdentifier String formId,
        Department actingDepartment,
        Instant receivedAt) {
}
