package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.presale.command.AssessSegment;
import cn.cmcc.ah.gca.presale.command.ConfirmationForm.Status;
import cn.cmcc.ah.gca.presale.command.DispatchConfirmationForm;
import cn.cmcc.ah.gca.presale.command.DispatchRules;
import cn.cmcc.ah.gca.presale.command.PresaleRejection;
import cn.cmcc.ah.gca.presale.command.ReceiveConfirmationForm;
import cn.cmcc.ah.gca.presale.command.RecordNegotiationOutcome;
import cn.cmcc.ah.gca.presale.command.RenegotiateConfirmationForm;
import cn.cmcc.ah.gca.presale.command.SolutionTemplate;
import cn.cmcc.ah.gca.presale.command.ReplyFromEngineering;
import cn.cmcc.ah.gca.presale.command.ReplyWithResourceConfirmation;
import cn.cmcc.ah.gca.presale.command.WithdrawConfirmationForm;
import cn.cmcc.ah.gca.presale.query.PresaleQueries;
import cn.cmcc.ah.gca.presale.query.ProductView;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.AssessmentRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.DispatchRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.EngineeringReplyRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.NegotiationRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.ReplyRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.WithdrawalRequest;
import cn.cmcc.ah.gca.presale.web.PresaleResources.Form;
import cn.cmcc.ah.gca.presale.web.PresaleResources.FormStep;
import cn.cmcc.ah.gca.presale.web.PresaleResources.FormSummary;
import cn.cmcc.ah.gca.presale.web.PresaleResources.Referral;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static cn.cmcc.ah.gca.presale.command.PresaleStep.ASSESS_SEGMENT;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.DISPATCH_FORM;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_FORMS;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_INBOX;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_REFERRALS;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.RECEIVE_FORM;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.RECORD_NEGOTIATION;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REPLY_FROM_ENGINEERING;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REPLY_TO_FORM;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.WITHDRAW_FORM;

/**
 * Form 1, 本地集团客户接入类资源确认及回复单 (Art. 8–16, 35): GCD dispatches, CSSC receives, assesses each access point
 * segment by segment and replies, ENG answers referrals, GCD records the negotiation.
 */
@RestController
@RequestMapping("/api")
class ConfirmationFormController {

    private final CommandGateway commands;
    private final PresaleQueries views;
    private final BusinessNumbers numbers;
    private final Clock clock;

    ConfirmationFormController(CommandGateway commands, PresaleQueries views, BusinessNumbers numbers, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.numbers = numbers;
        this.clock = clock;
    }

    @PostMapping("/forms")
    @Endpoint(DISPATCH_FORM)
    @Operation(summary = "Dispatch a form 1 to CSSC (Art. 8)",
            description = "The product must be in the catalogue; a non-mature product names a template of the library "
                    + "(Art. 7). Returns RC-yyyy-nnnnnn.")
    ResponseEntity<FormStep> dispatch(@Valid @RequestBody DispatchRequest request, Actor actor) {
        DispatchConfirmationForm form = dispatchCommand(request, actor);
        DispatchRules.check(form);
        String formId = numbers.next("RC");
        commands.sendAndWait(form.numbered(formId, ""), CommandMetadata.of(actor, formId));
        return ResponseEntity.created(URI.create("/api/forms/" + formId)).body(new FormStep(formId, Status.DISPATCHED));
    }

    @PostMapping("/forms/{formId}/receipt")
    @Endpoint(RECEIVE_FORM)
    @Operation(summary = "CSSC receives the form (Art. 8): the receipt instant starts the Art. 11–14 clock")
    FormStep receive(@PathVariable String formId, Actor actor) {
        commands.sendAndWait(new ReceiveConfirmationForm(formId, actor.department(), clock.instant()),
                CommandMetadata.of(actor, formId));
        return new FormStep(formId, Status.RECEIVED);
    }

    @PostMapping("/forms/{formId}/points/{pointId}/segments/{segment}/assessment")
    @Endpoint(ASSESS_SEGMENT)
    @Operation(summary = "Assess one segment of one access point (Art. 9–14)",
            description = "Outcomes AVAILABLE (Art. 11), CORE_INSUFFICIENT (core, Art. 12), LAST_MILE_OPTIMIZABLE (last "
                    + "mile, with readyDate, Art. 13), BUILD_REQUIRED (access backbone or last mile, Art. 14). Can be "
                    + "corrected until the reply; points that need ENG are referred to it.")
    FormStep assess(@PathVariable String formId, @PathVariable String pointId,
                    @Parameter(description = "CORE, ACCESS_BACKBONE or LAST_MILE") @PathVariable Segment segment,
                    @Valid @RequestBody AssessmentRequest request, Actor actor) {
        commands.sendAndWait(new AssessSegment(formId, pointId, segment, request.outcome(), request.readyDate(),
                request.note(), actor.department(), today(), clock.instant()), CommandMetadata.of(actor, formId));
        return new FormStep(formId, Status.RECEIVED);
    }

    @PostMapping("/forms/{formId}/points/{pointId}/engineering-reply")
    @Endpoint(REPLY_FROM_ENGINEERING)
    @Operation(summary = "ENG answers a referred point: project approved or not, planned in-service date (Art. 12, 14)")
    FormStep engineeringReply(@PathVariable String formId, @PathVariable String pointId,
                              @Valid @RequestBody EngineeringReplyRequest request, Actor actor) {
        commands.sendAndWait(new ReplyFromEngineering(formId, pointId, request.projectApproved(),
                request.plannedInServiceDate(), request.remarks(), actor.department(), today(), clock.instant()),
                CommandMetadata.of(actor, formId));
        return new FormStep(formId, Status.RECEIVED);
    }

    @PostMapping("/forms/{formId}/reply")
    @Endpoint(REPLY_TO_FORM)
    @Operation(summary = "CSSC replies: capability per point and the end-to-end network solution (Art. 15)",
            description = "Refused (409) while a point is unassessed or a referral waits for ENG.")
    FormStep reply(@PathVariable String formId, @Valid @RequestBody ReplyRequest request, Actor actor) {
        commands.sendAndWait(new ReplyWithResourceConfirmation(formId, request.solutionSummary(), request.lines(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, formId));
        return new FormStep(formId, Status.REPLIED);
    }

    @PostMapping("/forms/{formId}/negotiation")
    @Endpoint(RECORD_NEGOTIATION)
    @Operation(summary = "GCD records the negotiation with the customer (Art. 16)",
            description = "ACCEPTED (the basis of a form 2), DECLINED, or RENEGOTIATE with newForm: the new form 1 is "
                    + "dispatched in the same step and linked to this one; both are stored or neither.")
    FormStep negotiate(@PathVariable String formId, @Valid @RequestBody NegotiationRequest request, Actor actor) {
        if (request.outcome() == NegotiationOutcome.RENEGOTIATE) {
            if (request.newForm() == null) {
                throw PresaleRejection.FORM_NEW_FORM_REQUIRED.reject(formId);
            }
            DispatchConfirmationForm newForm = dispatchCommand(request.newForm(), actor);
            DispatchRules.check(newForm);
            String newFormId = numbers.next("RC");
            commands.sendAndWait(new RenegotiateConfirmationForm(formId, request.note(),
                    newForm.numbered(newFormId, formId), actor.department(), clock.instant()),
                    CommandMetadata.of(actor, formId));
            return new FormStep(formId, Status.NEGOTIATED, newFormId);
        }
        if (request.newForm() != null) {
            throw PresaleRejection.FORM_NEW_FORM_NOT_EXPECTED.reject(formId, request.outcome().name(),
                    request.outcome().label());
        }
        commands.sendAndWait(new RecordNegotiationOutcome(formId, request.outcome(), request.note(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, formId));
        return new FormStep(formId, Status.NEGOTIATED);
    }

    @PostMapping("/forms/{formId}/withdrawal")
    @Endpoint(WITHDRAW_FORM)
    @Operation(summary = "GCD withdraws the form before CSSC's reply, with a reason")
    FormStep withdraw(@PathVariable String formId, @Valid @RequestBody WithdrawalRequest request, Actor actor) {
        commands.sendAndWait(new WithdrawConfirmationForm(formId, request.reason(), actor.department(),
                clock.instant()), CommandMetadata.of(actor, formId));
        return new FormStep(formId, Status.WITHDRAWN);
    }

    @GetMapping("/forms/{formId}")
    @Endpoint(READ_FORMS)
    @Operation(summary = "A form 1 with its full history (who did what, when, as which department)",
            description = "A CUSTOMER token sees only its own forms, without the names of the operator's staff.")
    Form get(@PathVariable String formId, Actor actor) {
        return Form.of(actor.visible(views.form(formId), view -> view.customerGroupId(), formId),
                !actor.is(Department.CUSTOMER));
    }

    @GetMapping("/forms")
    @Endpoint(READ_FORMS)
    @Operation(summary = "Forms 1, newest first, a page at a time (summaries; GET a form for its points and history)",
            description = "Filter by status and by the department whose move it is (awaiting). A CUSTOMER token lists "
                    + "its own forms. Follow next as ?cursor= for the next page.")
    Page<FormSummary> list(@RequestParam Optional<Status> status, @RequestParam Optional<Department> awaiting,
                           PageRequest page, Actor actor) {
        return views.forms(status, awaiting, actor.customerScope(), page).map(FormSummary::of);
    }

    @GetMapping("/forms/inbox")
    @Endpoint(READ_INBOX)
    @Operation(summary = "The caller's inbox: forms whose next move is its department's",
            description = "CSSC: forms to receive, assess or reply (Art. 8–15); ENG: forms with open referrals "
                    + "(Art. 12, 14); GCD: replied forms to negotiate (Art. 16).")
    Page<FormSummary> inbox(PageRequest page, Actor actor) {
        return views.inbox(actor.department(), page).map(FormSummary::of);
    }

    @GetMapping("/referrals")
    @Endpoint(READ_REFERRALS)
    @Operation(summary = "Open referrals to ENG, oldest first (Art. 12, 14)",
            description = "Each with the form's request and what CSSC found.")
    Page<Referral> referrals(PageRequest page) {
        return views.openReferrals(page).map(Referral::of);
    }

    private DispatchConfirmationForm dispatchCommand(DispatchRequest request, Actor actor) {
        ProductView product = views.product(request.productCode())
                .orElseThrow(() -> PresaleRejection.UNKNOWN_PRODUCT.reject(request.productCode()));
        String templateId = request.templateId() == null ? "" : request.templateId().strip();
        if (!templateId.isEmpty()) {
            views.template(templateId)
                    .filter(template -> template.status == SolutionTemplate.Status.PRODUCTISED
                            && product.productCode.equals(template.productCode))
                    .orElseThrow(() -> PresaleRejection.FORM_TEMPLATE_NOT_IN_LIBRARY.reject(templateId,
                            product.productCode));
        }
        ConfirmationFormRequests.Adjustment adjustment = request.adjustment();
        return new DispatchConfirmationForm(null, request.customer().toRef(), product.productCode, product.name,
                product.mature, templateId, request.bandwidthMbps(), request.requestedDate(),
                request.accountManager(), request.contact(), request.remarks(), request.requestedAccessPoints(),
                adjustment == null ? null : adjustment.circuitId(), adjustment == null ? null : adjustment.adjustmentId(),
                "", actor.department(), today(), clock.instant());
    }

    /** Dates the source speaks of are dates in the province. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessNumbers.CHINA);
    }
}
