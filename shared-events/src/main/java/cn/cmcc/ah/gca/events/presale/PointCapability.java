package cn.cmcc.ah.gca.events.presale;

import java.util.List;

/**
 * The confirmed capability of one access point, as CSSC replied it (Art. 11–15).
 *
 * @param point         the access point
 * @param outcome       the point's most severe segment outcome (see {@link AssessmentOutcome})
 * @param provisionable false only when the point needed ENG and ENG approved no project
 * @param readyBy       the date the point's resources will all be there, ISO-8601: the later of the Art. 13 ready date
 *                      and the Art. 12/14 planned in-service date; empty when they are there now, or never
 *                      ({@code provisionable} false)
 * @param segments      the final assessment of each segment, in the order core, access backbone, last mile
 * @param engineering   ENG's answer, when the point needed ENG
 */
public record PointCapability(
        AccessPoint point,
        AssessmentOutcome outcome,
        boolean provisionable,
        String readyBy,
        List<SegmentAssessment> segments,
        EngineeringAnswer engineering) {

    public PointCapability {
        segments = List.copyOf(segments);
    }
}
