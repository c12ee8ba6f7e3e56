package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;

import java.util.List;
import java.util.Optional;

/** Which points of a confirmed form 1 a form 2 provisions, and by which path (Art. 18–20). */
public final class DemandPoints {

    private DemandPoints() {
    }

    /** The provisionable points, in form 1's order; a point ENG approved no project for is left out (Art. 12, 14). */
    static List<DemandPoint> of(List<PointCapability> confirmed) {
        return confirmed.stream().filter(PointCapability::provisionable).map(DemandPoints::point).toList();
    }

    private static DemandPoint point(PointCapability capability) {
        ProvisioningPath path = pathOf(capability);
        String plannedInService = path == ProvisioningPath.ENGINEERING_BUILD
                ? Guards.orEmpty(capability.engineering().plannedInServiceDate()) : "";
        return new DemandPoint(capability.point(), path, capability.segments(), Guards.orEmpty(capability.readyBy()),
                plannedInService);
    }

    /**
     * The path a confirmed point takes, as the form 2 will give it; empty for a point that cannot be provisioned (ENG
     * approved no project, Art. 12, 14). The one rule, read by the dispatch and by what provisioning shows of a form 1.
     */
    public static Optional<ProvisioningPath> provisionedPath(PointCapability capability) {
        return capability.provisionable() ? Optional.of(pathOf(capability)) : Optional.empty();
    }

    /**
     * Art. 19 when a segment needed ENG and ENG approved the project; else Art. 20 when the last mile waits for CSSC's
     * optimisation; else Art. 18.
     */
    static ProvisioningPath pathOf(PointCapability capability) {
        List<AssessmentOutcome> outcomes = capability.segments().stream().map(SegmentAssessment::outcome).toList();
        EngineeringAnswer engineering = capability.engineering();
        if (outcomes.stream().anyMatch(AssessmentOutcome::needsEngineering) && engineering != null
                && engineering.projectApproved()) {
            return ProvisioningPath.ENGINEERING_BUILD;
        }
        if (outcomes.contains(AssessmentOutcome.LAST_MILE_OPTIMIZABLE)) {
            return ProvisioningPath.LAST_MILE_PROJECT;
        }
        return ProvisioningPath.AVAILABLE;
    }
}
