package cn.cmcc.ah.gca.decommission.command;

import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Rejection;

import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;

/**
 * Every reason a form 5 step is refused, with its kind (→ HTTP status) and article. Texts: {@code error.<code>} in
 * {@code decommission-messages.properties} (Chinese) and {@code decommission-messages_en.properties}.
 * <p>
 * 409: the circuit or the form is not where the step needs it, and may get there (or is already past it). 422: the
 * request breaks a rule; retrying cannot help. 403: the unit acting is not the one named.
 */
public enum DecommissionRejection implements Rejection {

    // the dispatch (Art. 33, 35)
    STOP_CIRCUITS_REQUIRED(INVALID, "Art. 33", "circuitIds"),
    STOP_REASON_REQUIRED(INVALID, "Art. 33", "reason"),
    /** {0}: the date given */
    STOP_REQUESTED_DATE_INVALID(INVALID, "Art. 33", "requestedDate"),
    STOP_FIRST_REASON_REQUIRED(INVALID, "Art. 4", "stopFirstReason"),
    /** {0}: the request type */
    STOP_REQUEST_TYPE_NOT_A_STOP(INVALID, "Art. 33, 35", "requestType"),
    /** {0}: the circuit named; also for a circuit provisioning never activated */
    STOP_CIRCUIT_UNKNOWN(RULE_VIOLATION, "Art. 33"),
    /** {0}: the circuits named */
    STOP_CIRCUITS_OF_SEVERAL_CUSTOMERS(RULE_VIOLATION, "Art. 33"),
    /** {0}: the circuits with open tickets; {1}: the tickets */
    STOP_OPEN_FAULT_TICKETS(RULE_VIOLATION, "Art. 33–34"),

    // the circuit (Art. 32–34)
    /** {0}: the circuit; {1}: the form 5 holding it */
    CIRCUIT_ON_OPEN_FORM(CONFLICT, "Art. 33"),
    /** {0}: the circuit */
    CIRCUIT_ALREADY_STOPPED(CONFLICT, "Art. 32, 34"),
    /** {0}: the circuit */
    CIRCUIT_ALREADY_SUSPENDED(CONFLICT, "Art. 32, 34"),
    /** {0}: the circuit */
    CIRCUIT_NOT_SUSPENDED(CONFLICT, "Art. 32–34"),
    /** {0}: the circuit */
    CIRCUIT_SUSPENDED(CONFLICT, "Art. 35"),

    // where the form stands
    /** {0}: the form */
    FORM_ALREADY_ACCEPTED(CONFLICT, "Art. 34"),
    /** {0}: the form */
    FORM_NOT_ACCEPTED(CONFLICT, "Art. 34"),
    /** {0}: the form */
    FORM_COMPLETED(CONFLICT, "Art. 34"),
    /** {0}: the form */
    FORM_WITHDRAWN(CONFLICT, "Art. 33"),
    /** {0}: the form */
    ADJUSTMENT_ENDED(CONFLICT, "Art. 35–36"),

    // the steps
    CLASSIFICATION_REQUIRED(INVALID, "Art. 36–37", "classification"),
    /** {0}: the form */
    CLASSIFICATION_ONLY_FOR_ADJUSTMENTS(INVALID, "Art. 36–37", "classification"),
    /** {0}: the form; {1}: its request type in Chinese, {2} in English */
    STEP_NOT_FOR_REQUEST_TYPE(RULE_VIOLATION, "Art. 34"),
    /** {0}: the form; {1}: the circuit */
    CIRCUIT_NOT_ON_FORM(RULE_VIOLATION, "Art. 34"),
    SEGMENT_REQUIRED(INVALID, "Art. 34", "segment"),
    /** {0}: the form; {1}: the circuit; {2}: the segment, {3} its Chinese name */
    SEGMENT_ALREADY_RELEASED(CONFLICT, "Art. 34"),
    /** {0}: the form; {1}: the circuit */
    LAST_MILE_ALREADY_DONE(CONFLICT, "Art. 34"),
    /** {0}: the form */
    ADJUSTMENT_CONFIGURATION_ONLY(RULE_VIOLATION, "Art. 37"),
    /** {0}: the form; {1}: the circuit */
    ADJUSTMENT_NEW_LINE_NOT_ACTIVATED(CONFLICT, "Art. 32, 36"),
    /** {0}: the form; {1}: the circuits not yet released end to end */
    RELEASE_NOT_COMPLETE(CONFLICT, "Art. 34"),
    /** {0}: the form */
    STATUS_CHANGE_ALREADY_REQUESTED(CONFLICT, "Art. 34"),
    STATUS_UNITS_REQUIRED(INVALID, "Art. 34", "units"),
    /** {0}: the form; {1}: the unit */
    STATUS_UNIT_UNKNOWN(RULE_VIOLATION, "Art. 34"),
    /** {0}: the form */
    STATUS_CHANGE_NOT_REQUESTED(CONFLICT, "Art. 34"),
    /** {0}: the form; {1}: the unit */
    STATUS_UNIT_NOT_NAMED(RULE_VIOLATION, "Art. 34"),
    /** {0}: the form; {1}: the unit */
    STATUS_CHANGE_ALREADY_CONFIRMED(CONFLICT, "Art. 34"),
    /** {0}: the form; {1}: the unit named; {2}: the caller's unit */
    NOT_OWN_RESOURCE_UNIT(FORBIDDEN, "Art. 34"),
    WITHDRAWAL_REASON_REQUIRED(INVALID, "Art. 33", "reason");

    private final Kind kind;
    private final String article;
    private final String field;

    DecommissionRejection(Kind kind, String article) {
        this(kind, article, "");
    }

    DecommissionRejection(Kind kind, String article, String field) {
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
