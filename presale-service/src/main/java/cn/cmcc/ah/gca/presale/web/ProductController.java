package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.presale.command.ChangeProductMaturity;
import cn.cmcc.ah.gca.presale.command.RegisterProduct;
import cn.cmcc.ah.gca.presale.query.PresaleQueries;
import cn.cmcc.ah.gca.presale.web.PresaleResources.Product;
import cn.cmcc.ah.gca.presale.web.PresaleResources.ProductStep;
import cn.cmcc.ah.gca.support.domain.CommonRejection;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.CommandMetadata;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.Optional;

import static cn.cmcc.ah.gca.presale.command.PresaleStep.CHANGE_PRODUCT_MATURITY;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.READ_PRODUCTS;
import static cn.cmcc.ah.gca.presale.command.PresaleStep.REGISTER_PRODUCT;

/** The product catalogue (Art. 6): kept by ADMIN and GCD, read by every department and customer. */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final CommandGateway commands;
    private final PresaleQueries views;
    private final Clock clock;

    ProductController(CommandGateway commands, PresaleQueries views, Clock clock) {
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
            @NotNull Boolean mature) {
    }

    /** A change of maturity, with the reason. */
    record MaturityRequest(@NotNull Boolean mature, @Size(max = 500) String reason) {
    }

    @PostMapping
    @Endpoint(REGISTER_PRODUCT)
    @Operation(summary = "Register a product in the catalogue (Art. 6)",
            description = "Mature products need no solution template. A code already registered is 409.")
    ResponseEntity<ProductStep> register(@Valid @RequestBody RegisterProductRequest request, Actor actor) {
        commands.sendAndWait(new RegisterProduct(request.productCode(), request.name(), request.mature(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, request.productCode()));
        return ResponseEntity.created(URI.create("/api/products/" + request.productCode()))
                .body(new ProductStep(request.productCode(), request.mature()));
    }

    @PostMapping("/{productCode}/maturity")
    @Endpoint(CHANGE_PRODUCT_MATURITY)
    @Operation(summary = "Declare a product mature or not (Art. 6)")
    ProductStep changeMaturity(@PathVariable String productCode, @Valid @RequestBody MaturityRequest request,
                               Actor actor) {
        commands.sendAndWait(new ChangeProductMaturity(productCode, request.mature(), request.reason(),
                actor.department(), clock.instant()), CommandMetadata.of(actor, productCode));
        return new ProductStep(productCode, request.mature());
    }

    @GetMapping("/{productCode}")
    @Endpoint(READ_PRODUCTS)
    @Operation(summary = "A product")
    Product get(@PathVariable String productCode) {
        return views.product(productCode).map(Product::of)
                .orElseThrow(() -> CommonRejection.NOT_FOUND.reject(productCode));
    }

    @GetMapping
    @Endpoint(READ_PRODUCTS)
    @Operation(summary = "The product catalogue, by product code", description = "Optionally only mature or "
            + "non-mature products.")
    Page<Product> list(@RequestParam Optional<Boolean> mature, PageRequest page) {
        return views.products(mature, page).map(Product::of);
    }
}
