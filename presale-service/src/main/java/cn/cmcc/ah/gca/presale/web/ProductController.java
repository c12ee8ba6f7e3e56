package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.presale.command.ChangeProductMaturity;
import cn.cmcc.ah.gca.presale.command.RegisterProduct;
import cn.cmcc.ah.gca.presale.query.PresaleViews;
import cn.cmcc.ah.gca.presale.query.ProductView;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

/** The product catalogue (Art. 6): kept by ADMIN and GCD, read by every department and customer. */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final CommandGateway commands;
    private final PresaleViews views;
    private final Clock clock;

    ProductController(CommandGateway commands, PresaleViews views, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.clock = clock;
    }

    /**
     * A product of the catalogue.
     *
     * @param productCode e.g. {@code IDC-INTERNET}; letters, digits and - _
     * @param name        e.g. 互联网专线
     * @param mature      成熟产品 (Art. 6); a non-mature product needs a solution template (Art. 7)
     */
    record RegisterProductRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String productCode,
            @NotBlank @Size(max = 100) String name,
            boolean mature) {
    }

    /** A change of maturity, with the reason. */
    record MaturityRequest(boolean mature, @Size(max = 500) String reason) {
    }

    @PostMapping
    @Operation(summary = "Register a product (Art. 6)", description = "Departments: ADMIN, GCD.")
    ResponseEntity<ProductResponse> register(@Valid @RequestBody RegisterProductRequest request, Actor actor) {
        actor.require("Art. 6", Department.ADMIN, Department.GCD);
        commands.sendAndWait(new RegisterProduct(request.productCode(), request.name(), request.mature(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, request.productCode()));
        return ResponseEntity.created(URI.create("/api/products/" + request.productCode()))
                .body(new ProductResponse(request.productCode(), request.mature()));
    }

    @PostMapping("/{productCode}/maturity")
    @Operation(summary = "Declare a product mature or not (Art. 6)", description = "Departments: ADMIN, GCD.")
    ProductResponse changeMaturity(@PathVariable String productCode, @Valid @RequestBody MaturityRequest request,
                                   Actor actor) {
        actor.require("Art. 6", Department.ADMIN, Department.GCD);
        commands.sendAndWait(new ChangeProductMaturity(productCode, request.mature(), request.reason(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, productCode));
        return new ProductResponse(productCode, request.mature());
    }

    @GetMapping("/{productCode}")
    @Operation(summary = "A product")
    ProductView get(@PathVariable String productCode) {
        return views.product(productCode).orElseThrow(() ->
                DomainException.notFound("not-found", "No product " + productCode, productCode));
    }

    @GetMapping
    @Operation(summary = "The product catalogue", description = "Optionally only mature or non-mature products.")
    List<ProductView> list(@RequestParam Optional<Boolean> mature) {
        return views.products(mature);
    }

    /** What a step on a product returns. */
    record ProductResponse(String productCode, boolean mature) {
    }
}
