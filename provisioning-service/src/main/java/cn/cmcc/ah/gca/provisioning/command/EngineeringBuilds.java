package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildWithdrawn;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Art. 19, 22: which points ENG is asked to build (build id {@code <form>.<point>}), and which builds are withdrawn.
 */
final class EngineeringBuilds {

    private EngineeringBuilds() {
    }

    /** Art. 19: on CSSC's acceptance, ENG is asked for the build of each point on the engineering path. */
    static List<EngineeringBuildRequested> requested(String formId, CustomerRef customer,
                                                     Collection<PointProgress> points, Instant at) {
        return points.stream().filter(point -> point.path() == ProvisioningPath.ENGINEERING_BUILD)
                .map(point -> new EngineeringBuildRequested(formId, point.pointId(), point.buildId(formId), customer,
                        point.demand().plannedInServiceDate(), at))
                .toList();
    }

    /** Art. 19, 22: a cancelled form withdraws the builds not yet in service. */
    static List<EngineeringBuildWithdrawn> withdrawn(String formId, Collection<PointProgress> points,
                                                     String reason, Instant at) {
        return points.stream()
                .filter(point -> point.path() == ProvisioningPath.ENGINEERING_BUILD && !point.inService())
                .map(point -> new EngineeringBuildWithdrawn(formId, point.pointId(), point.buildId(formId), reason, at))
                .toList();
    }
}
