package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Commands on an SLA clock. Every one of them is idempotent: a repeat changes nothing. */
public final class SlaClockCommands {

    private SlaClockCommands() {
    }

    /** {@code serviceLevel} is {@code null} for a clock whose subject has no customer service level. */
    public record StartClock(@TargetAggregateIdentifier String clockId, String ruleId, String article,
                             String subjectId, String customerGroupId, ServiceLevel serviceLevel,
                             Department responsibleDepartment, Instant startedAt, Instant warnAt, Instant deadline,
                             boolean provisional) {
    }

    public record RecordWarning(@TargetAggregateIdentifier String clockId, Instant at) {
    }

    public record RecordBreach(@TargetAggregateIdentifier String clockId, Instant at) {
    }

    public record StopClock(@TargetAggregateIdentifier String clockId, Instant at) {
    }

    public static String clockId(String ruleId, String subjectId) {
        return ruleId + ":" + subjectId;
    }
}
