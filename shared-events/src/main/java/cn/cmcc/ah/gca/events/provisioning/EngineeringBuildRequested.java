package cn.cmcc.ah.gca.events.provisioning;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC handed the demand of an access point to ENG for the build decided at confirmation (Art. 19: 移交工程部立项建设),
 * as it accepted the form 2. Starts the {@code provisioning.engineering} clock, whose deadline is the planned
 * in-service date ENG replied at confirmation.
 *
 * @param formId               the form 2
 * @param pointId              the access point
 * @param buildId              {@code <formId>.<pointId>}: the clock's subject
 * @param customer             the group customer
 * @param plannedInServiceDate 拟投产时间 replied at confirmation, ISO-8601 (Art. 12/14, 19)
 * @param requestedAt          when
 */
@Revision("1")
public record EngineeringBuildRequested(
        String formId,
        String pointId,
        String buildId,
        CustomerRef customer,
        String plannedInServiceDate,
        Instant requestedAt) {
}
