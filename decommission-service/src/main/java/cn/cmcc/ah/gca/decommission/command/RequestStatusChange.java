package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * CSSC passes the status change of the released resources to the units involved (Art. 34).
 *
 * @param units      the units named
 * @param knownUnits the units configured ({@code gca.decommission.resource-units})
 */
public record RequestStatusChange(@TargetAggregateIdentifier String formId, List<String> units, Set<String> knownUnits,
                                  Department actingDepartment, Instant at) {
}
