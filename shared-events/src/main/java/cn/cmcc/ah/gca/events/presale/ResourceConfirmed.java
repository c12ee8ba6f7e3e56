package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * CSSC replied to the form 1: the capability of every access point and the end-to-end network solution (Art. 11–15).
 * Stops the {@code presale.confirmation} clock, whose start and final outcome counts it repeats. Self-contained:
 * together with {@link NegotiationRecorded} it is all provisioning needs for a form 2 (Art. 17–20).
 *
 * @param formId      the form
 * @param request     customer, product, bandwidth, dates, people, adjustment link (Art. 35)
 * @param points      capability per access point, with ready and planned in-service dates
 * @param solution    the end-to-end network solution (Art. 15)
 * @param pointCounts final points per outcome (see {@link OutcomeCounts})
 * @param receivedAt  when CSSC received the form: the start of the Art. 11–14 limit
 * @param confirmedAt when CSSC replied
 */
@Revision("1")
public record ResourceConfirmed(
        String formId,
        ResourceRequest request,
        List<PointCapability> points,
        NetworkSolution solution,
        OutcomeCounts pointCounts,
        Instant receivedAt,
        Instant confirmedAt) {

    public ResourceConfirmed {
        points = List.copyOf(points);
    }
}
