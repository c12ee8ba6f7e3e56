package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

import static cn.cmcc.ah.gca.support.domain.Step.only;

/** Every SLA-monitor step and the departments it is given to (one table for guards, OpenAPI and tests). */
public enum SlaStep implements Step {

    /** Art. 5: the working-day calendar the time limits count in; every department and customer reads it. */
    READ_CALENDAR("Art. 5", EVERYONE),
    /** Art. 5: the time limits are PND's rules, so PND (or ADMIN) loads a year of the holiday schedule. */
    LOAD_CALENDAR_YEAR("Art. 5", Step.only(Department.PND, Department.ADMIN)),

    /** Art. 5: the time limits are the provincial network dept's rules; every department and customer watches them. */
    READ_CLOCKS("Art. 5", EVERYONE),
    /**
     * Art. 5: the provincial network dept sets the time limits and watches them being kept; the operator's departments
     * read the compliance report and the overdue and at-risk lists. Customers do not: the figures span customers.
     */
    READ_REPORTS("Art. 5", STAFF),
    /** Art. 5: everyone may read the rules the clocks follow. */
    READ_RULES("Art. 5", EVERYONE),
    /** Art. 5: the provincial network dept interprets and changes the rules (ADMIN operates the system). */
    CHANGE_RULES("Art. 5", only(Department.PND, Department.ADMIN));

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
