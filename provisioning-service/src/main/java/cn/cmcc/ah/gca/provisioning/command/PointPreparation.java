package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.LastMileAllocated;
import cn.cmcc.ah.gca.events.provisioning.LastMileProjectCompleted;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static cn.cmcc.ah.gca.provisioning.command.Guards.isBlank;
import static cn.cmcc.ah.gca.provisioning.command.Guards.isoDate;
import static cn.cmcc.ah.gca.provisioning.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ENGINEERING_COMPLETION_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.ENGINEERING_IN_SERVICE_DATE_INVALID;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.LAST_MILE_ALLOCATION_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_BUILD_ALREADY_IN_SERVICE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_BUILD_NOT_IN_SERVICE;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_LAST_MILE_ALREADY_ALLOCATED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_NOT_FOUND;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_NOT_ON_PATH;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_PROJECT_ALREADY_COMPLETED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_PROJECT_NOT_COMPLETED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.POINT_RESOURCES_NOT_REGISTERED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.RESOURCES_REQUIRED;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningRejection.RESOURCES_UNIT_INVALID;

/**
 * Art. 18–20: the steps that prepare an access point for its work orders, each on a point of the form whose path
 * takes it. Art. 19: ENG reports the completion date and the build in service, then the RMUs register the resources;
 * Art. 20: CSSC completes the last-mile project, the RMUs register, CSSC allocates. A point is ready when its path's
 * steps are done.
 */
final class PointPreparation {

    private PointPreparation() {
    }

    static PointProgress point(String formId, Map<String, PointProgress> points, String pointId) {
        PointProgress point = pointId == null ? null : points.get(pointId);
        if (point == null) {
            throw POINT_NOT_FOUND.reject(formId, String.valueOf(pointId));
        }
        return point;
    }

    /** A point of the form whose path is one of these. */
    static PointProgress onPath(String formId, Map<String, PointProgress> points, String pointId,
                                ProvisioningPath... paths) {
        PointProgress point = point(formId, points, pointId);
        if (!List.of(paths).contains(point.path())) {
            throw POINT_NOT_ON_PATH.reject(formId, point.pointId(), point.path().name(), point.path().label(),
                    point.path().article());
        }
        return point;
    }

    /** A point of the form whose path's preparation is done (Art. 18–20). */
    static PointProgress ready(String formId, Map<String, PointProgress> points, String pointId) {
        PointProgress point = point(formId, points, pointId);
        requireReady(formId, point);
        return point;
    }

    static void requireReady(String formId, PointProgress point) {
        point.missingStep().ifPresent(missing -> {
            throw missing.reject(formId, point.pointId());
        });
    }

    /** Art. 21: every point of the form ready, before its activation. */
    static void requireAllReady(String formId, Collection<PointProgress> points) {
        points.forEach(point -> requireReady(formId, point));
    }

    /** Art. 19: the date ENG expects the build in service, compared with the plan form 1 carried. */
    static EngineeringCompletionDateReported completionDateReported(String formId, PointProgress point,
                                                                    ReportEngineeringCompletionDate command) {
        requireBuildNotInService(formId, point);
        LocalDate date = isoDate(command.completionDate(), () -> ENGINEERING_COMPLETION_DATE_INVALID.reject(formId,
                point.pointId(), String.valueOf(command.completionDate())));
        boolean matchesPlan = date.toString().equals(point.demand().plannedInServiceDate());
        return new EngineeringCompletionDateReported(formId, point.pointId(), point.buildId(formId), date.toString(),
                matchesPlan, orEmpty(command.note()), command.at());
    }

    /** Art. 19: the build is in service, once. */
    static EngineeringBuildInService inService(String formId, PointProgress point, ReportEngineeringInService command) {
        requireBuildNotInService(formId, point);
        LocalDate date = isoDate(command.inServiceDate(), () -> ENGINEERING_IN_SERVICE_DATE_INVALID.reject(formId,
                point.pointId(), String.valueOf(command.inServiceDate())));
        return new EngineeringBuildInService(formId, point.pointId(), point.buildId(formId), date.toString(),
                orEmpty(command.note()), command.at());
    }

    /** Art. 20: the last-mile project is complete, once. */
    static LastMileProjectCompleted projectCompleted(String formId, PointProgress point,
                                                     CompleteLastMileProject command) {
        if (point.projectCompleted()) {
            throw POINT_PROJECT_ALREADY_COMPLETED.reject(formId, point.pointId());
        }
        return new LastMileProjectCompleted(formId, point.pointId(), orEmpty(command.note()), command.at());
    }

    /**
     * Art. 19: after the build is in service; Art. 20: after the project. An RMU's code and what it registered; each
     * RMU involved registers, so repeatable.
     */
    static ResourcesRegistered registered(String formId, PointProgress point, RegisterResources command) {
        if (point.path() == ProvisioningPath.ENGINEERING_BUILD && !point.inService()) {
            throw POINT_BUILD_NOT_IN_SERVICE.reject(formId, point.pointId());
        }
        if (point.path() == ProvisioningPath.LAST_MILE_PROJECT && !point.projectCompleted()) {
            throw POINT_PROJECT_NOT_COMPLETED.reject(formId, point.pointId());
        }
        if (!Guards.isUnitCode(command.unit())) {
            throw RESOURCES_UNIT_INVALID.reject(formId, String.valueOf(command.unit()));
        }
        if (isBlank(command.resources())) {
            throw RESOURCES_REQUIRED.reject(formId, point.pointId());
        }
        return new ResourcesRegistered(formId, point.pointId(), command.unit(), command.resources().strip(),
                command.at());
    }

    /** Art. 20: once, after the project and the registration. */
    static LastMileAllocated allocated(String formId, PointProgress point, AllocateLastMile command) {
        if (point.allocated()) {
            throw POINT_LAST_MILE_ALREADY_ALLOCATED.reject(formId, point.pointId());
        }
        if (!point.projectCompleted()) {
            throw POINT_PROJECT_NOT_COMPLETED.reject(formId, point.pointId());
        }
        if (!point.registered()) {
            throw POINT_RESOURCES_NOT_REGISTERED.reject(formId, point.pointId());
        }
        if (isBlank(command.allocation())) {
            throw LAST_MILE_ALLOCATION_REQUIRED.reject(formId, point.pointId());
        }
        return new LastMileAllocated(formId, point.pointId(), command.allocation().strip(), command.at());
    }

    private static void requireBuildNotInService(String formId, PointProgress point) {
        if (point.inService()) {
            throw POINT_BUILD_ALREADY_IN_SERVICE.reject(formId, point.pointId());
        }
    }
}
