package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of open work on a form 2 in a department's inbox: what is due, for which point, work order, block or
 * unit, since when and by when. Kept while open in the open collection (the inboxes read only that); a closed one stays
 * as a record of when the work was done.
 */
public class DueItemView {

    public String id;
    public String formId;
    /** a new line's form 2, or a configuration change (Art. 37); items stored before there were changes: new lines */
    public DemandKind demandKind = DemandKind.ACTIVATION;
    /** for a configuration change the circuit adjusted (Art. 37); empty for a new line */
    public String circuitId = "";
    public Department department;
    public DueKind kind;
    public String pointId = "";
    public String workOrderId = "";
    public String blockId = "";
    /** the RMU unit, for a status change */
    public String unit = "";
    public CustomerRef customer;
    public String productName = "";
    /** when the work became due */
    public Instant since;
    /** the date the work is due by where the form says one (ISO-8601); empty where a limit is the SLA clock's */
    public String dueDate = "";
    /** e.g. the acceptance's stage, or the completion date ENG reported */
    public String note = "";
    public boolean open;
    public Instant closedAt;

    /** Inboxes run by the date the work is due by, or (lacking one) the day it arose, then by when it arose. */
    public String sortKey() {
        if (since == null) {
            return dueDate;
        }
        String day = dueDate.isEmpty() ? LocalDate.ofInstant(since, BusinessNumbers.CHINA).toString() : dueDate;
        return day + " " + since;
    }
}
