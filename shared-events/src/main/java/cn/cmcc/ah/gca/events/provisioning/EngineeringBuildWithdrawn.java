package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The ENG build of an access point is no longer wanted: its form 2 was cancelled (Art. 22) before the build went into
 * service. Ends the {@code provisioning.engineering} clock without a verdict. Emitted with {@link DemandCancelled}.
 *
 * @param formId      the form 2
 * @param pointId     the access point
 * @param buildId     {@code <formId>.<pointId>}
 * @param reason      as the cancellation says
 * @param withdrawnAt when
 */
@Revision("1")
public record EngineeringBuildWithdrawn(String formId, String pointId, String buildId, String reason,
                                        Instant withdrawnAt) {
}
