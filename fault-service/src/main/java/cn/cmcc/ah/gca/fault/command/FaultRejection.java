package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Rejection;

import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.FORBIDDEN;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;

/**
 * Every reason a fault step is refused, with its kind (→ HTTP status) and article. Texts: {@code error.<code>} in
 * {@code fault-messages.properties} (Chinese) and {@code fault-messages_en.properties}. The first message argument is
 * always the ticket (the circuit for the report's circuit rules).
 * <p>
 * 403: the department may take this step, but another one holds the ticket. 409: the step is out of order and may
 * succeed once the ticket gets there. 422: the circuit or the customer's level break a rule; retrying cannot help.
 */
public enum FaultRejection implements Rejection {

    // the report (Art. 24)
    /** {0}: the circuit named; also for a customer naming a circuit that is not its own (existence is not told) */
    FAULT_CIRCUIT_UNKNOWN(RULE_VIOLATION, "Art. 24"),
    /** {0}: the circuit */
    FAULT_CIRCUIT_STOPPED(RULE_VIOLATION, "Art. 33"),
    /** {0}: the circuit */
    FAULT_CIRCUIT_SUSPENDED(RULE_VIOLATION, "Art. 34"),
    /** {0}: the circuit; {1}: the customer's service level */
    FAULT_DIRECT_REPORT_NOT_IMPORTANT(RULE_VIOLATION, "Art. 24"),
    FAULT_SYMPTOM_REQUIRED(INVALID, "Art. 24", "symptom"),
    FAULT_CONTACT_REQUIRED(INVALID, "Art. 24", "contact"),

    // who holds the ticket
    /** {0}: the ticket; {1}: the department that accepts it, {2} in Chinese, {3} in English */
    FAULT_ACCEPTED_BY_OTHER_DEPARTMENT(FORBIDDEN, "Art. 24"),
    /** {0}: the ticket; {1}: the department holding it, {2} in Chinese, {3} in English */
    FAULT_HELD_BY_OTHER_DEPARTMENT(FORBIDDEN, "Art. 25–31"),

    // where the ticket stands
    /** {0}: the ticket */
    FAULT_ALREADY_ACCEPTED(CONFLICT, "Art. 24"),
    /** {0}: the ticket */
    FAULT_NOT_ACCEPTED(CONFLICT, "Art. 24"),
    /** {0}: the ticket */
    FAULT_NOT_WAITING_FOR_DISPATCH(CONFLICT, "Art. 25"),
    /** {0}: the ticket */
    FAULT_NOT_WAITING_FOR_DIAGNOSIS(CONFLICT, "Art. 26"),
    /** {0}: the ticket */
    FAULT_NOT_BEING_REPAIRED(CONFLICT, "Art. 27–31"),
    /** {0}: the ticket */
    FAULT_NOT_REPAIRED(CONFLICT, "Art. 27, 29, 31"),
    /** {0}: the ticket */
    FAULT_CLEARANCE_ALREADY_ANSWERED(CONFLICT, "Art. 27, 29, 31"),
    /** {0}: the ticket */
    FAULT_NOT_CLEARED(CONFLICT, "Art. 27"),
    /** {0}: the ticket */
    FAULT_ALREADY_REPLIED(CONFLICT, "Art. 25, 27"),
    /** {0}: the ticket */
    FAULT_NOT_REPLIED(CONFLICT, "Art. 25"),
    /** {0}: the ticket */
    FAULT_ALREADY_CHECKED(CONFLICT, "Art. 25"),
    /** {0}: the ticket */
    FAULT_NOT_CHECKED(CONFLICT, "Art. 24–25"),
    /** {0}: the ticket */
    FAULT_ARCHIVED(CONFLICT, "Art. 24"),

    // the steps' content
    FAULT_REASONING_REQUIRED(INVALID, "Art. 26", "reasoning"),
    FAULT_REASON_REQUIRED(INVALID, "Art. 28–31", "reason"),
    /** {0}: the ticket; {1}: the department holding it, {2} in Chinese, {3} in English */
    FAULT_NO_HIGHER_LEVEL(RULE_VIOLATION, "Art. 28, 30"),
    /** {0}: the ticket; {1}: the level named, {2}: the level holding it; {3}, {4} the first in Chinese, English;
     *  {5}, {6} the second */
    FAULT_HAND_BACK_NOT_LOWER(RULE_VIOLATION, "Art. 28–31", "to"),
    FAULT_CAUSE_REQUIRED(INVALID, "Art. 27, 29, 31", "cause"),
    FAULT_ACTION_REQUIRED(INVALID, "Art. 27, 29, 31", "action"),
    FAULT_SUMMARY_REQUIRED(INVALID, "Art. 27", "summary"),
    FAULT_FINDINGS_REQUIRED(INVALID, "Art. 25", "findings");

    private final Kind kind;
    private final String article;
    private final String field;

    FaultRejection(Kind kind, String article) {
        this(kind, article, "");
    }

    FaultRejection(Kind kind, String article, String field) {
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
