package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.Signatory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Form 4, 集团客户接入开通暨验收单 (Art. 23): organised by GCD, signed by the customer and the account manager, archived. */
public class AcceptanceView {

    /** A signature on form 4: who signed, the name as signed, when. */
    public record Signature(Signatory signatory, String signedBy, Instant signedAt) {
    }

    public String acceptanceDate = "";
    /** 参加人员, as written */
    public List<String> participants = new ArrayList<>();
    public List<AcceptanceTest> tests = new ArrayList<>();
    public Instant organisedAt;
    public List<Signature> signatures = new ArrayList<>();
    /** both signatures are there */
    public boolean signed;
    public String archiveNumber = "";
    public Instant archivedAt;
}
