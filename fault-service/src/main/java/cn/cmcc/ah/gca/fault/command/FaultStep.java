package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CALL_CENTER;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.events.Department.OMT;
import static cn.cmcc.ah.gca.events.Department.PND;

/** Every fault step and the departments the source gives it to (one table for guards, OpenAPI and tests). */
public enum FaultStep implements Step {

    /** Art. 24: 10086 and account managers raise tickets; an important customer may report directly to CSSC. */
    REPORT_FAULT("Art. 24", Step.only(CALL_CENTER, GCD, CUSTOMER)),
    /** Art. 24: MON accepts, CSSC accepts a customer's direct report (the ticket says which). */
    ACCEPT_FAULT("Art. 24", Step.only(MON, CSSC)),
    /** Art. 25: MON dispatches accepted tickets to CSSC. */
    DISPATCH_FAULT("Art. 25", Step.only(MON)),
    /** Art. 26: CSSC pre-diagnoses core network or not (core goes to OMT, Art. 28). */
    DIAGNOSE_FAULT("Art. 26", Step.only(CSSC)),
    /** Art. 28, 30: the holding level passes the ticket up: CSSC → OMT, OMT → PND. */
    ESCALATE_FAULT("Art. 28, 30", Step.only(CSSC, OMT)),
    /** Decision (Art. 28–31): OMT or PND hands a ticket back down with a reason. */
    HAND_BACK_FAULT("Art. 28–31", Step.only(OMT, PND)),
    /** Art. 27, 29, 31: the holding level repairs and replies the repair to CSSC. */
    REPAIR_FAULT("Art. 27, 29, 31", Step.only(CSSC, OMT, PND)),
    /** Art. 27, 29, 31: the customer confirms (or rejects) that the fault is cleared, itself or through CSSC. */
    ANSWER_CLEARANCE("Art. 27, 29, 31", Step.only(CSSC, CUSTOMER)),
    /** Art. 25, 27: CSSC replies the ticket once the customer confirmed. */
    REPLY_FAULT("Art. 25, 27", Step.only(CSSC)),
    /** Art. 25: MON quality-checks CSSC's reply. */
    QUALITY_CHECK_FAULT("Art. 25", Step.only(MON)),
    /** Art. 24: MON archives the ticket. */
    ARCHIVE_FAULT("Art. 24", Step.only(MON)),
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
