package cn.cmcc.ah.gca.events.provisioning;

import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;

import java.util.List;

/**
 * One access point of a form 2, as form 1 confirmed it (Art. 17–20).
 *
 * @param point                the access point
 * @param path                 the Art. 18, 19 or 20 path, from the point's segment outcomes
 * @param segments             the confirmed assessment of each segment (core, access backbone, last mile)
 * @param readyBy              the date its resources will all be there, ISO-8601, as form 1 replied; empty when they
 *                             are there now
 * @param plannedInServiceDate for {@link ProvisioningPath#ENGINEERING_BUILD} ENG's planned in-service date replied at
 *                             confirmation, ISO-8601 (Art. 19: the {@code provisioning.engineering} deadline); empty
 *                             for the other paths
 */
public record DemandPoint(AccessPoint point, ProvisioningPath path, List<SegmentAssessment> segments, String readyBy,
                          String plannedInServiceDate) {
    public DemandPoint {
        segments = List.copyOf(segments);
    }
}
