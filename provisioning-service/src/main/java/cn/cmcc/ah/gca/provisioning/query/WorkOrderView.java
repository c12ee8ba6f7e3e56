package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;

import java.time.Instant;

/** A form 3 work order (业务施工单, Art. 18–20, 37). */
public class WorkOrderView {

    /** Where a work order stands. */
    public enum Status { ISSUED, COMPLETED, FAILED }

    public String workOrderId;
    public WorkOrderType type;
    public String pointId;
    public WorkTarget target;
    /** 施工单位, as entered */
    public String assigneeUnit = "";
    public String plannedDate = "";
    public String instructions = "";
    /** the failed work order this one replaces; empty for a first issue */
    public String reissueOf = "";
    /** the work order that replaced this failed one; empty otherwise */
    public String reissuedAs = "";
    public Status status = Status.ISSUED;
    public String actualDate = "";
    public String result = "";
    public String failureReason = "";
    public Instant issuedAt;
    /** when its completion or failure was recorded */
    public Instant closedAt;
}
