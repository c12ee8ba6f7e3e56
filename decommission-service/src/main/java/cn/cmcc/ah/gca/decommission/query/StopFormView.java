package cn.cmcc.ah.gca.decommission.query;

import cn.cmcc.ah.gca.decommission.command.NextMove;
import cn.cmcc.ah.gca.decommission.command.StopForm;
import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentOutcome;
import cn.cmcc.ah.gca.events.decommission.AdjustmentWait;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.support.query.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form 5 (Art. 32–37) as the queries read it: where it stands, whose move it is, and everything done to it. */
public class StopFormView {

    public String formId;
    public StopRequestType requestType;
    public CustomerRef customer;
    public List<String> circuitIds = new ArrayList<>();
    public StopForm.Status status;
    /** the department whose move it is; null when closed or waiting for another service only */
    public Department holder;
    /** since when the form is in this status with this holder */
    public Instant since;
    public String reason = "";
    public String requestedDate = "";
    public List<String> openFaultTicketIds = new ArrayList<>();
    public String openTicketReason = "";
    public String dispatchedBy = "";
    public Instant dispatchedAt;
    public String acceptanceNote = "";
    public Instant acceptedAt;
    public List<Release> releases = new ArrayList<>();
    public List<LastMile> lastMiles = new ArrayList<>();
    /**
     * the units CSSC passed the status change to, in its order, each with when it confirmed (null until then); empty
     * until CSSC passed it. A list, not a map of unit → instant: the stores and the API leave null values out.
     */
    public List<StatusChange> statusChanges = new ArrayList<>();
    public Instant statusChangeRequestedAt;
    public String withdrawalReason = "";
    public Instant closedAt;
    // an adjustment's (Art. 35–37)
    public boolean stopFirst;
    public String stopFirstReason = "";
    public AdjustmentClassification classification;
    public Map<AdjustmentLinkKind, String> links = new LinkedHashMap<>();
    public String newCircuitId = "";
    public String changeFormId = "";
    public AdjustmentWait waitingFor;
    public Instant waitingSince;
    /** flagged by the saga once the current wait passed its limit */
    public boolean stalled;
    public AdjustmentOutcome outcome;
    public String outcomeReason = "";
    public List<HistoryEntry> history = new ArrayList<>();

    public String customerGroupId() {
        return customer.groupId();
    }

    /** Whose move, and what an adjustment waits for, as the form's own rule says ({@link NextMove}). */
    NextMove move() {
        boolean releasing = NextMove.releasing(requestType, stopFirst, !newCircuitId.isEmpty());
        boolean stopDone = !statusChanges.isEmpty() && statusChanges.stream().noneMatch(StatusChange::open);
        return new NextMove(requestType, status, classification, releasing, stopDone, !newCircuitId.isEmpty(),
                links.containsKey(AdjustmentLinkKind.CONFIRMATION_FORM));
    }

    /** A segment of a circuit released (Art. 34). */
    public record Release(String circuitId, Segment segment, String note, Instant at) {
    }

    /** A unit's status change of the released resources (Art. 34): confirmed at {@code confirmedAt}, or open. */
    public record StatusChange(String unit, Instant confirmedAt, String note) {

        public boolean open() {
            return confirmedAt == null;
        }
    }

    /** A circuit's last mile stopped (suspension) or restored (resume). */
    public record LastMile(String circuitId, boolean restored, String note, Instant at) {
    }
}
