package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * ENG reported the build in service (Art. 19: 资源按期投产). Stops the {@code provisioning.engineering} clock; the RMUs
 * now register the new resources.
 *
 * @param formId        the form 2
 * @param pointId       the access point
 * @param buildId       {@code <formId>.<pointId>}
 * @param inServiceDate the date it went into service, ISO-8601
 * @param note          ENG's note; may be empty
 * @param inServiceAt   when ENG reported it
 */
@Revision("1")
public record EngineeringBuildInService(
        String formId,
        String pointId,
        String buildId,
        String inServiceDate,
        String note,
        Instant inServiceAt) {
}
