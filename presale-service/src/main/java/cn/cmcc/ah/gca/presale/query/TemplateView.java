package cn.cmcc.ah.gca.presale.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A solution template (Art. 7) from its request to the template library, with its history. */
public class TemplateView extends SequencedView {

    public String templateId;
    public String productCode;
    public String productName;
    /** the customer need GCD asked CSSC to co-draft a template for */
    public String need;
    /** {@code SolutionTemplate.Status} name */
    public String status;
    /** the department whose move it is: {@code GCD}, {@code CSSC}, or none once productised */
    public List<String> awaiting = new ArrayList<>();
    /** the current draft's version (0 before the first draft) */
    public int version;
    public String title = "";
    public String content = "";
    public String submittedBy = "";
    /** the departments that validated the current draft */
    public List<String> validatedBy = new ArrayList<>();
    public Instant requestedAt;
    public Instant productisedAt;
    public List<HistoryEntry> history = new ArrayList<>();
}
