package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Optional;

/**
 * A resource management unit confirms it changed the status (Art. 34).
 *
 * @param unit       the unit confirming
 * @param actingUnit the caller's own unit when its token names one (it may then confirm only that one)
 */
public record ConfirmStatusChange(@TargetAggregateIdentifier String formId, String unit, String note,
                                  Optional<String> actingUnit, Department actingDepartment, Instant at) {
}
