package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * GCD co-signed the written record of a blocked construction (Art. 22). Pauses the {@code provisioning.activation}
 * clock from {@code blockedAt} (decision, workflow-en.md: only a record GCD co-signs pauses it); with
 * {@link BlockDecision#CANCEL} the form 2 is cancelled ({@link DemandCancelled} follows).
 *
 * @param formId           the form 2
 * @param blockId          the block
 * @param agreedHandling   as written
 * @param activationResult as written
 * @param decision         as written
 * @param csscSignatory     CSSC's signatory
 * @param gcdSignatory      GCD's signatory (user id)
 * @param blockedAt        when construction stopped (the start of the pause)
 * @param coSignedAt       when GCD signed
 */
@Revision("1")
public record BlockRecordCoSigned(
        String formId,
        String blockId,
        String agreedHandling,
        String activationResult,
        BlockDecision decision,
        String csscSignatory,
        String gcdSignatory,
        Instant blockedAt,
        Instant coSignedAt) {
}
