package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.presale.command.ConfirmationForm;
import cn.cmcc.ah.gca.support.query.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Form 1 (资源确认及回复单, Art. 8–16) with its full history. */
public class ConfirmationFormView {

    public String formId;
    public ConfirmationForm.Status status;
    /** whose move it is: CSSC (receive, assess, reply), ENG (open referrals), GCD (negotiate) */
    public List<Department> awaiting = new ArrayList<>();
    public ResourceRequest request;
    public List<PointView> points = new ArrayList<>();
    /** points per most severe outcome, as of the latest assessment */
    public OutcomeCounts pointCounts;
    /**
     * points with at least one segment of each outcome (sla-rules.md), as of the latest assessment; null while the
     * form's latest assessment or reply was stored as revision 1, which did not carry it
     */
    public PointsPerOutcome pointsPerOutcome;
    public int openReferrals;
    /** the form this one renegotiates (Art. 16), or empty */
    public String renegotiationOf = "";
    /** the new form 1 that renegotiates this one, or empty */
    public String renegotiatedAs = "";
    /** the end-to-end network solution CSSC replied (Art. 15) */
    public NetworkSolution solution;
    /** once recorded (Art. 16) */
    public NegotiationOutcome negotiationOutcome;
    public String negotiationNote = "";
    public String withdrawalReason = "";
    public Instant dispatchedAt;
    /** the receipt instant that starts the Art. 11–14 clock */
    public Instant receivedAt;
    public Instant repliedAt;
    /** when the form was negotiated or withdrawn */
    public Instant closedAt;
    public List<HistoryEntry> history = new ArrayList<>();

    public String customerGroupId() {
        return request.customer().groupId();
    }
}
