package cn.cmcc.ah.gca.sla.query;

import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** Read model of an SLA clock, as the REST API and the dashboards show it. */
public record SlaClockView(
        @BsonId String clockId,
        String ruleId,
        String article,
        String subjectId,
        String customerGroupId,
        String serviceLevel,
        String responsibleDepartment,
        String state,
        Instant startedAt,
        Instant warnAt,
        Instant deadline,
        boolean provisional,
        Instant warnedAt,
        Instant breachedAt,
        Instant stoppedAt,
        Boolean met,
        Long overrunSeconds) {

    public static final String RUNNING = "RUNNING";
    public static final String STOPPED = "STOPPED";
}
