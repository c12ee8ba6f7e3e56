package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.presale.command.SolutionTemplate;
import cn.cmcc.ah.gca.support.query.HistoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A solution template (Art. 7) from its request to the template library, with its history. */
public class TemplateView {

    public String templateId;
    public String productCode;
    public String productName;
    /** the customer need GCD asked CSSC to co-draft a template for */
    public String need;
    public SolutionTemplate.Status status;
    /** whose move it is: GCD, CSSC, or nobody once productised */
    public List<Department> awaiting = new ArrayList<>();
    /** the current draft's version (0 before the first draft) */
    public int version;
    public String title = "";
    public String content = "";
    public Department submittedBy;
    /** the departments that validated the current draft */
    public List<Department> validatedBy = new ArrayList<>();
    public Instant requestedAt;
    public Instant productisedAt;
    public List<HistoryEntry> history = new ArrayList<>();
}
