package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a form 1 knows about one access point: the latest assessment of each segment (Art. 10–14) and the point's
 * referral to ENG (Art. 12, 14). Immutable: the form replaces it as events arrive.
 *
 * @param referredSegments the segments ENG was asked about by the latest referral
 * @param answer           ENG's answer to that referral, once given
 */
record PointState(
        AccessPoint point,
        Map<Segment, SegmentAssessment> assessments,
        Referral referral,
        Set<Segment> referredSegments,
        EngineeringAnswer answer) {

    /** Where the point's referral to ENG stands. */
    enum Referral {
        NONE,
        /** waiting for ENG */
        OPEN,
        ANSWERED
    }

    PointState {
        EnumMap<Segment, SegmentAssessment> orderedAssessments = new EnumMap<>(Segment.class);
        orderedAssessments.putAll(assessments);
        assessments = Collections.unmodifiableMap(orderedAssessments);
        EnumSet<Segment> segments = EnumSet.noneOf(Segment.class);
        segments.addAll(referredSegments);
        referredSegments = Collections.unmodifiableSet(segments);
    }

    static PointState of(AccessPoint point) {
        return new PointState(point, Map.of(), Referral.NONE, Set.of(), EngineeringAnswer.notReferred());
    }

    String pointId() {
        return point.pointId();
    }

    PointState with(SegmentAssessment assessment) {
        EnumMap<Segment, SegmentAssessment> updated = new EnumMap<>(Segment.class);
        updated.putAll(assessments);
        updated.put(assessment.segment(), assessment);
        return new PointState(point, updated, referral, referredSegments, answer);
    }

    PointState referred(Collection<Segment> segments) {
        return new PointState(point, assessments, Referral.OPEN, Set.copyOf(segments),
                EngineeringAnswer.notReferred());
    }

    PointState referralCancelled() {
        return new PointState(point, assessments, Referral.NONE, Set.of(), EngineeringAnswer.notReferred());
    }

    PointState answered(EngineeringAnswer engineeringAnswer) {
        return new PointState(point, assessments, Referral.ANSWERED, referredSegments, engineeringAnswer);
    }

    boolean isAssessed(Segment segment) {
        return assessments.containsKey(segment);
    }

    Optional<Segment> firstUnassessedSegment() {
        return Arrays.stream(Segment.values()).filter(segment -> !isAssessed(segment)).findFirst();
    }

    /** The most severe outcome among the segments assessed so far (severity as declared in the enum). */
    Optional<AssessmentOutcome> worstOutcome() {
        return assessments.values().stream().map(SegmentAssessment::outcome).max(Comparator.naturalOrder());
    }

    /** Every outcome among the segments assessed so far (the latest assessment of each segment), least severe first. */
    Set<AssessmentOutcome> outcomes() {
        EnumSet<AssessmentOutcome> outcomes = EnumSet.noneOf(AssessmentOutcome.class);
        assessments.values().forEach(assessment -> outcomes.add(assessment.outcome()));
        return outcomes;
    }

    /** The assessments that need ENG (Art. 12, 14), in segment order. */
    List<SegmentAssessment> engineeringNeeds() {
        return assessments.values().stream().filter(a -> a.outcome().needsEngineering()).toList();
    }

    /** The point as CSSC replies it (Art. 11–15); only called once every segment is assessed and ENG has answered. */
    PointCapability capability() {
        boolean referredToEngineering = !engineeringNeeds().isEmpty();
        EngineeringAnswer engineering = referredToEngineering ? answer : EngineeringAnswer.notReferred();
        boolean provisionable = !referredToEngineering || engineering.projectApproved();
        String readyBy = provisionable
                ? Stream.concat(assessments.values().stream().map(SegmentAssessment::readyDate),
                                Stream.of(engineering.plannedInServiceDate()))
                        .filter(date -> !date.isEmpty())
                        .map(LocalDate::parse)
                        .max(Comparator.naturalOrder())
                        .map(LocalDate::toString)
                        .orElse("")
                : "";
        return new PointCapability(point, worstOutcome().orElseThrow(), provisionable, readyBy,
                List.copyOf(assessments.values()), engineering);
    }
}
