package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.RMU;

/** Every form 5 step and the departments the source gives it to (one table for guards, OpenAPI and tests). */
public enum DecommissionStep implements Step {

    /** Art. 33: GCD dispatches a form 5 for a permanent stop or a suspension; a resume by decision. */
    DISPATCH_STOP_FORM("Art. 33", Step.only(GCD)),
    /** Art. 35: GCD dispatches a form 5 flagged as an adjustment, with a form 1 to presale. */
    REQUEST_ADJUSTMENT("Art. 35", Step.only(GCD)),
    /** Art. 34, 36, 37: CSSC accepts the form 5; an adjustment is classified as it is accepted. */
    ACCEPT_STOP_FORM("Art. 34, 36–37", Step.only(CSSC)),
    /** Art. 34: CSSC releases the resources end to end, segment by segment (permanent stop). */
    RELEASE_RESOURCE("Art. 34", Step.only(CSSC)),
    /** Art. 34: CSSC stops only the last mile (suspension). */
    SUSPEND_LAST_MILE("Art. 34", Step.only(CSSC)),
    /** Decision (Art. 32–34): CSSC restores the last mile of a suspended circuit (resume). */
    RESTORE_LAST_MILE("Art. 32–34", Step.only(CSSC)),
    /** Art. 34: CSSC passes the status change of the released resources to the resource management units. */
    REQUEST_STATUS_CHANGE("Art. 34", Step.only(CSSC)),
    /** Art. 34: each resource management unit confirms the status change in the resource management system. */
    CONFIRM_STATUS_CHANGE("Art. 34", Step.only(RMU)),
    /** Decision: GCD withdraws a form 5 CSSC has not accepted yet. */
    WITHDRAW_STOP_FORM("Art. 33", Step.only(GCD)),
    /** Everyone reads forms 5 and circuits; a customer only its own. */
    READ_STOP_FORMS("Art. 32–37", EVERYONE),
    /**
     * Everyone reads a circuit's history, from its form 1 to its form 5 (Art. 8–37); a customer only its own
     * circuits', without the names of the operator's staff (as its tickets, Art. 24).
     */
    READ_CIRCUIT_HISTORY("Art. 8–37", EVERYONE);

    private final String article;
    private final Set<Department> allowed;

    DecommissionStep(String article, Set<Department> allowed) {
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
