package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One access point referred to ENG (Art. 12, 14): ENG's inbox holds those still open. */
public class ReferralView {

    public String formId;
    public ResourceRequest request;
    public AccessPoint point;
    /** the segments ENG is asked about, as CSSC assessed them */
    public List<SegmentAssessment> needs = new ArrayList<>();
    public Instant referredAt;
    public boolean open;

    public static String idOf(String formId, String pointId) {
        return formId + "/" + pointId;
    }
}
