package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.TemplateDraftReturned;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import static cn.cmcc.ah.gca.presale.command.Guards.isBlank;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 解决方案模板: a solution template for a non-mature product, from GCD's request through the drafts both sides
 * validate to its entry in the template library (Art. 7).
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class SolutionTemplate {

    /** Where a template stands. */
    public enum Status {
        /** 已发起, no draft yet */
        REQUESTED,
        /** a draft awaits validation by both sides */
        DRAFT_SUBMITTED,
        /** the current draft was sent back; a new one is needed */
        DRAFT_RETURNED,
        /** 已产品化并录入模板库 */
        PRODUCTISED
    }

    /** Art. 7: 集团客户部向客户服务支撑中心发出共同拟定…需求，双方组织论证: both sides validate. */
    private static final Set<Department> CO_DRAFTERS = EnumSet.of(Department.GCD, Department.CSSC);

    @AggregateIdentifier
    private String templateId;
    private String productCode;
    private String productName;
    private Instant requestedAt;
    private Status status;
    private int version;
    private Department submittedBy;
    private String title;
    private String content;
    private final Set<Department> validatedBy = EnumSet.noneOf(Department.class);

    protected SolutionTemplate() {
        // for Axon
    }

    @CommandHandler
    SolutionTemplate(RequestTemplate command) {
        PresaleStep.REQUEST_TEMPLATE.require(command.actingDepartment());
        if (isBlank(command.productCode()) || isBlank(command.productName())) {
            throw PresaleRejection.FORM_PRODUCT_REQUIRED.reject();
        }
        if (command.productMature()) {
            throw PresaleRejection.TEMPLATE_FOR_MATURE_PRODUCT.reject(command.productCode());
        }
        if (isBlank(command.need())) {
            throw PresaleRejection.TEMPLATE_NEED_REQUIRED.reject(command.templateId());
        }
        apply(new TemplateRequested(command.templateId(), command.productCode(), command.productName(),
                command.need().strip(), command.requestedAt()));
    }

    /** Returns the new draft's version. */
    @CommandHandler
    int handle(SubmitTemplateDraft command) {
        PresaleStep.SUBMIT_TEMPLATE_DRAFT.require(command.actingDepartment());
        requireNotProductised();
        if (isBlank(command.title())) {
            throw PresaleRejection.TEMPLATE_TITLE_REQUIRED.reject(templateId);
        }
        if (isBlank(command.content())) {
            throw PresaleRejection.TEMPLATE_CONTENT_REQUIRED.reject(templateId);
        }
        apply(new TemplateDraftSubmitted(templateId, version + 1, command.title().strip(), command.content().strip(),
                command.actingDepartment(), command.submittedAt()));
        return version;
    }

    @CommandHandler
    void handle(ReturnTemplateDraft command) {
        PresaleStep.RETURN_TEMPLATE_DRAFT.require(command.actingDepartment());
        requireCurrentDraft(command.version());
        if (command.actingDepartment() == submittedBy) {
            throw PresaleRejection.TEMPLATE_RETURNED_BY_SUBMITTER.reject(templateId, version,
                    otherSideOf(submittedBy).name());
        }
        if (isBlank(command.reason())) {
            throw PresaleRejection.TEMPLATE_RETURN_REASON_REQUIRED.reject(templateId);
        }
        apply(new TemplateDraftReturned(templateId, version, command.actingDepartment(),
                command.reason().strip(), command.returnedAt()));
    }

    @CommandHandler
    void handle(ValidateTemplate command) {
        PresaleStep.VALIDATE_TEMPLATE.require(command.actingDepartment());
        requireCurrentDraft(command.version());
        if (validatedBy.contains(command.actingDepartment())) {
            throw PresaleRejection.TEMPLATE_ALREADY_VALIDATED.reject(templateId, version);
        }
        boolean otherSideValidated = validatedBy.contains(otherSideOf(command.actingDepartment()));
        apply(new TemplateValidated(templateId, version, command.actingDepartment(), otherSideValidated,
                command.validatedAt()));
    }

    /** Returns the productised draft's version. */
    @CommandHandler
    int handle(ProductiseTemplate command) {
        PresaleStep.PRODUCTISE_TEMPLATE.require(command.actingDepartment());
        requireCurrentDraft(version);
        if (!validatedBy.containsAll(CO_DRAFTERS)) {
            throw PresaleRejection.TEMPLATE_NOT_VALIDATED.reject(templateId, version);
        }
        apply(new TemplateProductised(templateId, productCode, productName, version, title, content,
                command.actingDepartment(), requestedAt, command.productisedAt()));
        return version;
    }

    private void requireNotProductised() {
        if (status == Status.PRODUCTISED) {
            throw PresaleRejection.TEMPLATE_ALREADY_PRODUCTISED.reject(templateId);
        }
    }

    /** The step is about the draft now under validation, and the caller saw that very version. */
    private void requireCurrentDraft(int seenVersion) {
        requireNotProductised();
        if (status == Status.REQUESTED) {
            throw PresaleRejection.TEMPLATE_NO_DRAFT.reject(templateId);
        }
        if (seenVersion != version) {
            throw PresaleRejection.TEMPLATE_VERSION_OUTDATED.reject(templateId, seenVersion, version);
        }
        if (status == Status.DRAFT_RETURNED) {
            throw PresaleRejection.TEMPLATE_DRAFT_RETURNED.reject(templateId, version);
        }
    }

    private static Department otherSideOf(Department side) {
        return side == Department.GCD ? Department.CSSC : Department.GCD;
    }

    @EventSourcingHandler
    void on(TemplateRequested event) {
        templateId = event.templateId();
        productCode = event.productCode();
        productName = event.productName();
        requestedAt = event.requestedAt();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(TemplateDraftSubmitted event) {
        status = Status.DRAFT_SUBMITTED;
        version = event.version();
        submittedBy = event.submittedBy();
        title = event.title();
        content = event.content();
        validatedBy.clear();
    }

    @EventSourcingHandler
    void on(TemplateDraftReturned event) {
        status = Status.DRAFT_RETURNED;
        validatedBy.clear();
    }

    @EventSourcingHandler
    void on(TemplateValidated event) {
        validatedBy.add(event.validatedBy());
    }

    @EventSourcingHandler
    void on(TemplateProductised event) {
        status = Status.PRODUCTISED;
    }
}
