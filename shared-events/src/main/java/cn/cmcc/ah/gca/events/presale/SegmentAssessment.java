package cn.cmcc.ah.gca.events.presale;

/**
 * CSSC's finding for one segment of one access point (Art. 10–14).
 *
 * @param segment   the segment
 * @param outcome   what was found
 * @param readyDate for {@link AssessmentOutcome#LAST_MILE_OPTIMIZABLE} the date the resource will be ready, ISO-8601
 *                  (Art. 13: 给出具体资源提供的时间); empty for every other outcome
 * @param note      CSSC's note (e.g. the OLT or fibre it found); may be empty
 */
public record SegmentAssessment(Segment segment, AssessmentOutcome outcome, String readyDate, String note) {
}
