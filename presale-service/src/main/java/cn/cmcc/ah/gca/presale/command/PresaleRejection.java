package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.support.domain.DomainException.Kind;
import cn.cmcc.ah.gca.support.domain.Rejection;

import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.CONFLICT;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.INVALID;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.NOT_FOUND;
import static cn.cmcc.ah.gca.support.domain.DomainException.Kind.RULE_VIOLATION;

/**
 * Every reason a pre-sale step is refused, with its kind (→ HTTP status) and article. Texts: {@code error.<code>} in
 * {@code presale-messages.properties} (Chinese) and {@code presale-messages_en.properties}.
 */
public enum PresaleRejection implements Rejection {

    // products (Art. 6)
    PRODUCT_NAME_REQUIRED(INVALID, "Art. 6", "name"),
    UNKNOWN_PRODUCT(RULE_VIOLATION, "Art. 6"),

    // solution templates (Art. 7)
    TEMPLATE_FOR_MATURE_PRODUCT(RULE_VIOLATION, "Art. 6"),
    TEMPLATE_NEED_REQUIRED(INVALID, "Art. 7", "need"),
    TEMPLATE_TITLE_REQUIRED(INVALID, "Art. 7", "title"),
    TEMPLATE_CONTENT_REQUIRED(INVALID, "Art. 7", "content"),
    TEMPLATE_RETURN_REASON_REQUIRED(INVALID, "Art. 7", "reason"),
    TEMPLATE_ALREADY_PRODUCTISED(CONFLICT, "Art. 7"),
    TEMPLATE_NO_DRAFT(CONFLICT, "Art. 7"),
    TEMPLATE_VERSION_OUTDATED(CONFLICT, "Art. 7"),
    TEMPLATE_DRAFT_RETURNED(CONFLICT, "Art. 7"),
    TEMPLATE_ALREADY_VALIDATED(CONFLICT, "Art. 7"),
    TEMPLATE_NOT_VALIDATED(CONFLICT, "Art. 7"),
    TEMPLATE_RETURNED_BY_SUBMITTER(CONFLICT, "Art. 7"),

    // form 1: dispatch (Art. 8, 35)
    FORM_CUSTOMER_REQUIRED(INVALID, "Art. 8", "customer"),
    FORM_PRODUCT_REQUIRED(INVALID, "Art. 8", "productCode"),
    FORM_TEMPLATE_REQUIRED(RULE_VIOLATION, "Art. 7"),
    FORM_TEMPLATE_NOT_IN_LIBRARY(RULE_VIOLATION, "Art. 7"),
    FORM_BANDWIDTH_INVALID(INVALID, "Art. 8", "bandwidthMbps"),
    FORM_REQUESTED_DATE_REQUIRED(INVALID, "Art. 8", "requestedDate"),
    FORM_REQUESTED_DATE_IN_PAST(RULE_VIOLATION, "Art. 8"),
    FORM_NO_ACCESS_POINTS(INVALID, "Art. 8", "accessPoints"),
    FORM_ACCESS_POINT_INCOMPLETE(INVALID, "Art. 8", "accessPoints"),
    FORM_DUPLICATE_ACCESS_POINT(RULE_VIOLATION, "Art. 8"),
    FORM_ADJUSTMENT_INCOMPLETE(INVALID, "Art. 35", "adjustment"),

    // form 1: where it stands
    FORM_WITHDRAWN(CONFLICT, "Art. 8"),
    FORM_ALREADY_RECEIVED(CONFLICT, "Art. 8"),
    FORM_NOT_RECEIVED(CONFLICT, "Art. 8"),
    FORM_ALREADY_REPLIED(CONFLICT, "Art. 15"),
    FORM_WITHDRAWAL_REASON_REQUIRED(INVALID, "Art. 8", "reason"),

    // form 1: assessment and referrals (Art. 9–14)
    FORM_NO_SUCH_ACCESS_POINT(NOT_FOUND, "Art. 8"),
    FORM_SEGMENT_REQUIRED(INVALID, "Art. 10", "segment"),
    FORM_OUTCOME_REQUIRED(INVALID, "Art. 10", "outcome"),
    FORM_OUTCOME_NOT_FOR_SEGMENT(RULE_VIOLATION, "Art. 10"),
    FORM_READY_DATE_REQUIRED(INVALID, "Art. 13", "readyDate"),
    FORM_READY_DATE_NOT_EXPECTED(INVALID, "Art. 13", "readyDate"),
    FORM_READY_DATE_IN_PAST(RULE_VIOLATION, "Art. 13"),
    FORM_NO_OPEN_REFERRAL(CONFLICT, "Art. 12, 14"),
    FORM_PLANNED_DATE_REQUIRED(INVALID, "Art. 12, 14", "plannedInServiceDate"),
    FORM_PLANNED_DATE_NOT_EXPECTED(INVALID, "Art. 12, 14", "plannedInServiceDate"),
    FORM_PLANNED_DATE_IN_PAST(RULE_VIOLATION, "Art. 12, 14"),

    // form 1: reply (Art. 15)
    FORM_ASSESSMENT_INCOMPLETE(CONFLICT, "Art. 10"),
    FORM_REFERRAL_OPEN(CONFLICT, "Art. 12, 14"),
    FORM_SOLUTION_SUMMARY_REQUIRED(INVALID, "Art. 15", "solutionSummary"),
    FORM_SOLUTION_LINE_INCOMPLETE(INVALID, "Art. 15", "solutionLines"),
    FORM_SOLUTION_UNKNOWN_POINT(RULE_VIOLATION, "Art. 15"),
    FORM_SOLUTION_DUPLICATE_LINE(RULE_VIOLATION, "Art. 15"),
    FORM_SOLUTION_INCOMPLETE(RULE_VIOLATION, "Art. 15"),

    // form 1: negotiation (Art. 16)
    FORM_NOT_REPLIED(CONFLICT, "Art. 15"),
    FORM_NEGOTIATION_ALREADY_RECORDED(CONFLICT, "Art. 16"),
    FORM_NEGOTIATION_OUTCOME_REQUIRED(INVALID, "Art. 16", "outcome"),
    FORM_NEW_FORM_REQUIRED(INVALID, "Art. 16", "newForm"),
    FORM_NEW_FORM_NOT_EXPECTED(INVALID, "Art. 16", "newForm"),
    FORM_RENEGOTIATION_OTHER_CUSTOMER(RULE_VIOLATION, "Art. 16");

    private final Kind kind;
    private final String article;
    private final String field;

    PresaleRejection(Kind kind, String article) {
        this(kind, article, "");
    }

    PresaleRejection(Kind kind, String article, String field) {
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
