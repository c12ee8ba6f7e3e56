package cn.cmcc.ah.gca.decommission.web;

import cn.cmcc.ah.gca.decommission.command.StopForm;
import cn.cmcc.ah.gca.decommission.lines.KnownCircuit;
import cn.cmcc.ah.gca.decommission.lines.KnownCircuits;
import cn.cmcc.ah.gca.decommission.query.StopFormQueries;
import cn.cmcc.ah.gca.decommission.query.StopFormView;
import cn.cmcc.ah.gca.decommission.web.DecommissionResources.Circuit;
import cn.cmcc.ah.gca.decommission.web.DecommissionResources.Form;
import cn.cmcc.ah.gca.decommission.web.DecommissionResources.FormSummary;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import cn.cmcc.ah.gca.support.web.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static cn.cmcc.ah.gca.decommission.command.DecommissionStep.READ_STOP_FORMS;

/**
 * Reading forms 5, the adjustments under way and the circuits (Art. 32–37). The steps are StopFormCommandController's.
 */
@RestController
class StopFormQueryController {

    private static final Pattern CIRCUIT_ID = Pattern.compile(DecommissionRequests.CIRCUIT_ID);
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private final StopFormQueries forms;
    private final KnownCircuits circuits;

    StopFormQueryController(StopFormQueries forms, KnownCircuits circuits) {
        this.forms = forms;
        this.circuits = circuits;
    }

    @GetMapping("/api/stop-forms/{formId}")
    @Endpoint(READ_STOP_FORMS)
    @Operation(summary = "A form 5 with everything done to it and its full history",
            description = "Who did what, when, as which department; an adjustment's classification, the forms it "
                    + "follows in presale and provisioning, what it waits for and whether it stalled. A CUSTOMER token "
                    + "sees only its own forms, without the names of the operator's staff.")
    Form get(@PathVariable String formId, Actor actor) {
        StopFormView view = actor.visible(forms.form(formId), StopFormView::customerGroupId, formId);
        return Form.of(view, !actor.is(Department.CUSTOMER));
    }

    @GetMapping("/api/stop-forms")
    @Endpoint(READ_STOP_FORMS)
    @Operation(summary = "Forms 5, newest first, a page at a time",
            description = "Filter by status, circuit and (staff) customer. A CUSTOMER token lists its own forms "
                    + "whatever it asks. Follow next as ?cursor= for the next page.")
    Page<FormSummary> list(@RequestParam Optional<StopForm.Status> status,
                           @Parameter(description = "the circuit (业务编号)") @RequestParam Optional<String> circuitId,
                           @Parameter(description = "the customer's group id (集团编号)") @RequestParam
                           Optional<String> customer, PageRequest page, Actor actor) {
        require("circuitId", circuitId, CIRCUIT_ID);
        require("customer", customer, GROUP_ID);
        Optional<String> scope = actor.customerScope().isPresent() ? actor.customerScope() : customer;
        return forms.forms(status, scope, circuitId, page).map(FormSummary::of);
    }

    @GetMapping("/api/stop-forms/inbox")
    @Endpoint(READ_STOP_FORMS)
    @Operation(summary = "The caller department's open forms 5, oldest first",
            description = "CSSC: forms to accept, releases, last miles, status changes to pass (Art. 34, 36–37); RMU: "
                    + "status changes to confirm (an RMU token naming a unit: those naming it, not yet confirmed). "
                    + "Other departments hold no form 5 (GCD follows its adjustments in /api/adjustments).")
    Page<FormSummary> inbox(PageRequest page, Actor actor) {
        if (actor.is(Department.CUSTOMER)) {
            return Page.of(List.of(), null);
        }
        Page<StopFormView> open = forms.heldBy(actor.department(), page);
        if (actor.unitScope().isPresent()) {
            String unit = actor.unitScope().get();
            open = Page.of(open.items().stream().filter(view -> view.statusChanges.stream()
                    .anyMatch(change -> change.unit().equals(unit) && change.open())).toList(), open.next());
        }
        return open.map(FormSummary::of);
    }

    @GetMapping("/api/adjustments")
    @Endpoint(READ_STOP_FORMS)
    @Operation(summary = "The adjustments under way, oldest first, each with what it waits for (Art. 35–37)",
            description = "waitingFor: CONFIRMATION_FORM (GCD's form 1 on presale), NEW_LINE_ACTIVATION (the new "
                    + "line in provisioning), CHANGE_ACCEPTANCE (the configuration change's archived acceptance), "
                    + "or none (CSSC's move); stalled: the wait went past its configured limit "
                    + "(gca.decommission.adjustment.stall-after). ?stalled=true for the stuck ones only.")
    Page<FormSummary> adjustments(@RequestParam Optional<Boolean> stalled,
                                  @RequestParam Optional<String> customer, PageRequest page, Actor actor) {
        require("customer", customer, GROUP_ID);
        Optional<String> scope = actor.customerScope().isPresent() ? actor.customerScope() : customer;
        return forms.adjustments(stalled.orElse(false), scope, page).map(FormSummary::of);
    }

    @GetMapping("/api/circuits/{circuitId}")
    @Endpoint(READ_STOP_FORMS)
    @Operation(summary = "A circuit: customer, product, access point, status and the form 5 holding it",
            description = "As provisioning's CircuitActivated describes it, shortly after provisioning stored it (no "
                    + "read-your-writes across services), with its status from this service's forms 5 "
                    + "(read-your-writes). A CUSTOMER token sees only its own circuits (404 for any other).")
    Circuit circuit(@PathVariable String circuitId, Actor actor) {
        require("circuitId", Optional.of(circuitId), CIRCUIT_ID);
        KnownCircuit known = actor.visible(circuits.circuit(circuitId), c -> c.customer().groupId(), circuitId);
        return Circuit.of(known, forms.circuit(circuitId).orElse(null));
    }

    private static void require(String name, Optional<String> value, Pattern format) {
        value.filter(given -> !format.matcher(given).matches()).ifPresent(given -> {
            throw new BadParameterException(name, given.length() > 40 ? given.substring(0, 40) + "…" : given,
                    "error.field-type");
        });
    }
}
