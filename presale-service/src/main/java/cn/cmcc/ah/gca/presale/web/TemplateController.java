package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.presale.command.ProductiseTemplate;
import cn.cmcc.ah.gca.presale.command.RequestTemplate;
import cn.cmcc.ah.gca.presale.command.ReturnTemplateDraft;
import cn.cmcc.ah.gca.presale.command.SubmitTemplateDraft;
import cn.cmcc.ah.gca.presale.command.ValidateTemplate;
import cn.cmcc.ah.gca.presale.query.PresaleViews;
import cn.cmcc.ah.gca.presale.query.ProductView;
import cn.cmcc.ah.gca.presale.query.TemplateView;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Optional;

/**
 * Solution templates (Art. 7): GCD asks CSSC to co-draft one for a non-mature product, both sides validate the draft,
 * the validated template is productised into the template library that GCD searches. Customers do not see templates.
 */
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final CommandGateway commands;
    private final PresaleViews views;
    private final BusinessNumbers numbers;
    private final Clock clock;

    TemplateController(CommandGateway commands, PresaleViews views, BusinessNumbers numbers, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** GCD's request: the product and the customer need behind it. */
    record TemplateRequest(@NotBlank @Size(max = 40) String productCode, @NotBlank @Size(max = 4000) String need) {
    }

    /** A draft of the template. */
    record DraftRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String content) {
    }

    /** Why a draft goes back. */
    record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Ask CSSC to co-draft a solution template (Art. 7)",
            description = "Departments: GCD. The product must be in the catalogue and not mature. Returns TPL-yyyy-nnnnnn.")
    ResponseEntity<TemplateResponse> request(@Valid @RequestBody TemplateRequest request, Actor actor) {
        actor.require("Art. 7", Department.GCD);
        ProductView product = views.product(request.productCode()).orElseThrow(() ->
                DomainException.ruleViolated("unknown-product", "No product " + request.productCode(),
                        request.productCode()));
        String templateId = numbers.next("TPL");
        commands.sendAndWait(new RequestTemplate(templateId, product.productCode, product.name, product.mature,
                request.need(), actor.department(), clock.instant()), CommandMetadata.of(actor, templateId));
        return ResponseEntity.created(URI.create("/api/templates/" + templateId))
                .body(new TemplateResponse(templateId, "REQUESTED", 0));
    }

    @PostMapping("/{templateId}/drafts")
    @Operation(summary = "Submit a draft (Art. 7)", description = "Departments: GCD, CSSC. Returns the draft's version.")
    TemplateResponse submitDraft(@PathVariable String templateId, @Valid @RequestBody DraftRequest request,
                                 Actor actor) {
        actor.require("Art. 7", Department.GCD, Department.CSSC);
        Integer version = commands.sendAndWait(new SubmitTemplateDraft(templateId, request.title(), request.content(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, templateId));
        return new TemplateResponse(templateId, "DRAFT_SUBMITTED", version);
    }

    @PostMapping("/{templateId}/drafts/{version}/return")
    @Operation(summary = "Send a draft back for revision (Art. 7)",
            description = "Departments: the side that did not submit it (GCD or CSSC).")
    TemplateResponse returnDraft(@PathVariable String templateId, @PathVariable int version,
                                 @Valid @RequestBody ReturnRequest request, Actor actor) {
        actor.require("Art. 7", Department.GCD, Department.CSSC);
        commands.sendAndWait(new ReturnTemplateDraft(templateId, version, request.reason(), actor.department(),
                clock.instant()), CommandMetadata.of(actor, templateId));
        return new TemplateResponse(templateId, "DRAFT_RETURNED", version);
    }

    @PostMapping("/{templateId}/drafts/{version}/validation")
    @Operation(summary = "Validate a draft (Art. 7: 双方组织论证)", description = "Departments: GCD, CSSC; each once per draft.")
    TemplateResponse validate(@PathVariable String templateId, @PathVariable int version, Actor actor) {
        actor.require("Art. 7", Department.GCD, Department.CSSC);
        commands.sendAndWait(new ValidateTemplate(templateId, version, actor.department(), clock.instant()),
                CommandMetadata.of(actor, templateId));
        return new TemplateResponse(templateId, "DRAFT_SUBMITTED", version);
    }

    @PostMapping("/{templateId}/productisation")
    @Operation(summary = "Productise a validated template into the library (Art. 7)",
            description = "Departments: GCD, CSSC, once both validated the current draft.")
    TemplateResponse productise(@PathVariable String templateId, Actor actor) {
        actor.require("Art. 7", Department.GCD, Department.CSSC);
        Integer version = commands.sendAndWait(new ProductiseTemplate(templateId, actor.department(), clock.instant()),
                CommandMetadata.of(actor, templateId));
        return new TemplateResponse(templateId, "PRODUCTISED", version);
    }

    @GetMapping("/{templateId}")
    @Operation(summary = "A template with its history", description = "Not for CUSTOMER tokens.")
    TemplateView get(@PathVariable String templateId, Actor actor) {
        requireStaff(actor);
        return views.template(templateId).orElseThrow(() ->
                DomainException.notFound("not-found", "No template " + templateId, templateId));
    }

    @GetMapping
    @Operation(summary = "Templates, newest first",
            description = "Filter by status (REQUESTED, DRAFT_SUBMITTED, DRAFT_RETURNED, PRODUCTISED), product, the "
                    + "department whose move it is (awaiting=GCD|CSSC) and words (q). Not for CUSTOMER tokens.")
    List<TemplateView> list(@RequestParam Optional<String> status, @RequestParam Optional<String> productCode,
                            @RequestParam Optional<String> awaiting,
                            @Parameter(description = "words in product name, title, text or need")
                            @RequestParam Optional<String> q,
                            @RequestParam(defaultValue = "100") int limit, Actor actor) {
        requireStaff(actor);
        return views.templates(status, productCode, awaiting, q, limit);
    }

    @GetMapping("/library")
    @Operation(summary = "The template library (Art. 7): productised templates GCD searches and uses",
            description = "Not for CUSTOMER tokens.")
    List<TemplateView> library(@RequestParam Optional<String> productCode, @RequestParam Optional<String> q,
                               @RequestParam(defaultValue = "100") int limit, Actor actor) {
        requireStaff(actor);
        return views.templates(Optional.of("PRODUCTISED"), productCode, Optional.empty(), q, limit);
    }

    /** Templates are the operator's internal solutions: every department reads them, customers do not. */
    private static void requireStaff(Actor actor) {
        Readers.requireStaff(actor, "Art. 7");
    }

    /** What a step on a template returns; {@code version} is the draft concerned (0 before the first draft). */
    record TemplateResponse(String templateId, String status, int version) {
    }
}
