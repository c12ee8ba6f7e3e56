package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.ADMIN;
import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.ENG;
import static cn.cmcc.ah.gca.events.Department.GCD;

/**
 * Every pre-sale step and the departments the source gives it to: the one table the controller guard, the
 * aggregates, the OpenAPI description and the role-matrix test read.
 */
public enum PresaleStep implements Step {

    /** Art. 6: GCD analyses needs against the product catalogue; ADMIN keeps it. */
    REGISTER_PRODUCT("Art. 6", Step.only(ADMIN, GCD)),
    CHANGE_PRODUCT_MATURITY("Art. 6", Step.only(ADMIN, GCD)),
    READ_PRODUCTS("Art. 6", EVERYONE),

    /** Art. 7: 集团客户部向客户服务支撑中心发出共同拟定解决方案模板的需求. */
    REQUEST_TEMPLATE("Art. 7", Step.only(GCD)),
    /** Art. 7: 双方共同拟定; a draft comes from either side. */
    SUBMIT_TEMPLATE_DRAFT("Art. 7", Step.only(GCD, CSSC)),
    /** Art. 7: the side that did not submit the draft sends it back (the template checks which side that is). */
    RETURN_TEMPLATE_DRAFT("Art. 7", Step.only(GCD, CSSC)),
    /** Art. 7: 双方组织论证, each side once per draft. */
    VALIDATE_TEMPLATE("Art. 7", Step.only(GCD, CSSC)),
    PRODUCTISE_TEMPLATE("Art. 7", Step.only(GCD, CSSC)),
    /** Templates are the operator's internal solutions: not for customers. */
    READ_TEMPLATES("Art. 7", STAFF),

    /** Art. 8: 集团客户部向客户服务支撑中心派发资源确认单. */
    DISPATCH_FORM("Art. 8", Step.only(GCD)),
    RECEIVE_FORM("Art. 8", Step.only(CSSC)),
    WITHDRAW_FORM("Art. 8", Step.only(GCD)),
    /** Art. 9–14: CSSC confirms every segment of every access point. */
    ASSESS_SEGMENT("Art. 10", Step.only(CSSC)),
    /** Art. 12, 14: ENG decides on the project and its planned in-service date. */
    REPLY_FROM_ENGINEERING("Art. 12, 14", Step.only(ENG)),
    /** Art. 15: CSSC replies with the capability and the end-to-end network solution. */
    REPLY_TO_FORM("Art. 15", Step.only(CSSC)),
    /** Art. 16: GCD negotiates with the customer and records the outcome. */
    RECORD_NEGOTIATION("Art. 16", Step.only(GCD)),
    /** Everyone reads forms; a customer only its own, without the operator's staff names. */
    READ_FORMS("Art. 8", EVERYONE),
    /** The departments' inboxes are the operator's. */
    READ_INBOX("Art. 8", STAFF),
    READ_REFERRALS("Art. 12, 14", STAFF);

    private final String article;
    private final Set<Department> allowed;

    PresaleStep(String article, Set<Department> allowed) {
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
