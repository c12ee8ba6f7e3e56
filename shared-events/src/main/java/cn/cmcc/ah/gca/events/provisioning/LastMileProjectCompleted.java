package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC completed its own last-mile project for an access point (Art. 20: 项目实施完毕); the last-mile resources are
 * registered next, then allocated.
 *
 * @param formId      the form 2
 * @param pointId     the access point
 * @param note        what was built; may be empty
 * @param completedAt when
 */
@Revision("1")
public record LastMileProjectCompleted(String formId, String pointId, String note, Instant completedAt) {
}
