package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.presale.command.AssessSegment;
import cn.cmcc.ah.gca.presale.command.DispatchConfirmationForm;
import cn.cmcc.ah.gca.presale.command.ReceiveConfirmationForm;
import cn.cmcc.ah.gca.presale.command.RecordNegotiationOutcome;
import cn.cmcc.ah.gca.presale.command.RenegotiateConfirmationForm;
import cn.cmcc.ah.gca.presale.command.ReplyFromEngineering;
import cn.cmcc.ah.gca.presale.command.ReplyWithResourceConfirmation;
import cn.cmcc.ah.gca.presale.command.WithdrawConfirmationForm;
import cn.cmcc.ah.gca.presale.query.ConfirmationFormView;
import cn.cmcc.ah.gca.presale.query.HistoryEntry;
import cn.cmcc.ah.gca.presale.query.PresaleViews;
import cn.cmcc.ah.gca.presale.query.ProductView;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.AssessmentRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.DispatchRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.EngineeringReplyRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.NegotiationRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.ReplyRequest;
import cn.cmcc.ah.gca.presale.web.ConfirmationFormRequests.WithdrawalRequest;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
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
import java.util.List;
import java.util.Optional;

/**
 * Form 1, 本地集团客户接入类资源确认及回复单 (Art. 8–16, 35): GCD dispatches, CSSC receives, assesses each access point
 * segment by segment and replies, ENG answers referrals, GCD records the negotiation.
 */
@RestController
@RequestMapping("/api/forms")
class ConfirmationFormController {

    private final CommandGateway commands;
    private final PresaleViews views;
    private final BusinessNumbers numbers;
    private final Clock clock;

    ConfirmationFormController(CommandGateway commands, PresaleViews views, BusinessNumbers numbers, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.numbers = numbers;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Dispatch a form 1 to CSSC (Art. 8)",
            description = "Departments: GCD. The product must be in the catalogue; a non-mature product names a "
                    + "template of the library (Art. 7). Returns RC-yyyy-nnnnnn.")
    ResponseEntity<FormResponse> dispatch(@Valid @RequestBody DispatchRequest request, Actor actor) {
        actor.require("Art. 8", Department.GCD);
        String formId = numbers.next("RC");
        commands.sendAndWait(dispatchCommand(formId, request, "", actor), CommandMetadata.of(actor, formId));
        return ResponseEntity.created(URI.create("/api/forms/" + formId)).body(new FormResponse(formId, "DISPATCHED"));
    }

    @PostMapping("/{formId}/receipt")
    @Operation(summary = "CSSC receives the form (Art. 8): the receipt instant starts the Art. 11–14 clock",
            description = "Departments: CSSC.")
    FormResponse receive(@PathVariable String formId, Actor actor) {
        actor.require("Art. 8", Department.CSSC);
        commands.sendAndWait(new ReceiveConfirmationForm(formId, actor.department(), clock.instant()),
                CommandMetadata.of(actor, formId));
        return new FormResponse(formId, "RECEIVED");
    }

    @PostMapping("/{formId}/points/{pointId}/segments/{segment}/assessment")
    @Operation(summary = "Assess one segment of one access point (Art. 9–14)",
            description = "Departments: CSSC. Segments CORE, ACCESS_BACKBONE, LAST_MILE; outcomes AVAILABLE (Art. 11), "
                    + "CORE_INSUFFICIENT (core, Art. 12), LAST_MILE_OPTIMIZABLE (last mile, with readyDate, Art. 13), "
                    + "BUILD_REQUIRED (access backbone or last mile, Art. 14). Can be corrected until the reply; "
                    + "points that need ENG are referred to it.")
    FormResponse assess(@PathVariable String formId, @PathVariable String pointId,
                        @Parameter(description = "CORE, ACCESS_BACKBONE or LAST_MILE") @PathVariable Segment segment,
                        @Valid @RequestBody AssessmentRequest request, Actor actor) {
        actor.require("Art. 10", Department.CSSC);
        commands.sendAndWait(new AssessSegment(formId, pointId, segment, request.outcome(), request.readyDate(),
                request.note(), actor.department(), today(), clock.instant()), CommandMetadata.of(actor, formId));
        return new FormResponse(formId, "RECEIVED");
    }

    @PostMapping("/{formId}/points/{pointId}/engineering-reply")
    @Operation(summary = "ENG answers a referred point: project approved or not, planned in-service date (Art. 12, 14)",
            description = "Departments: ENG.")
    FormResponse engineeringReply(@PathVariable String formId, @PathVariable String pointId,
                                  @Valid @RequestBody EngineeringReplyRequest request, Actor actor) {
        actor.require("Art. 12, 14", Department.ENG);
        commands.sendAndWait(new ReplyFromEngineering(formId, pointId, request.projectApproved(),
                request.plannedInServiceDate(), request.remarks(), actor.department(), today(), clock.instant()),
                CommandMetadata.of(actor, formId));
        return new FormResponse(formId, "RECEIVED");
    }

    @PostMapping("/{formId}/reply")
    @Operation(summary = "CSSC replies: capability per point and the end-to-end network solution (Art. 15)",
            description = "Departments: CSSC. Refused (409) while a point is unassessed or a referral waits for ENG.")
    FormResponse reply(@PathVariable String formId, @Valid @RequestBody ReplyRequest request, Actor actor) {
        actor.require("Art. 15", Department.CSSC);
        commands.sendAndWait(new ReplyWithResourceConfirmation(formId, request.solutionSummary(),
                request.solutionLines(), actor.department(), clock.instant()), CommandMetadata.of(actor, formId));
        return new FormResponse(formId, "REPLIED");
    }

    @PostMapping("/{formId}/negotiation")
    @Operation(summary = "GCD records the negotiation with the customer (Art. 16)",
            description = "Departments: GCD. ACCEPTED (the basis of a form 2), DECLINED, or RENEGOTIATE with newForm: "
                    + "the new form 1 is dispatched in the same step and linked to this one.")
    FormResponse negotiate(@PathVariable String formId, @Valid @RequestBody NegotiationRequest request, Actor actor) {
        actor.require("Art. 16", Department.GCD);
        if (request.outcome() == NegotiationOutcome.RENEGOTIATE) {
            if (request.newForm() == null) {
                throw DomainException.ruleViolated("form-new-form-required",
                        "A renegotiation (Art. 16) dispatches the new form 1 with it", formId);
            }
            String newFormId = numbers.next("RC");
            commands.sendAndWait(new RenegotiateConfirmationForm(formId, request.note(),
                            dispatchCommand(newFormId, request.newForm(), formId, actor), actor.department(),
                            clock.instant()),
                    CommandMetadata.of(actor, formId));
            return new FormResponse(formId, "NEGOTIATED", newFormId);
        }
        if (request.newForm() != null && request.outcome() != null) {
            throw DomainException.ruleViolated("form-new-form-not-expected", "Only a renegotiation has a new form 1",
                    formId, request.outcome().name(), request.outcome().label());
        }
        commands.sendAndWait(new RecordNegotiationOutcome(formId, request.outcome(), null, request.note(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, formId));
        return new FormResponse(formId, "NEGOTIATED");
    }

    @PostMapping("/{formId}/withdrawal")
    @Operation(summary = "GCD withdraws the form before CSSC's reply, with a reason", description = "Departments: GCD.")
    FormResponse withdraw(@PathVariable String formId, @Valid @RequestBody WithdrawalRequest request, Actor actor) {
        actor.require("Art. 8", Department.GCD);
        commands.sendAndWait(new WithdrawConfirmationForm(formId, request.reason(), actor.department(),
                clock.instant()), CommandMetadata.of(actor, formId));
        return new FormResponse(formId, "WITHDRAWN");
    }

    @GetMapping("/{formId}")
    @Operation(summary = "A form 1 with its full history (who did what, when, as which department)",
            description = "A CUSTOMER token sees only its own forms, without the names of the operator's staff.")
    ConfirmationFormView get(@PathVariable String formId, Actor actor) {
        return views.form(formId)
                .filter(view -> visibleTo(view, actor))
                .map(view -> actor.is(Department.CUSTOMER) ? withoutStaffNames(view) : view)
                .orElseThrow(() -> DomainException.notFound("not-found", "No form " + formId, formId));
    }

    @GetMapping
    @Operation(summary = "Forms 1, newest first",
            description = "Filter by status (DISPATCHED, RECEIVED, REPLIED, NEGOTIATED, WITHDRAWN) and by the "
                    + "department whose move it is (awaiting=CSSC|ENG|GCD). A CUSTOMER token lists its own forms.")
    List<ConfirmationFormView> list(@RequestParam Optional<String> status, @RequestParam Optional<String> awaiting,
                                    @RequestParam(defaultValue = "100") int limit, Actor actor) {
        if (actor.is(Department.CUSTOMER)) {
            return views.forms(status, awaiting, actor.customerGroupId(), limit).stream()
                    .map(ConfirmationFormController::withoutStaffNames).toList();
        }
        return views.forms(status, awaiting, Optional.empty(), limit);
    }

    @GetMapping("/inbox")
    @Operation(summary = "The caller's inbox: forms whose next move is its department's",
            description = "CSSC: forms to receive, assess or reply (Art. 8–15); ENG: forms with open referrals "
                    + "(Art. 12, 14); GCD: replied forms to negotiate (Art. 16). Not for CUSTOMER tokens.")
    List<ConfirmationFormView> inbox(@RequestParam(defaultValue = "100") int limit, Actor actor) {
        Readers.requireStaff(actor, "Art. 8");
        return views.forms(Optional.empty(), Optional.of(actor.department().name()), Optional.empty(), limit);
    }

    private DispatchConfirmationForm dispatchCommand(String formId, DispatchRequest request, String renegotiationOf,
                                                     Actor actor) {
        ProductView product = Optional.ofNullable(request.productCode()).flatMap(views::product)
                .orElseThrow(() -> DomainException.ruleViolated("unknown-product",
                        "No product " + request.productCode(), String.valueOf(request.productCode())));
        String templateId = request.templateId() == null ? "" : request.templateId().strip();
        if (!templateId.isEmpty()) {
            views.template(templateId)
                    .filter(template -> "PRODUCTISED".equals(template.status)
                            && product.productCode.equals(template.productCode))
                    .orElseThrow(() -> DomainException.ruleViolated("form-template-not-in-library",
                            "Template " + request.templateId() + " is not in the library of " + product.productCode,
                            request.templateId(), product.productCode));
        }
        ConfirmationFormRequests.Adjustment adjustment = request.adjustment();
        return new DispatchConfirmationForm(formId, request.customer(), product.productCode, product.name,
                product.mature, templateId, request.bandwidthMbps(), request.requestedDate(),
                request.accountManager(), request.contact(), request.remarks(), request.accessPoints(),
                adjustment == null ? null : adjustment.circuitId(), adjustment == null ? null : adjustment.adjustmentId(),
                renegotiationOf, actor.department(), today(), clock.instant());
    }

    /** Dates the source speaks of are dates in the province. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessNumbers.CHINA);
    }

    private static boolean visibleTo(ConfirmationFormView view, Actor actor) {
        return !actor.is(Department.CUSTOMER) || actor.customerGroupId().orElse("").equals(view.customerGroupId);
    }

    /** A customer sees what was done and by which department, not who in the operator did it. */
    private static ConfirmationFormView withoutStaffNames(ConfirmationFormView view) {
        view.history = view.history.stream()
                .map(entry -> new HistoryEntry(entry.sequence(), entry.at(), entry.event(), entry.department(), "",
                        entry.details()))
                .toList();
        return view;
    }

    /** What a step on a form returns; {@code newFormId} only for a renegotiation. */
    record FormResponse(String formId, String status, String newFormId) {
        FormResponse(String formId, String status) {
            this(formId, status, "");
        }
    }
}
