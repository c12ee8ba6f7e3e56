package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

/** Every SLA-monitor step and the departments it is given to (one table for guards, OpenAPI and tests). */
public enum SlaStep implements Step {

    /** Art. 5: the time limits are the provincial network dept's rules; every department and customer watches them. */
    READ_CLOCKS("Art. 5", EVERYONE),
    /**
     * Art. 5: the provincial network dept sets the time limits and watches them being kept; the operator's departments
     * read the compliance report and the overdue and at-risk lists. Customers do not: the figures span customers.
     */
    READ_REPORTS("Art. 5", STAFF);

    private final String article;
    private final Set<Department> allowed;

    SlaStep(String article, Set<Department> allowed) {
        this.article = article;
        this.allowed = allowed;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public Set<Department> allowed() {
        return allowed;
    }
}
