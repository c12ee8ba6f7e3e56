package cn.cmcc.ah.gca.provisioning.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.domain.Step;

import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.CUSTOMER;
import static cn.cmcc.ah.gca.events.Department.ENG;
import static cn.cmcc.ah.gca.events.Department.GCD;
import static cn.cmcc.ah.gca.events.Department.RMU;

/**
 * Every in-sale step and the departments the source gives it to (Art. 17–23, and Art. 37 for a configuration change,
 * which takes the same steps but the status change): the one table the controller guard,
 * the aggregates, the OpenAPI description and the role-matrix test read.
 */
public enum ProvisioningStep implements Step {

    /** Art. 17: 集团客户部派发资源需求申请及资源开通回复单. */
    DISPATCH_DEMAND("Art. 17", Step.only(GCD)),
    /** Art. 17: 客户服务支撑中心受理，并提交核心资源及接入主干资源申请，同时进行接入末端资源施工调度. */
    ACCEPT_DEMAND("Art. 17", Step.only(CSSC)),
    /** Art. 19: 工程部…同时反馈完成的时间. */
    REPORT_COMPLETION_DATE("Art. 19", Step.only(ENG)),
    /** Art. 19: 资源按期投产. */
    REPORT_IN_SERVICE("Art. 19", Step.only(ENG)),
    /** Art. 20: CSSC's own last-mile project is complete. */
    COMPLETE_LAST_MILE_PROJECT("Art. 20", Step.only(CSSC)),
    /** Art. 19–20: 各资源管理单位应及时将资源纳入综合资源管理系统. */
    REGISTER_RESOURCES("Art. 19, 20", Step.only(RMU)),
    /** Art. 20: 再进行资源的分配. */
    ALLOCATE_LAST_MILE("Art. 20", Step.only(CSSC)),
    /** Art. 18–20: 开通业务施工单 (form 3); Art. 37: 由客户服务支撑中心相关网络设备主管单位派发开通业务施工单. */
    ISSUE_WORK_ORDER("Art. 18–20, 37", Step.only(CSSC)),
    COMPLETE_WORK_ORDER("Art. 18–20, 37", Step.only(CSSC)),
    FAIL_WORK_ORDER("Art. 18–20, 37", Step.only(CSSC)),
    /** Art. 22: 由客户服务支撑中心及时反馈集团客户部. */
    RECORD_BLOCK("Art. 22", Step.only(CSSC)),
    /** Art. 22: 以书面形式予以记录 — CSSC writes and signs. */
    WRITE_BLOCK_RECORD("Art. 22", Step.only(CSSC)),
    /** Art. 22: 共同确认 — GCD co-signs. */
    CO_SIGN_BLOCK_RECORD("Art. 22", Step.only(GCD)),
    RESUME_CONSTRUCTION("Art. 22", Step.only(CSSC)),
    /** Art. 21: 网络开通、用户侧施工完成; Art. 37: 业务更改完成后…进行更改竣工反馈. */
    COMPLETE_ACTIVATION("Art. 21, 37", Step.only(CSSC)),
    /** Art. 21: 2个工作日内完成资源状态变更信息的传递. */
    PASS_STATUS_INFO("Art. 21", Step.only(CSSC)),
    /** Art. 21: 各资源管理单位应1个工作日内完成资源状态变更. */
    CONFIRM_STATUS_CHANGE("Art. 21", Step.only(RMU)),
    /** Art. 21: 竣工反馈，并回复资源需求申请及资源开通回复单; Art. 37: the same reply after a configuration change. */
    REPLY_DEMAND("Art. 21, 37", Step.only(CSSC)),
    /** Art. 23: 集团客户部在5个工作日内组织…项目验收; Art. 37: …更改业务验收. */
    ORGANISE_ACCEPTANCE("Art. 23, 37", Step.only(GCD)),
    /** Art. 23, 37: 让用户及客户经理进行签字确认 — the customer (its own forms only) and the account manager. */
    SIGN_ACCEPTANCE("Art. 23, 37", Step.only(CUSTOMER, GCD)),
    /** Art. 23, 37: 对项目验收单进行归档. */
    ARCHIVE_ACCEPTANCE("Art. 23, 37", Step.only(GCD)),
    /** Everyone reads forms and circuits; a customer only its own, without the operator's staff names. */
    READ_FORMS("Art. 17", EVERYONE),
    READ_CIRCUITS("Art. 21", EVERYONE),
    /** The departments' inboxes are the operator's. */
    READ_INBOX("Art. 17–23", STAFF);

    private final String article;
    private final Set<Department> allowed;

    ProvisioningStep(String article, Set<Department> allowed) {
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
