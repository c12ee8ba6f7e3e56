package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** CSSC passes the resource status change information to each RMU involved (Art. 21). */
public record PassStatusChangeInfo(
        @TargetAggregateIdentifier String formId,
        List<String> units,
        String details,
        Department actingDepartment,
        Instant at) {
    public PassStatusChangeInfo {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
