package cn.cmcc.ah.gca.events.provisioning;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The customer or the account manager signed form 4 (Art. 23: 让用户及客户经理进行签字确认). With both signatures
 * ({@code complete}) the {@code provisioning.acceptance} clock stops.
 *
 * @param formId    the form 2
 * @param signatory who signed
 * @param signerName the signer's name as signed
 * @param complete  true when this signature is the second one
 * @param signedAt  when
 */
@Revision("1")
public record AcceptanceSignatureAdded(String formId, Signatory signatory, String signerName, boolean complete,
                                       Instant signedAt) {
}
