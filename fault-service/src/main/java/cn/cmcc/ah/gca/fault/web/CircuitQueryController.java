package cn.cmcc.ah.gca.fault.web;

import cn.cmcc.ah.gca.fault.query.CircuitQueries;
import cn.cmcc.ah.gca.fault.query.CircuitView;
import cn.cmcc.ah.gca.fault.query.FaultQueries;
import cn.cmcc.ah.gca.fault.web.FaultResources.Circuit;
import cn.cmcc.ah.gca.fault.web.FaultResources.TicketSummary;
import cn.cmcc.ah.gca.support.web.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static cn.cmcc.ah.gca.fault.command.FaultStep.READ_FAULTS;

/** The circuits as fault-service knows them from provisioning's and decommission's events (Art. 21, 32–34). */
@RestController
@RequestMapping("/api/circuits")
class CircuitQueryController {

    private final CircuitQueries circuits;
    private final FaultQueries tickets;

    CircuitQueryController(CircuitQueries circuits, FaultQueries tickets) {
        this.circuits = circuits;
        this.tickets = tickets;
    }

    @GetMapping("/{circuitId}")
    @Endpoint(READ_FAULTS)
    @Operation(summary = "A circuit: customer, service level, status, product, access point, and its open tickets",
            description = "As provisioning's CircuitActivated and decommission's CircuitStatusChanged describe it, "
                    + "shortly after those services stored them (no read-your-writes across services). A CUSTOMER "
                    + "token sees only its own circuits (404 for any other).")
    Circuit get(@PathVariable String circuitId, Actor actor) {
        CircuitView circuit = actor.visible(circuits.circuit(circuitId), CircuitView::customerGroupId, circuitId);
        return Circuit.of(circuit, tickets.openOnCircuit(circuitId).stream().map(TicketSummary::of).toList());
    }
}
