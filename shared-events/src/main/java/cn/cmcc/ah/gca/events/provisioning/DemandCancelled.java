package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The form 2 was cancelled by the co-signed record of a blocked construction (Art. 22). Ends every clock of the form
 * without a verdict; its form 1 stays used.
 *
 * @param formId      the form 2
 * @param blockId     the block whose record cancelled it
 * @param reason      the agreed handling, as written
 * @param cancelledAt when
 */
@Revision("1")
public record DemandCancelled(String formId, String blockId, String reason, Instant cancelledAt) {
}
