package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CALL_CENTER;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.MON;

/** Every fault step and the departments the source gives it to (one table for guards, OpenAPI and tests). */
public enum FaultStep implements Step {

    /** Art. 24: 10086 and account managers raise tickets; an important customer may report directly to CSSC. */
    REPORT_FAULT("Art. 24", Step.only(CALL_CENTER, GCD, CUSTOMER)),
    /** Art. 24: MON accepts, CSSC accepts a customer's direct report (the ticket says which). */
    ACCEPT_FAULT("Art. 24", Step.only(MON, CSSC)),
    /** Everyone reads tickets; a customer only its own. */
    READ_FAULTS("Art. 24", EVERYONE);

    private final String article;
    private final Set<Department> allowed;

    FaultStep(String article, Set<Department> allowed) {
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
