package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The customer (a CUSTOMER token of the form's customer, {@code customerGroupId}) or the account manager (GCD) signs
 * form 4 (Art. 23).
 */
public record SignAcceptance(
        @TargetAggregateIdentifier String formId,
        String signedBy,
        String customerGroupId,
        Department actingDepartment,
        Instant at) {
}
