package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.sla.query.SlaClockRepository;
import cn.cmcc.ah.gca.sla.query.SlaClockView;
import cn.cmcc.ah.gca.support.domain.DomainException;
import cn.cmcc.ah.gca.support.web.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** SLA clocks: the deadline of every watched step (sla-rules.md). Read-only. */
@RestController
@RequestMapping("/api/clocks")
class SlaClockController {

    private final SlaClockRepository clocks;

    SlaClockController(SlaClockRepository clocks) {
        this.clocks = clocks;
    }

    @GetMapping
    @Operation(summary = "SLA clocks, earliest deadline first",
            description = "Filter by subject (form or ticket number), rule and state (RUNNING, STOPPED). "
                    + "A CUSTOMER token sees only its own.")
    List<SlaClockView> search(@RequestParam Optional<String> subjectId, @RequestParam Optional<String> ruleId,
                              @RequestParam Optional<String> state, @RequestParam(defaultValue = "100") int limit,
                              Actor actor) {
        Optional<String> customer = actor.is(Department.CUSTOMER) ? actor.customerGroupId() : Optional.empty();
        return clocks.search(subjectId, ruleId, state, customer, Math.max(1, Math.min(limit, 500)));
    }

    @GetMapping("/{clockId}")
    @Operation(summary = "One SLA clock, by id ruleId:subjectId")
    SlaClockView get(@PathVariable String clockId, Actor actor) {
        return clocks.find(clockId)
                .filter(c -> !actor.is(Department.CUSTOMER)
                        || actor.customerGroupId().orElse("").equals(c.customerGroupId()))
                .orElseThrow(() -> DomainException.notFound("not-found", "No clock " + clockId, clockId));
    }
}
