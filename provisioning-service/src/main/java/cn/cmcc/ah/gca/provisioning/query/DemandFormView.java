package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.support.query.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Form 2 (资源需求申请及资源开通回复单, Art. 17–23) with its points, work orders (form 3), blocks, status changes,
 * acceptance (form 4) and full history.
 */
public class DemandFormView {

    /** Where form 4 stands (Art. 23). */
    public enum AcceptanceState {
        /** not activated yet: no acceptance due */
        NOT_DUE,
        /** activated: GCD organises the acceptance within 5 working days */
        DUE,
        ORGANISED,
        /** both signatures are there */
        SIGNED,
        ARCHIVED
    }

    public String formId;
    public DemandKind kind;
    /** the form 1 it rests on */
    public String confirmationFormId;
    public DemandStatus status;
    /** the departments with open work on the form (see {@link DueWork}) */
    public List<Department> awaiting = new ArrayList<>();
    /** customer, product, bandwidth, requested date, account manager, contact, as form 1 carried them */
    public ResourceRequest request;
    public NetworkSolution solution;
    public String remarks = "";
    public List<DemandPointView> points = new ArrayList<>();

    // ---- Art. 17: acceptance by CSSC
    public String plannedActivationDate = "";
    /** 核心及接入主干资源申请 */
    public String resourceApplication = "";
    /** 接入末端资源施工调度 */
    public String lastMileScheduling = "";

    // ---- Art. 18–22: construction
    public List<WorkOrderView> workOrders = new ArrayList<>();
    public List<BlockView> blocks = new ArrayList<>();
    /** a block still stops construction */
    public boolean blocked;

    // ---- Art. 21: activation, status changes, reply
    public List<CircuitAssignment> circuits = new ArrayList<>();
    public List<String> statusInfoUnits = new ArrayList<>();
    public String statusInfoDetails = "";
    public Instant statusInfoPassedAt;
    public List<StatusChangeView> statusChanges = new ArrayList<>();
    /** 竣工反馈 */
    public String feedback = "";

    // ---- Art. 23: form 4
    public AcceptanceState acceptanceState = AcceptanceState.NOT_DUE;
    public AcceptanceView acceptance;

    // ---- Art. 22: cancellation
    public String cancelledByBlock = "";
    public String cancellationReason = "";

    public Instant dispatchedAt;
    public Instant acceptedAt;
    public Instant activatedAt;
    public Instant repliedAt;
    /** when it was archived or cancelled */
    public Instant closedAt;
    public List<HistoryEntry> history = new ArrayList<>();

    public String customerGroupId() {
        return request.customer().groupId();
    }

    /** For a configuration change (Art. 37) the circuit it adjusts; empty for a new line. */
    public String adjustedCircuitId() {
        return kind == DemandKind.CONFIGURATION_CHANGE && request.adjustment() != null
                ? request.adjustment().circuitId() : "";
    }

    public Optional<DemandPointView> point(String pointId) {
        return points.stream().filter(p -> p.point.pointId().equals(pointId)).findFirst();
    }

    public Optional<WorkOrderView> workOrder(String workOrderId) {
        return workOrders.stream().filter(w -> w.workOrderId.equals(workOrderId)).findFirst();
    }

    public Optional<BlockView> block(String blockId) {
        return blocks.stream().filter(b -> b.blockId.equals(blockId)).findFirst();
    }

    public Optional<StatusChangeView> statusChange(String unit) {
        return statusChanges.stream().filter(c -> c.unit.equals(unit)).findFirst();
    }
}
