package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.Department;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.ENG;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.RMU;

/** A kind of open work on a form 2: whose it is and the article that gives it to that department. */
public enum DueKind {
    /** Art. 17: accept the form 2, apply for core and backbone resources, schedule the last mile. */
    ACCEPT_DEMAND(CSSC, "Art. 17"),
    /** Art. 20: complete CSSC's own last-mile project of a point (due by its ready date). */
    COMPLETE_LAST_MILE_PROJECT(CSSC, "Art. 20"),
    /** Art. 20: allocate the registered last-mile resources of a point. */
    ALLOCATE_LAST_MILE(CSSC, "Art. 20"),
    /** Art. 18–21: lead the activation until it is complete (due by the planned activation date). */
    COMPLETE_ACTIVATION(CSSC, "Art. 18–21"),
    /** Art. 18–20: a form 3 work order issued and not completed (due by its planned date). */
    COMPLETE_WORK_ORDER(CSSC, "Art. 18–20"),
    /** Art. 18–20, 22: a failed work order neither reissued nor followed by a recorded block. */
    HANDLE_FAILED_WORK_ORDER(CSSC, "Art. 18–20, 22"),
    /** Art. 22: write and sign the record of a blocked construction. */
    WRITE_BLOCK_RECORD(CSSC, "Art. 22"),
    /** Art. 22: resume a construction whose co-signed record said to continue. */
    RESUME_CONSTRUCTION(CSSC, "Art. 22"),
    /** Art. 21: pass the resource status change information (2 working days from activation). */
    PASS_STATUS_INFO(CSSC, "Art. 21"),
    /** Art. 21: give completion feedback and reply to the form 2, once every RMU changed the status. */
    REPLY_DEMAND(CSSC, "Art. 21"),
    /** Art. 19: build a point, due by the planned in-service date given at confirmation. */
    ENGINEERING_BUILD(ENG, "Art. 19"),
    /** Art. 19, 20: register the new resources of a point in the resource management system. */
    REGISTER_RESOURCES(RMU, "Art. 19, 20"),
    /** Art. 21: one unit changes the resource status (1 working day from receipt of the information). */
    CHANGE_RESOURCE_STATUS(RMU, "Art. 21"),
    /** Art. 22: co-sign the record of a blocked construction. */
    CO_SIGN_BLOCK_RECORD(GCD, "Art. 22"),
    /** Art. 23: organise the acceptance, have form 4 signed and archive it (5 working days from activation). */
    ACCEPTANCE(GCD, "Art. 23"),
    /** Art. 37: report the configuration change complete once the device-owner unit's work order is done. */
    COMPLETE_CHANGE(CSSC, "Art. 37"),
    /** Art. 37: give the change-completion feedback and reply to the form 2 (no resource status changes). */
    REPLY_CHANGE(CSSC, "Art. 37"),
    /** Art. 37: organise the change acceptance, have form 4 signed and archive it (5 working days from completion). */
    CHANGE_ACCEPTANCE(GCD, "Art. 37");

    private final Department department;
    private final String article;

    DueKind(Department department, String article) {
        this.department = department;
        this.article = article;
    }

    public Department department() {
        return department;
    }

    public String article() {
        return article;
    }
}
