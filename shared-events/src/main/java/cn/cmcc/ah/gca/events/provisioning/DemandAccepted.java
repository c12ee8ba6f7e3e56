package cn.cmcc.ah.gca.events.provisioning;

import cn.cmcc.ah.gca.events.CustomerRef;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC accepted the form 2 and, at the same time, applied for core and backbone resources and scheduled the last-mile
 * construction (Art. 17). Starts the {@code provisioning.activation} clock (decision, workflow-en.md Art. 22): until
 * the close of {@code plannedActivationDate}.
 *
 * @param formId                the form 2
 * @param kind                  a new line (ACTIVATION) or a configuration change (Art. 37): the
 *                              {@code provisioning.activation} clock runs for a new line only
 * @param customer              the group customer, with its service level
 * @param plannedActivationDate the date CSSC plans the activation by, ISO-8601; not before any point's ready date
 * @param resourceApplication   核心及接入主干资源申请: what CSSC applied for
 * @param lastMileScheduling    接入末端资源施工调度: how the last-mile construction is scheduled
 * @param acceptedAt            when
 */
@Revision("1")
public record DemandAccepted(
        String formId,
        DemandKind kind,
        CustomerRef customer,
        String plannedActivationDate,
        String resourceApplication,
        String lastMileScheduling,
        Instant acceptedAt) {
}
