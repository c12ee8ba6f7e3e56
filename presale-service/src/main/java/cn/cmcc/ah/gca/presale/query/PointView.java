package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One access point of a form 1: its latest assessment per segment (Art. 10–14) and its referral to ENG. */
public class PointView {

    /** Where a point's referral to ENG stands. */
    public enum Referral {
        NONE,
        /** waiting for ENG (Art. 12, 14) */
        OPEN,
        ANSWERED,
        /** CSSC's corrected assessment no longer needs ENG, or the form was withdrawn */
        CANCELLED
    }

    public AccessPoint point;
    /** the latest assessment of each segment assessed so far */
    public Map<Segment, SegmentAssessment> segments = new EnumMap<>(Segment.class);
    public Referral referral = Referral.NONE;
    /** the segments the latest referral asked ENG about */
    public List<SegmentAssessment> referredNeeds = new ArrayList<>();
    public Instant referredAt;
    public EngineeringAnswer engineering = EngineeringAnswer.notReferred();
    /** the point as CSSC replied it (Art. 15), once replied */
    public PointCapability capability;
}
