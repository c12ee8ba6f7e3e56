package cn.cmcc.ah.gca.events.presale;

import cn.cmcc.ah.gca.events.AddedInRevision;
import cn.cmcc.ah.gca.events.MayBeAbsent;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC assessed one segment of one access point (Art. 10–14), or corrected an earlier assessment of it before the
 * reply. Every correction is a new event, so the history keeps each one.
 * <p>
 * {@code pointsPerOutcome} is the {@code presale.confirmation} input after this assessment: the deadline is the
 * longest limit among the outcomes counted (sla-rules.md), measured from {@link ConfirmationFormReceived#receivedAt()},
 * and a point counts under every outcome one of its segments has (see {@link PointsPerOutcome}). {@code pointCounts}
 * counts each point once, under its most severe segment outcome (see {@link OutcomeCounts}).
 * <p>
 * Revision 2 added {@code pointsPerOutcome}. A revision 1 event cannot supply it (it carries one segment and the
 * counts by most severe outcome), so read from revision 1 it is absent: consumers of such events fall back to
 * {@code pointCounts}.
 *
 * @param formId           the form
 * @param pointId          the access point
 * @param assessment       segment, outcome, ready date (Art. 13) and note
 * @param correction       true when this segment had been assessed before
 * @param pointCounts      points per most severe outcome on the whole form, this assessment included
 * @param pointsPerOutcome points with at least one segment of each outcome on the whole form, this assessment
 *                         included; {@code null} (absent from the JSON) only for an event stored or published as
 *                         revision 1
 * @param assessedAt       when
 */
@Revision("2")
public record SegmentAssessed(
        String formId,
        String pointId,
        SegmentAssessment assessment,
        boolean correction,
        OutcomeCounts pointCounts,
        @MayBeAbsent @AddedInRevision("2") PointsPerOutcome pointsPerOutcome,
        Instant assessedAt) {
}
