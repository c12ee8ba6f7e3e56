package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.sla.query.SlaClockView;
import cn.cmcc.ah.gca.sla.query.SlaQueries;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.web.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static cn.cmcc.ah.gca.sla.command.SlaStep.READ_CLOCKS;

/** SLA clocks: the deadline of every watched step (sla-rules.md). Read-only. */
@RestController
@RequestMapping("/api/clocks")
class SlaClockController {

    private final SlaQueries clocks;

    SlaClockController(SlaQueries clocks) {
        this.clocks = clocks;
    }

    @GetMapping
    @Endpoint(READ_CLOCKS)
    @Operation(summary = "SLA clocks, a page at a time",
            description = "Filter by subject (form or ticket number), rule and state. Running clocks come earliest "
                    + "deadline first; otherwise newest first. A CUSTOMER token sees only its own.")
    Page<Clock> search(@RequestParam Optional<String> subjectId, @RequestParam Optional<String> ruleId,
                       @RequestParam Optional<SlaClockView.State> state, PageRequest page, Actor actor) {
        return clocks.search(subjectId, ruleId, state, actor.customerScope(), page).map(Clock::of);
    }

    @GetMapping("/{clockId}")
    @Endpoint(READ_CLOCKS)
    @Operation(summary = "One SLA clock, by id ruleId:subjectId")
    Clock get(@PathVariable String clockId, Actor actor) {
        return Clock.of(actor.visible(clocks.clock(clockId), view -> view.customerGroupId, clockId));
    }

    /**
     * An SLA clock as callers see it: the deadline with the calendar and rule versions it was computed with, and
     * the working or clock time left (negative when overdue) for an open clock.
     */
    record Clock(String clockId, String ruleId, long ruleVersion, String article, String subjectId,
                 String customerGroupId, ServiceLevel serviceLevel, Department responsibleDepartment,
                 Department escalationDepartment, String limit, SlaClockView.State state, Instant startedAt,
                 Instant warnAt, Instant deadline, boolean provisional, long calendarVersion, Instant warnedAt,
                 Instant breachedAt, Instant pausedAt, Instant stoppedAt, Boolean met, Long overrunSeconds,
                 BigDecimal used, String cancelReason) {

        static Clock of(SlaClockView view) {
            return new Clock(view.clockId, view.ruleId, view.ruleVersion, view.article, view.subjectId,
                    view.customerGroupId, view.serviceLevel, view.responsibleDepartment, view.escalationDepartment,
                    view.limit, view.state, view.startedAt, view.warnAt, view.deadline, view.provisional,
                    view.calendarVersion, view.warnedAt, view.breachedAt, view.pausedAt, view.stoppedAt, view.met,
                    view.overrunSeconds, view.used, view.cancelReason);
        }
    }
}
