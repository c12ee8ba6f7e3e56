package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.provisioning.command.ConfirmedForm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A form 1 as provisioning knows it from presale's events alone (Art. 8–17): the basis of a form 2. */
public class PresaleFormView {

    public String formId;
    public ConfirmedForm.Status status;
    /** as dispatched; null while only later events of the form arrived */
    public ResourceRequest request;
    public List<AccessPoint> accessPoints = new ArrayList<>();
    /** the confirmed capability per access point (Art. 11–15); empty before the reply */
    public List<PointCapability> points = new ArrayList<>();
    /** the end-to-end network solution (Art. 15); null before the reply */
    public NetworkSolution solution;
    public String renegotiationOf = "";
    public NegotiationOutcome negotiationOutcome;
    public String renegotiatedAs = "";
    public String negotiationNote = "";
    public String withdrawalReason = "";
    public Instant dispatchedAt;
    public Instant receivedAt;
    public Instant repliedAt;
    /** when it was negotiated or withdrawn */
    public Instant closedAt;

    public ConfirmedForm toConfirmedForm() {
        return new ConfirmedForm(formId, status, request, points, solution, renegotiatedAs);
    }
}
