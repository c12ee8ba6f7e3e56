package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.AddedInRevision;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * CSSC replied to the form 1: the capability of every access point and the end-to-end network solution (Art. 11–15).
 * Stops the {@code presale.confirmation} clock, whose start and final outcome counts it repeats. Self-contained:
 * together with {@link NegotiationRecorded} it is all provisioning needs for a form 2 (Art. 17–20).
 * <p>
 * Revision 2 added {@code pointsPerOutcome}. Read from revision 1 it is absent (nothing is derived by the upcasters):
 * consumers of such events fall back to {@code pointCounts}, or count the outcomes of {@code points[].segments}.
 *
 * @param formId           the form
 * @param request          customer, product, bandwidth, dates, people, adjustment link (Art. 35)
 * @param points           capability per access point, with ready and planned in-service dates
 * @param solution         the end-to-end network solution (Art. 15)
 * @param pointCounts      final points per most severe outcome (see {@link OutcomeCounts})
 * @param pointsPerOutcome final points with at least one segment of each outcome (see {@link PointsPerOutcome});
 *                         {@code null} (absent from the JSON) only for an event stored or published as revision 1
 * @param receivedAt       when CSSC received the form: the start of the Art. 11–14 limit
 * @param confirmedAt      when CSSC replied
 */
@Revision("2")
public record ResourceConfirmed(
        String formId,
        ResourceRequest request,
        List<PointCapability> points,
        NetworkSolution solution,
        OutcomeCounts pointCounts,
        @MayBeAbsent @AddedInRevision("2") PointsPerOutcome pointsPerOutcome,
        Instant receivedAt,
        Instant confirmedAt) {

    public ResourceConfirmed {
        points = List.copyOf(points);
    }
}
