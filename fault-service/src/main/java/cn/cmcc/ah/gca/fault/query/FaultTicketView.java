package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.fault.command.FaultTicket;

import java.time.Instant;

/** A fault ticket (Art. 24–31) as the queries read it. */
public class FaultTicketView {

    public String ticketId;
    public String circuitId;
    public CustomerRef customer;
    public ReportChannel channel;
    public String symptom;
    public String contact;
    public FaultTicket.Status status;
    /** MON, or CSSC for an important customer's direct report (Art. 24) */
    public Department acceptingDepartment;
    public String reportedBy;
    public Department reportedByDepartment;
    public Instant reportedAt;
    public Department acceptedBy;
    public Instant acceptedAt;

    public String customerGroupId() {
        return customer.groupId();
    }
}
