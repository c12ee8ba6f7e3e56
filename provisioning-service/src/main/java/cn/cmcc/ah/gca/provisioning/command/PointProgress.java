package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.DemandPoint;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How far one access point of a form 2 is prepared for its work orders (Art. 18–20). Immutable: the form replaces it
 * as events arrive.
 *
 * @param inService        Art. 19: ENG reported the build in service
 * @param projectCompleted Art. 20: CSSC's last-mile project is complete
 * @param registered       Art. 19, 20: at least one RMU registered the new resources
 * @param allocated        Art. 20: CSSC allocated the last-mile resources
 */
record PointProgress(DemandPoint demand, boolean inService, boolean projectCompleted, boolean registered,
                     boolean allocated) {

    static PointProgress of(DemandPoint demand) {
        return new PointProgress(demand, false, false, false, false);
    }

    String pointId() {
        return demand.point().pointId();
    }

    ProvisioningPath path() {
        return demand.path();
    }

    String buildId(String formId) {
        return formId + "." + pointId();
    }

    /** The later of the date form 1 said the resources are there and ENG's planned in-service date; null if now. */
    LocalDate readyDate() {
        LocalDate readyBy = Guards.dateOrNull(demand.readyBy());
        LocalDate planned = Guards.dateOrNull(demand.plannedInServiceDate());
        if (readyBy == null || planned == null) {
            return readyBy == null ? planned : readyBy;
        }
        return readyBy.isAfter(planned) ? readyBy : planned;
    }

    PointProgress putInService() {
        return new PointProgress(demand, true, projectCompleted, registered, allocated);
    }

    PointProgress projectDone() {
        return new PointProgress(demand, inService, true, registered, allocated);
    }

    PointProgress resourcesRegistered() {
        return new PointProgress(demand, inService, projectCompleted, true, allocated);
    }

    PointProgress lastMileAllocated() {
        return new PointProgress(demand, inService, projectCompleted, registered, true);
    }

    /** The first preparation step the point's path still needs, as the rejection that names it; empty when ready. */
    Optional<ProvisioningRejection> missingStep() {
        return Optional.ofNullable(switch (path()) {
            case AVAILABLE -> null;
            case ENGINEERING_BUILD -> !inService ? ProvisioningRejection.POINT_BUILD_NOT_IN_SERVICE
                    : !registered ? ProvisioningRejection.POINT_RESOURCES_NOT_REGISTERED : null;
            case LAST_MILE_PROJECT -> !projectCompleted ? ProvisioningRejection.POINT_PROJECT_NOT_COMPLETED
                    : !registered ? ProvisioningRejection.POINT_RESOURCES_NOT_REGISTERED
                    : !allocated ? ProvisioningRejection.POINT_LAST_MILE_NOT_ALLOCATED : null;
        });
    }
}
