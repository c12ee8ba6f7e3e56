package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * GCD consolidated the reply and recorded how the negotiation with the customer ended (Art. 16). ACCEPTED makes the
 * form the basis of a form 2 (Art. 17); RENEGOTIATE names the new form 1 that replaces it. Repeats what CSSC
 * confirmed, so that provisioning can act on this event alone.
 *
 * @param formId     the form
 * @param outcome    ACCEPTED, DECLINED or RENEGOTIATE
 * @param newFormId  for RENEGOTIATE the number of the new form 1; empty otherwise
 * @param note       GCD's note on the negotiation; may be empty
 * @param request    as dispatched (customer, product, bandwidth, adjustment link)
 * @param points     capability per access point, as confirmed
 * @param solution   the network solution, as confirmed
 * @param recordedAt when
 */
@Revision("1")
public record NegotiationRecorded(
        String formId,
        NegotiationOutcome outcome,
        String newFormId,
        String note,
        ResourceRequest request,
        List<PointCapability> points,
        NetworkSolution solution,
        Instant recordedAt) {

    public NegotiationRecorded {
        points = List.copyOf(points);
    }
}
