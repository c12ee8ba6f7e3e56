package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.provisioning.query.CircuitView;
import cn.cmcc.ah.gca.provisioning.query.ProvisioningQueries;
import cn.cmcc.ah.gca.provisioning.web.ProvisioningResources.Circuit;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

import static cn.cmcc.ah.gca.provisioning.command.ProvisioningStep.READ_CIRCUITS;

/** The circuits (专线, 业务编号) put in service by forms 2 (Art. 21). */
@RestController
@RequestMapping("/api")
class CircuitQueryController {

    private final ProvisioningQueries views;

    CircuitQueryController(ProvisioningQueries views) {
        this.views = views;
    }

    @GetMapping("/circuits/{circuitId}")
    @Endpoint(READ_CIRCUITS)
    @Operation(summary = "A circuit in service: customer, service level, product, bandwidth, access point, segments",
            description = "With the form 2 that activated it and the form 1 that confirmed it. A CUSTOMER token sees "
                    + "only its own circuits.")
    Circuit get(@PathVariable String circuitId, Actor actor) {
        return Circuit.of(actor.visible(views.circuit(circuitId), CircuitView::customerGroupId, circuitId));
    }

    @GetMapping("/circuits")
    @Endpoint(READ_CIRCUITS)
    @Operation(summary = "Circuits, newest first, a page at a time",
            description = "Staff may filter by customer (group id); a CUSTOMER token lists its own circuits whatever "
                    + "it asks. Follow next as ?cursor= for the next page.")
    Page<Circuit> list(@Parameter(description = "the customer's group id (集团编号)") @RequestParam
                       Optional<String> customer, PageRequest page, Actor actor) {
        Optional<String> scope = actor.customerScope().isPresent() ? actor.customerScope() : customer;
        return views.circuits(scope, page).map(Circuit::of);
    }
}
