package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * ENG reported when the build will be complete (Art. 19: 同时反馈完成的时间). It should equal the planned in-service date
 * replied at confirmation; a different date is recorded as reported, and the deadline stays the planned date.
 *
 * @param formId         the form 2
 * @param pointId        the access point
 * @param buildId        {@code <formId>.<pointId>}
 * @param completionDate the date ENG reports, ISO-8601
 * @param matchesPlan    whether it equals the planned in-service date
 * @param note           ENG's note; may be empty
 * @param reportedAt     when
 */
@Revision("1")
public record EngineeringCompletionDateReported(
        String formId,
        String pointId,
        String buildId,
        String completionDate,
        boolean matchesPlan,
        String note,
        Instant reportedAt) {
}
