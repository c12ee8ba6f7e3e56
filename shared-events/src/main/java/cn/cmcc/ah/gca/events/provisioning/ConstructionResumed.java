package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC resumed a blocked construction whose co-signed record said to continue (Art. 22). Resumes the
 * {@code provisioning.activation} clock.
 *
 * @param formId    the form 2
 * @param blockId   the block
 * @param note      may be empty
 * @param resumedAt when
 */
@Revision("1")
public record ConstructionResumed(String formId, String blockId, String note, Instant resumedAt) {
}
