package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * CSSC writes and signs the record of a blocked construction: agreed handling, jointly confirmed activation result,
 * decision (Art. 22).
 */
public record WriteBlockRecord(
        @TargetAggregateIdentifier String formId,
        String blockId,
        String agreedHandling,
        String activationResult,
        BlockDecision decision,
        String signedBy,
        Department actingDepartment,
        Instant at) {
}
