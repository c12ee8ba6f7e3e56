package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.presale.command.PresaleRejection;
import cn.cmcc.ah.gca.presale.command.ProductiseTemplate;
import cn.cmcc.ah.gca.presale.command.RequestTemplate;
import cn.cmcc.ah.gca.presale.command.ReturnTemplateDraft;
import cn.cmcc.ah.gca.presale.command.SolutionTemplate.Status;
import cn.cmcc.ah.gca.presale.command.SubmitTemplateDraft;
import cn.cmcc.ah.gca.presale.command.ValidateTemplate;
import cn.cmcc.ah.gca.presale.query.PresaleQueries;
import cn.cmcc.ah.gca.presale.query.ProductView;
import cn.cmcc.ah.gca.presale.web.PresaleResources.Template;
import cn.cmcc.ah.gca.presale.web.PresaleResources.TemplateStep;
import cn.cmcc.ah.gca.presale.web.PresaleResources.TemplateSummary;
import cn.cmcc.ah.gca.support.domain.CommonRejection;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.BadParameterException;
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
import java.util.Optional;

import static cn.cmcc.ah.gca.presale.command.PresaleStep.PRODUCTISE_TEMPLATE;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_TEMPLATES;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REQUEST_TEMPLATE;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.RETURN_TEMPLATE_DRAFT;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.SUBMIT_TEMPLATE_DRAFT;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.VALIDATE_TEMPLATE;

/**
 * Solution templates (Art. 7): GCD asks CSSC to co-draft one for a non-mature product, both sides validate the draft,
 * the validated template is productised into the template library that GCD searches. Customers do not see templates.
 */
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final CommandGateway commands;
    private final PresaleQueries views;
    private final BusinessNumbers numbers;
    private final Clock clock;

    TemplateController(CommandGateway commands, PresaleQueries views, BusinessNumbers numbers, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** GCD's request: the product and the customer need behind it. */
    record TemplateRequest(@NotBlank @Size(max = 40) String productCode, @NotBlank @Size(max = 2000) String need) {
    }

    /** A draft of the template. */
    record DraftRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String content) {
    }

    /** Why a draft goes back. */
    record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @Endpoint(REQUEST_TEMPLATE)
    @Operation(summary = "Ask CSSC to co-draft a solution template (Art. 7)",
            description = "The product must be in the catalogue and not mature. Returns TPL-yyyy-nnnnnn.")
    ResponseEntity<TemplateStep> request(@Valid @RequestBody TemplateRequest request, Actor actor) {
        ProductView product = views.product(request.productCode())
                .orElseThrow(() -> PresaleRejection.UNKNOWN_PRODUCT.reject(request.productCode()));
        if (product.mature) {
            throw PresaleRejection.TEMPLATE_FOR_MATURE_PRODUCT.reject(product.productCode);
        }
        String templateId = numbers.next("TPL");
        commands.sendAndWait(new RequestTemplate(templateId, product.productCode, product.name, product.mature,
                request.need(), actor.department(), clock.instant()), CommandMetadata.of(actor, templateId));
        return ResponseEntity.created(URI.create("/api/templates/" + templateId))
                .body(new TemplateStep(templateId, Status.REQUESTED, 0));
    }

    @PostMapping("/{templateId}/drafts")
    @Endpoint(SUBMIT_TEMPLATE_DRAFT)
    @Operation(summary = "Submit a draft (Art. 7)", description = "Returns the draft's version.")
    TemplateStep submitDraft(@PathVariable String templateId, @Valid @RequestBody DraftRequest request,
                             Actor actor) {
        Integer version = commands.sendAndWait(new SubmitTemplateDraft(templateId, request.title(), request.content(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, templateId));
        return new TemplateStep(templateId, Status.DRAFT_SUBMITTED, version);
    }

    @PostMapping("/{templateId}/drafts/{version}/return")
    @Endpoint(RETURN_TEMPLATE_DRAFT)
    @Operation(summary = "Send a draft back for revision (Art. 7)",
            description = "By the side that did not submit it.")
    TemplateStep returnDraft(@PathVariable String templateId, @PathVariable int version,
                             @Valid @RequestBody ReturnRequest request, Actor actor) {
        commands.sendAndWait(new ReturnTemplateDraft(templateId, version, request.reason(), actor.department(),
                clock.instant()), CommandMetadata.of(actor, templateId));
        return new TemplateStep(templateId, Status.DRAFT_RETURNED, version);
    }

    @PostMapping("/{templateId}/drafts/{version}/validation")
    @Endpoint(VALIDATE_TEMPLATE)
    @Operation(summary = "Validate a draft (Art. 7: 双方组织论证)", description = "Each side once per draft.")
    TemplateStep validate(@PathVariable String templateId, @PathVariable int version, Actor actor) {
        commands.sendAndWait(new ValidateTemplate(templateId, version, actor.department(), clock.instant()),
                CommandMetadata.of(actor, templateId));
        return new TemplateStep(templateId, Status.DRAFT_SUBMITTED, version);
    }

    @PostMapping("/{templateId}/productisation")
    @Endpoint(PRODUCTISE_TEMPLATE)
    @Operation(summary = "Productise a validated template into the library (Art. 7)",
            description = "Once both GCD and CSSC validated the current draft.")
    TemplateStep productise(@PathVariable String templateId, Actor actor) {
        Integer version = commands.sendAndWait(new ProductiseTemplate(templateId, actor.department(), clock.instant()),
                CommandMetadata.of(actor, templateId));
        return new TemplateStep(templateId, Status.PRODUCTISED, version);
    }

    @GetMapping("/{templateId}")
    @Endpoint(READ_TEMPLATES)
    @Operation(summary = "A template with its history")
    Template get(@PathVariable String templateId) {
        return views.template(templateId).map(Template::of)
                .orElseThrow(() -> CommonRejection.NOT_FOUND.reject(templateId));
    }

    @GetMapping
    @Endpoint(READ_TEMPLATES)
    @Operation(summary = "Templates, newest first, a page at a time",
            description = "Filter by status, product, the department whose move it is (awaiting) and words (q).")
    Page<TemplateSummary> list(@RequestParam Optional<Status> status, @RequestParam Optional<String> productCode,
                        @RequestParam Optional<Department> awaiting,
                        @Parameter(description = "words in product name, title, text or need")
                        @RequestParam Optional<String> q, PageRequest page) {
        return views.templates(status, productCode, awaiting, q.map(TemplateController::words), page)
                .map(TemplateSummary::of);
    }

    @GetMapping("/library")
    @Endpoint(READ_TEMPLATES)
    @Operation(summary = "The template library (Art. 7): productised templates GCD searches and uses")
    Page<TemplateSummary> library(@RequestParam Optional<String> productCode, @RequestParam Optional<String> q,
                           PageRequest page) {
        return views.templates(Optional.of(Status.PRODUCTISED), productCode, Optional.empty(),
                q.map(TemplateController::words), page).map(TemplateSummary::of);
    }

    private static String words(String q) {
        if (q.length() > 100) {
            throw new BadParameterException("q", q.substring(0, 20) + "…",
                    "error.field-too-long", 100);
        }
        return q;
    }
}
