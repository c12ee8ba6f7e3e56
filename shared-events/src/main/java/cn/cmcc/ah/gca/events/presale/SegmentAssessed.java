package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CSSC assessed one segment of one access point (Art. 10–14), or corrected an earlier assessment of it before the
 * reply. Every correction is a new event, so the history keeps each one.
 * <p>
 * {@code pointCounts} is the {@code presale.confirmation} input after this assessment: the deadline is the longest
 * limit among the outcomes counted (sla-rules.md), measured from {@link ConfirmationFormReceived#receivedAt()}. A
 * point counts under its most severe segment outcome so far (see {@link OutcomeCounts}).
 *
 * @param formId      the form
 * @param pointId     the access point
 * @param assessment  segment, outcome, ready date (Art. 13) and note
 * @param correction  true when this segment had been assessed before
 * @param pointCounts points per outcome on the whole form, this assessment included
 * @param assessedAt  when
 */
@Revision("1")
public record SegmentAssessed(
        String formId,
        String pointId,
        SegmentAssessment assessment,
        boolean correction,
        OutcomeCounts pointCounts,
        Instant assessedAt) {
}
