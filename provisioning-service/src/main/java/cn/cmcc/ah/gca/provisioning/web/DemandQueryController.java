package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.provisioning.command.FormNumbers;
import cn.cmcc.ah.gca.provisioning.query.DemandFormView;
import cn.cmcc.ah.gca.provisioning.query.DemandStatus;
import cn.cmcc.ah.gca.provisioning.query.PresaleFormQueries;
import cn.cmcc.ah.gca.provisioning.query.ProvisioningQueries;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningResources.ConfirmationForm;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningResources.Form;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningResources.FormSummary;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningResources.InboxItem;
import cn.cmcc.ah.gca.support.domain.CommonRejection;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.regex.Pattern;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.READ_FORMS;
import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.READ_INBOX;

/**
 * Reading forms 2 (Art. 17–23), the departments' open work, and what provisioning knows of a form 1. The steps on a
 * form are the command controllers'.
 */
@RestController
@RequestMapping("/api")
class DemandQueryController {

    private static final Pattern FORM_1_NUMBER = Pattern.compile("RC-\\d{4}-\\d{6}");

    private final ProvisioningQueries views;
    private final PresaleFormQueries presaleForms;

    DemandQueryController(ProvisioningQueries views, PresaleFormQueries presaleForms) {
        this.views = views;
        this.presaleForms = presaleForms;
    }

    @GetMapping("/demands/{formId}")
    @Endpoint(READ_FORMS)
    @Operation(summary = "A form 2 with its points, work orders, blocks, status changes, form 4 and full history",
            description = "kind ACTIVATION (a new line, Art. 17–23) or CONFIGURATION_CHANGE (Art. 37, RD-SD-…, opened "
                    + "on decommission-service's classification of form 5 adjustment.formId, of circuit "
                    + "adjustment.circuitId). Who did what, when, as which department. A CUSTOMER token sees only its "
                    + "own forms, without "
                    + "the names of the operator's staff (no user ids, account manager, contact or signatories but "
                    + "its own signature).")
    Form get(@PathVariable String formId, Actor actor) {
        return Form.of(actor.visible(views.form(formId), DemandFormView::customerGroupId, formId),
                !actor.is(Department.CUSTOMER));
    }

    @GetMapping("/demands")
    @Endpoint(READ_FORMS)
    @Operation(summary = "Forms 2, newest first, a page at a time (summaries; GET a form for the rest)",
            description = "Filter by status. A CUSTOMER token lists its own forms. Follow next as ?cursor= for the "
                    + "next page.")
    Page<FormSummary> list(@RequestParam Optional<DemandStatus> status, PageRequest page, Actor actor) {
        return views.forms(status, actor.customerScope(), page).map(FormSummary::of);
    }

    @GetMapping("/demands/inbox")
    @Endpoint(READ_INBOX)
    @Operation(summary = "The caller department's open work on forms 2, by the date it is due, earliest first",
            description = "CSSC: forms to accept, last-mile projects to complete and allocate, activations, work "
                    + "orders, blocks to record or resume, status information to pass, replies (Art. 17–22); ENG: "
                    + "builds by their planned in-service date (Art. 19); RMU: registrations and status changes per "
                    + "unit, its own only for a token that names its unit (Art. 19–21); GCD: block records to co-sign "
                    + "and acceptances (Art. 22–23). Configuration changes (Art. 37, demandKind CONFIGURATION_CHANGE, "
                    + "with the adjusted circuit): CSSC's completion and reply, GCD's change acceptance.")
    Page<InboxItem> inbox(PageRequest page, Actor actor) {
        return views.inbox(actor.department(), actor.unitScope(), page).map(InboxItem::of);
    }

    @GetMapping("/confirmation-forms/{formId}")
    @Endpoint(READ_INBOX)
    @Operation(summary = "A form 1 as provisioning knows it from presale's events, and whether a form 2 may follow",
            description = "Status, request, confirmed points with their Art. 18/19/20 path, the solution, and the "
                    + "form 2 if one exists. Presale's events arrive shortly after presale stores them: a form 1 "
                    + "just negotiated may show its earlier status for a moment (no read-your-writes across "
                    + "services).")
    ConfirmationForm confirmationForm(@PathVariable String formId) {
        return presaleForms.form(formId).map(view -> {
            String demandFormId = FORM_1_NUMBER.matcher(formId).matches()
                    ? FormNumbers.demandFormIdFor(formId) : "";
            Optional<DemandStatus> demand = demandFormId.isEmpty() ? Optional.empty()
                    : views.form(demandFormId).map(form -> form.status);
            return ConfirmationForm.of(view, demandFormId, demand);
        }).orElseThrow(() -> CommonRejection.NOT_FOUND.reject(formId));
    }
}
