package cn.cmcc.ah.gca.decommission.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** provisioning archived the configuration change's acceptance (Art. 37): the adjustment is complete. */
public record CompleteConfigurationChange(@TargetAggregateIdentifier String formId, String changeFormId, Instant at) {
}
