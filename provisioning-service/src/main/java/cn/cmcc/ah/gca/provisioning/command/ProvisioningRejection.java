package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Rejection;

import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.NOT_FOUND;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;

/**
 * Every reason an in-sale step is refused, with its kind (→ HTTP status) and article. Texts: {@code error.<code>} in
 * {@code provisioning-messages.properties} (Chinese) and {@code provisioning-messages_en.properties}. The first
 * message argument is always the form 2.
 * <p>
 * 409 says "not now": the step is out of order and may succeed once the form gets there. 422 says "never on this
 * form": the data or the form's fixed facts (its form 1, a point's path) break a rule, so retrying cannot help.
 */
public enum ProvisioningRejection implements Rejection {

    // dispatch of form 2 (Art. 16–17)
    DEMAND_CONFIRMATION_FORM_REQUIRED(INVALID, "Art. 17", "confirmationFormId"),
    DEMAND_NUMBER_MISMATCH(INVALID, "Art. 17", "formId"),
    DEMAND_UNKNOWN_CONFIRMATION_FORM(RULE_VIOLATION, "Art. 17"),
    DEMAND_CONFIRMATION_NOT_REPLIED(RULE_VIOLATION, "Art. 15"),
    DEMAND_CUSTOMER_NOT_ACCEPTED(RULE_VIOLATION, "Art. 16"),
    DEMAND_CONFIRMATION_DECLINED(RULE_VIOLATION, "Art. 16"),
    DEMAND_CONFIRMATION_WITHDRAWN(RULE_VIOLATION, "Art. 8"),
    DEMAND_CONFIRMATION_RENEGOTIATED(RULE_VIOLATION, "Art. 16"),
    /** Raised by the web layer, which finds the form 2 in the event store (one form 2 per form 1). */
    FORM1_ALREADY_USED(RULE_VIOLATION, "Art. 17"),
    DEMAND_NOTHING_PROVISIONABLE(RULE_VIOLATION, "Art. 12, 14"),

    // where the form 2 stands
    DEMAND_NOT_ACCEPTED(CONFLICT, "Art. 17"),
    DEMAND_ALREADY_ACCEPTED(CONFLICT, "Art. 17"),
    DEMAND_CANCELLED(CONFLICT, "Art. 22"),
    DEMAND_ARCHIVED(CONFLICT, "Art. 23"),

    // acceptance by CSSC (Art. 17)
    ACCEPT_PLANNED_DATE_INVALID(INVALID, "Art. 17", "plannedActivationDate"),
    ACCEPT_PLANNED_DATE_BEFORE_READY(RULE_VIOLATION, "Art. 17"),
    ACCEPT_RESOURCE_APPLICATION_REQUIRED(INVALID, "Art. 17", "resourceApplication"),
    ACCEPT_LAST_MILE_SCHEDULING_REQUIRED(INVALID, "Art. 17", "lastMileScheduling"),

    // preparing a point (Art. 18–20)
    POINT_NOT_FOUND(NOT_FOUND, "Art. 17"),
    POINT_NOT_ON_PATH(RULE_VIOLATION, "Art. 18–20"),
    POINT_BUILD_NOT_IN_SERVICE(CONFLICT, "Art. 19"),
    POINT_BUILD_ALREADY_IN_SERVICE(CONFLICT, "Art. 19"),
    POINT_PROJECT_NOT_COMPLETED(CONFLICT, "Art. 20"),
    POINT_PROJECT_ALREADY_COMPLETED(CONFLICT, "Art. 20"),
    POINT_RESOURCES_NOT_REGISTERED(CONFLICT, "Art. 19, 20"),
    POINT_LAST_MILE_NOT_ALLOCATED(CONFLICT, "Art. 20"),
    POINT_LAST_MILE_ALREADY_ALLOCATED(CONFLICT, "Art. 20"),
    ENGINEERING_COMPLETION_DATE_INVALID(INVALID, "Art. 19", "completionDate"),
    ENGINEERING_IN_SERVICE_DATE_INVALID(INVALID, "Art. 19", "inServiceDate"),
    RESOURCES_UNIT_INVALID(INVALID, "Art. 19, 20", "unit"),
    /** {0} the unit code, {1} the configured ones: which units exist is configuration, checked by the web layer. */
    UNKNOWN_RESOURCE_UNIT(RULE_VIOLATION, "Art. 19–21"),
    /** Raised by the web layer: an RMU token naming its unit acts for that unit only. */
    NOT_OWN_RESOURCE_UNIT(FORBIDDEN, "Art. 19–21"),
    RESOURCES_REQUIRED(INVALID, "Art. 19, 20", "resources"),
    LAST_MILE_ALLOCATION_REQUIRED(INVALID, "Art. 20", "allocation"),

    // form 3 work orders (Art. 18–20)
    WORK_ORDER_TARGET_REQUIRED(INVALID, "Art. 18–20", "target"),
    WORK_ORDER_ASSIGNEE_REQUIRED(INVALID, "Art. 18–20", "assigneeUnit"),
    WORK_ORDER_PLANNED_DATE_INVALID(INVALID, "Art. 18–20", "plannedDate"),
    WORK_ORDER_PLANNED_DATE_IN_PAST(RULE_VIOLATION, "Art. 18–20"),
    WORK_ORDER_ALREADY_OPEN(CONFLICT, "Art. 18–20"),
    WORK_ORDER_TARGET_DONE(CONFLICT, "Art. 18–20"),
    WORK_ORDER_REISSUE_REQUIRED(RULE_VIOLATION, "Art. 18–20"),
    WORK_ORDER_REISSUE_UNKNOWN(RULE_VIOLATION, "Art. 18–20"),
    WORK_ORDER_REISSUE_OTHER_WORK(RULE_VIOLATION, "Art. 18–20"),
    WORK_ORDER_ALREADY_REISSUED(CONFLICT, "Art. 18–20"),
    WORK_ORDER_NOT_FOUND(NOT_FOUND, "Art. 18–20"),
    WORK_ORDER_NOT_OPEN(CONFLICT, "Art. 18–20"),
    WORK_ORDER_ACTUAL_DATE_INVALID(INVALID, "Art. 18–20", "actualDate"),
    WORK_ORDER_RESULT_REQUIRED(INVALID, "Art. 18–20", "result"),
    WORK_ORDER_FAILURE_REASON_REQUIRED(INVALID, "Art. 18–20", "reason"),

    // blocked construction (Art. 22)
    CONSTRUCTION_BLOCKED(CONFLICT, "Art. 22"),
    BLOCK_REASON_REQUIRED(INVALID, "Art. 22", "reason"),
    BLOCK_UNKNOWN_POINT(RULE_VIOLATION, "Art. 22"),
    BLOCK_NOT_FOUND(NOT_FOUND, "Art. 22"),
    BLOCK_ALREADY_RESOLVED(CONFLICT, "Art. 22"),
    BLOCK_HANDLING_REQUIRED(INVALID, "Art. 22", "agreedHandling"),
    BLOCK_ACTIVATION_RESULT_REQUIRED(INVALID, "Art. 22", "activationResult"),
    BLOCK_DECISION_REQUIRED(INVALID, "Art. 22", "decision"),
    BLOCK_SIGNATORY_REQUIRED(INVALID, "Art. 22", "signedBy"),
    BLOCK_RECORD_NOT_WRITTEN(CONFLICT, "Art. 22"),
    BLOCK_RECORD_ALREADY_CO_SIGNED(CONFLICT, "Art. 22"),
    BLOCK_RECORD_NOT_CO_SIGNED(CONFLICT, "Art. 22"),

    // activation, status change and reply (Art. 21)
    ACTIVATION_WORK_MISSING(CONFLICT, "Art. 21"),
    ACTIVATION_WORK_ORDER_OPEN(CONFLICT, "Art. 21"),
    ACTIVATION_NOT_COMPLETE(CONFLICT, "Art. 21"),
    ACTIVATION_ALREADY_COMPLETE(CONFLICT, "Art. 21"),
    STATUS_INFO_UNITS_REQUIRED(INVALID, "Art. 21", "units"),
    STATUS_INFO_UNIT_INVALID(INVALID, "Art. 21", "units"),
    STATUS_INFO_DUPLICATE_UNIT(INVALID, "Art. 21", "units"),
    STATUS_INFO_ALREADY_PASSED(CONFLICT, "Art. 21"),
    STATUS_INFO_NOT_PASSED(CONFLICT, "Art. 21"),
    STATUS_CHANGE_UNIT_NOT_INFORMED(NOT_FOUND, "Art. 21"),
    STATUS_CHANGE_ALREADY_CONFIRMED(CONFLICT, "Art. 21"),
    STATUS_CHANGES_OPEN(CONFLICT, "Art. 21"),
    REPLY_FEEDBACK_REQUIRED(INVALID, "Art. 21", "feedback"),
    DEMAND_ALREADY_REPLIED(CONFLICT, "Art. 21"),
    DEMAND_NOT_REPLIED(CONFLICT, "Art. 21"),

    // acceptance with the customer, form 4 (Art. 23)
    ACCEPTANCE_DATE_INVALID(INVALID, "Art. 23", "acceptanceDate"),
    ACCEPTANCE_PARTICIPANTS_REQUIRED(INVALID, "Art. 23", "participants"),
    ACCEPTANCE_TESTS_REQUIRED(INVALID, "Art. 23", "tests"),
    ACCEPTANCE_NOT_ORGANISED(CONFLICT, "Art. 23"),
    ACCEPTANCE_SIGNING_STARTED(CONFLICT, "Art. 23"),
    ACCEPTANCE_SIGNER_REQUIRED(INVALID, "Art. 23", "signedBy"),
    ACCEPTANCE_ALREADY_SIGNED(CONFLICT, "Art. 23"),
    ACCEPTANCE_NOT_SIGNED(CONFLICT, "Art. 23"),

    // a configuration-only adjustment (Art. 37): opened on decommission-service's classification, its first argument
    // the form 2 RD-SD-…
    CHANGE_ADJUSTMENT_FORM_INVALID(INVALID, "Art. 37", "adjustmentFormId"),
    CHANGE_UNKNOWN_CIRCUIT(RULE_VIOLATION, "Art. 37"),
    CHANGE_CUSTOMER_MISMATCH(RULE_VIOLATION, "Art. 37"),
    CHANGE_WORK_ORDER_OPEN(CONFLICT, "Art. 37"),
    CHANGE_WORK_MISSING(CONFLICT, "Art. 37"),
    /** A data-configuration change leaves the resources' status as it is: nothing to pass, nothing to confirm. */
    NO_STATUS_CHANGE_FOR_CONFIGURATION_CHANGE(RULE_VIOLATION, "Art. 37");

    private final Kind kind;
    private final String article;
    private final String field;

    ProvisioningRejection(Kind kind, String article) {
        this(kind, article, "");
    }

    ProvisioningRejection(Kind kind, String article, String field) {
        this.kind = kind;
        this.article = article;
        this.field = field;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public String field() {
        return field;
    }
}
