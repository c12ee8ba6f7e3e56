package cn.cmcc.ah.gca.fault.query;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.fault.command.FaultTicket;
import cn.cmcc.ah.gca.support.query.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fault ticket (Art. 24–31) as the queries read it: where it stands, who holds it, everything done to it, and the
 * forms 5 that stop its circuit (Art. 33–34).
 */
public class FaultTicketView {

    public String ticketId;
    public String circuitId;
    public CustomerRef customer;
    public ReportChannel channel;
    public String symptom;
    /** masked, and sealed for fault-service alone; never in clear in a view */
    public MaskedContact contact;
    public FaultTicket.Status status;
    /** the department holding the ticket now: whose move it is */
    public Department holder;
    /** since when the holder has it in this status */
    public Instant since;
    /** MON, or CSSC for an important customer's direct report (Art. 24) */
    public Department acceptingDepartment;
    /** the tickets still open on the circuit when this one was reported */
    public List<String> linkedTicketIds = new ArrayList<>();
    public String reportedBy = "";
    public Department reportedByDepartment;
    public Instant reportedAt;
    public Department acceptedBy;
    public Instant acceptedAt;
    public String dispatchNote = "";
    public Instant dispatchedAt;
    public Diagnosis diagnosis;
    public List<LevelChange> levelChanges = new ArrayList<>();
    /** the latest repair replied; earlier ones (before a reopening) are in the history */
    public Repair repair;
    public Clearance clearance;
    public List<Reopening> reopenings = new ArrayList<>();
    /** CSSC's latest reply */
    public Reply reply;
    public List<QualityCheck> qualityChecks = new ArrayList<>();
    public Instant archivedAt;
    /** the forms 5 that stop or suspend the circuit while the ticket is open, each once (Art. 33–34) */
    public List<StopRequest> stopRequests = new ArrayList<>();
    public List<HistoryEntry> history = new ArrayList<>();

    public String customerGroupId() {
        return customer.groupId();
    }

    /** CSSC's pre-diagnosis (Art. 26). */
    public record Diagnosis(boolean coreNetwork, String reasoning, Instant at) {
    }

    /** A change of level: up (Art. 28, 30) or handed back down. */
    public record LevelChange(Department from, Department to, EscalationDirection direction, String reason,
                              Instant at) {
    }

    /** A repair replied to CSSC (Art. 27, 29, 31). */
    public record Repair(Department repairedBy, String cause, String action, Instant at) {
    }

    /** The customer's confirmation that the fault is cleared (Art. 27, 29, 31). */
    public record Clearance(Department answeredBy, String note, Instant at) {
    }

    /** The customer said the fault is not cleared; the ticket went back to {@code holder}. */
    public record Reopening(Department answeredBy, String reason, Department holder, Instant at) {
    }

    /** CSSC's reply of the ticket (Art. 25, 27). */
    public record Reply(String summary, Instant at) {
    }

    /** MON's quality check of the reply (Art. 25). */
    public record QualityCheck(boolean passed, String findings, Instant at) {
    }

    /** A form 5 stops or suspends the circuit while the ticket is open, with GCD's reason (Art. 33–34). */
    public record StopRequest(String formId, StopRequestType requestType, String reason, Instant at) {
    }
}
