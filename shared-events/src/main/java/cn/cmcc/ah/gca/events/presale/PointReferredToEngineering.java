package cn.cmcc.ah.gca.events.presale;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * CSSC passed an access point to ENG (Art. 12: core lacks capacity; Art. 14: expansion or new build). Applied with
 * the assessment that made it necessary, and again when a correction adds a segment ENG has not yet looked at. ENG
 * answers with {@link EngineeringReplied}; CSSC cannot reply to the form while a referral is open.
 *
 * @param formId     the form
 * @param request    customer, product and bandwidth, for ENG's own planning
 * @param point      the access point
 * @param needs      the segments that need ENG, with CSSC's assessment of each
 * @param referredAt when
 */
@Revision("1")
public record PointReferredToEngineering(
        String formId,
        ResourceRequest request,
        AccessPoint point,
        List<SegmentAssessment> needs,
        Instant referredAt) {

    public PointReferredToEngineering {
        needs = List.copyOf(needs);
    }
}
