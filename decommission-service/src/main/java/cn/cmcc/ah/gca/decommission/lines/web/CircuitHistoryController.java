package cn.cmcc.ah.gca.decommission.lines.web;

import cn.cmcc.ah.gca.decommission.web.Endpoint;
import cn.cmcc.ah.gca.decommission.lines.CircuitHistory;
import cn.cmcc.ah.gca.decommission.lines.HistoryCircuitView;
import cn.cmcc.ah.gca.decommission.lines.web.CircuitHistoryResources.HistoryStep;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.READ_CIRCUIT_HISTORY;

/** A circuit's whole life, from the topics of every service (Art. 8–37). */
@RestController
@RequestMapping("/api/circuits")
class CircuitHistoryController {

    /** 业务编号 as provisioning numbers circuits, e.g. {@code CL-2026-000001}. */
    private static final Pattern CIRCUIT_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    private final CircuitHistory history;

    CircuitHistoryController(CircuitHistory history) {
        this.history = history;
    }

    @GetMapping("/{circuitId}/history")
    @Endpoint(READ_CIRCUIT_HISTORY)
    @Operation(summary = "A circuit's history, oldest first, a page at a time",
            description = "Its form 1 (confirmation), its form 2 (activation, work orders, status changes, "
                    + "acceptance), its activation, every fault ticket on it, the SLA clocks on each, and the forms 5 "
                    + "naming it (stop, suspension, resume, adjustment): who did what, when, as which department. "
                    + "From the services' topics, shortly after they stored each step (no read-your-writes across "
                    + "services). 404 until the circuit's activation is consumed. A CUSTOMER token sees only its own "
                    + "circuits (404 for any other), without the names of the operator's staff.")
    Page<HistoryStep> history(@Parameter(description = "the circuit (业务编号)") @PathVariable String circuitId,
                       PageRequest page, Actor actor) {
        if (!CIRCUIT_ID.matcher(circuitId).matches()) {
            throw new BadParameterException("circuitId", circuitId.length() > 40 ? circuitId.substring(0, 40) + "…"
                    : circuitId, "error.field-type");
        }
        HistoryCircuitView circuit = actor.visible(history.circuit(circuitId), HistoryCircuitView::customerGroupId,
                circuitId);
        boolean forStaff = !actor.is(Department.CUSTOMER);
        return history.history(circuit, page).map(step -> HistoryStep.of(step, forStaff));
    }
}
