package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One access point of a form 2: its Art. 18/19/20 path and how far its resources have come. */
public class DemandPointView {

    /** A resource management unit's registration of the point's new resources (Art. 19, 20). */
    public record Registration(String unit, String resources, Instant registeredAt) {
    }

    public AccessPoint point;
    public ProvisioningPath path;
    /** the confirmed assessment of each segment, as form 1 replied it */
    public List<SegmentAssessment> segments = new ArrayList<>();
    /** when its resources will all be there, as form 1 replied; empty when they are there now */
    public String readyBy = "";
    /** Art. 19: ENG's planned in-service date given at confirmation (the build's deadline); empty for other paths */
    public String plannedInServiceDate = "";

    // ---- Art. 19: the ENG build
    public String buildId = "";
    public Instant buildRequestedAt;
    /** the completion date ENG reported; empty before */
    public String completionDate = "";
    public Boolean completionMatchesPlan;
    public Instant completionReportedAt;
    public String inServiceDate = "";
    public Instant inServiceAt;
    public Instant buildWithdrawnAt;
    public String engineeringNote = "";

    // ---- Art. 20: CSSC's own last-mile project
    public Instant projectCompletedAt;
    public String projectNote = "";

    // ---- Art. 19, 20: registration by the RMUs, allocation by CSSC
    public List<Registration> registrations = new ArrayList<>();
    public String allocation = "";
    public Instant allocatedAt;

    /** 业务编号 given at activation (Art. 21); empty before */
    public String circuitId = "";

    /** Whether the build is with ENG: requested, neither in service nor withdrawn. */
    public boolean buildOpen() {
        return buildRequestedAt != null && inServiceAt == null && buildWithdrawnAt == null;
    }

    /** Whether the point's new resources wait for a registration: after the build or the project, none yet. */
    public boolean awaitsRegistration() {
        boolean built = (path == ProvisioningPath.ENGINEERING_BUILD && inServiceAt != null)
                || (path == ProvisioningPath.LAST_MILE_PROJECT && projectCompletedAt != null);
        return built && registrations.isEmpty();
    }

    /** Art. 20: registered last-mile resources wait for CSSC's allocation. */
    public boolean awaitsAllocation() {
        return path == ProvisioningPath.LAST_MILE_PROJECT && projectCompletedAt != null && !registrations.isEmpty()
                && allocatedAt == null;
    }

    /** Whether the point's resources are all there, so activation can use them (Art. 18–20). */
    public boolean resourcesReady() {
        return switch (path) {
            case AVAILABLE -> true;
            case ENGINEERING_BUILD -> inServiceAt != null && !registrations.isEmpty();
            case LAST_MILE_PROJECT -> allocatedAt != null;
        };
    }

    /** The last registration's instant, or null. */
    public Instant lastRegisteredAt() {
        return registrations.isEmpty() ? null : registrations.get(registrations.size() - 1).registeredAt();
    }
}
