package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC wrote and signed the record of a blocked construction (Art. 22: 共同协商处理办法，并共同确认开通结果，以书面形式予以记录);
 * it takes effect when GCD co-signs it ({@link BlockRecordCoSigned}). A record written again replaces the unsigned one.
 *
 * @param formId           the form 2
 * @param blockId          the block
 * @param agreedHandling   处理办法: what GCD and CSSC agreed
 * @param activationResult 开通结果: the activation result both confirm (e.g. which points are active)
 * @param decision         continue or cancel
 * @param csscSignatory     the CSSC signatory (user id)
 * @param writtenAt        when CSSC signed
 */
@Revision("1")
public record BlockRecordWritten(
        String formId,
        String blockId,
        String agreedHandling,
        String activationResult,
        BlockDecision decision,
        String csscSignatory,
        Instant writtenAt) {
}
