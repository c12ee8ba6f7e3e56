package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.Segment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CSSC records the release of one segment of a circuit (Art. 34, permanent stop). */
public record ReleaseResource(@TargetAggregateIdentifier String formId, String circuitId, Segment segment, String note,
                              Department actingDepartment, Instant at) {
}
