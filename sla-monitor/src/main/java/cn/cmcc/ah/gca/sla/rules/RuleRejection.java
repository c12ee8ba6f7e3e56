package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.domain.Rejection;

/**
 * Why a rules document is refused (422; texts {@code error.<code>} in {@code sla-messages}). Art. 5 lets PND change
 * the rules; these checks keep a change from starting clocks nothing can stop, or reading fields no event carries.
 */
public enum RuleRejection implements Rejection {
    /** {0}: how many problems, {1}: the first one's text */
    RULES_INVALID,
    /** {0}: what the parser said */
    DOCUMENT_UNREADABLE,
    /** {0}: size in KB, {1}: limit in KB */
    DOCUMENT_TOO_LARGE,
    NO_RULES,
    /** {0}: the rule's position (1, 2, …) */
    RULE_ID_MISSING,
    /** {0}: rule id */
    RULE_ID_MALFORMED,
    /** {0}: rule id */
    RULE_ID_DUPLICATE,
    /** {0}: rule, {1}: the missing field */
    RULE_FIELD_MISSING,
    /** {0}: rule */
    RULE_WITHOUT_START,
    /** {0}: rule */
    RULE_WITHOUT_STOP,
    /** {0}: rule, {1}: action, {2}: event type */
    EVENT_TYPE_UNKNOWN,
    /** {0}: rule, {1}: action, {2}: event type, {3}: what is missing */
    TRIGGER_INCOMPLETE,
    /** {0}: rule, {1}: action, {2}: event type, {3}: the field that action does not take */
    TRIGGER_FIELD_UNEXPECTED,
    /** {0}: rule, {1}: pointer */
    POINTER_MALFORMED,
    /** {0}: rule, {1}: pointer, {2}: event type(s) */
    POINTER_NOT_ON_EVENT,
    /** {0}: rule, {1}: pointer, {2}: event type, {3}: the type it points at, {4}: the type needed */
    POINTER_WRONG_TYPE,
    /** {0}: rule, {1}: field */
    CONDITION_INVALID,
    /** {0}: rule, {1}: field, {2}: value, {3}: the constants allowed */
    CONDITION_VALUE_UNKNOWN,
    /** {0}: rule, {1}: what is wrong */
    LIMIT_INVALID,
    /** {0}: rule, {1}: the value */
    LIMIT_NOT_POSITIVE,
    /** {0}: rule, {1}: the value */
    DURATION_MALFORMED,
    /** {0}: rule, {1}: tier, {2}: the levels allowed */
    TIER_UNKNOWN,
    /** {0}: where (document or rule id), {1}: the value */
    WARN_FRACTION_OUT_OF_RANGE,
    /** {0}: rule, {1}: the value, {2}: the codes allowed */
    DEPARTMENT_UNKNOWN;

    @Override
    public DomainException.Kind kind() {
        return DomainException.Kind.RULE_VIOLATION;
    }

    @Override
    public String article() {
        return "Art. 5";
    }
}
