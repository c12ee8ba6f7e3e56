package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.sla.command.DeadlinePlanner;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
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
    private final DeadlinePlanner planner;
    private final java.time.Clock clock;

    SlaClockController(SlaQueries clocks, DeadlinePlanner planner, java.time.Clock clock) {
        this.clocks = clocks;
        this.planner = planner;
        this.clock = clock;
    }

    private Clock shown(SlaClockView view) {
        return Clock.of(view, Remaining.of(view, planner, clock.instant()));
    }

    @GetMapping
    @Endpoint(READ_CLOCKS)
    @Operation(summary = "SLA clocks, a page at a time",
            description = "Filter by subject (form or ticket number), rule and state. Running clocks come earliest "
                    + "deadline first; otherwise newest first. A CUSTOMER token sees only its own.")
    Page<Clock> search(@RequestParam Optional<String> subjectId, @RequestParam Optional<String> ruleId,
                       @RequestParam Optional<SlaClockView.State> state, PageRequest page, Actor actor) {
        return clocks.search(SubjectParameter.checked("subjectId", subjectId), RuleParameter.checked("ruleId", ruleId),
                state, actor.customerScope(), page).map(this::shown);
    }

    @GetMapping("/{clockId}")
    @Endpoint(READ_CLOCKS)
    @Operation(summary = "One SLA clock, by id ruleId:subjectId")
    Clock get(@PathVariable String clockId, Actor actor) {
        return shown(actor.visible(clocks.clock(clockId), view -> view.customerGroupId, clockId));
    }

    /**
     * An SLA clock as callers see it: the deadline with the calendar and rule versions it was computed with, and
     * the working or clock time left (negative when overdue) for an open clock.
     */
    record Clock(String clockId, String ruleId, long ruleVersion, String article, String subjectId,
                 String customerGroupId, ServiceLevel serviceLevel, Department responsibleDepartment,
                 Department escalationDepartment, String limit, SlaClockView.State state, Instant startedAt,
                 Instant warnAt, Instant deadline, boolean provisional, long calendarVersion, Instant warnedAt,
                 Instant breachedAt, Instant pausedAt, Instant stoppedAt, Instant reopenedAt, int reopenCount,
                 Instant handedOverAt, int handOverCount, Boolean met, Long overrunSeconds, BigDecimal used,
                 String cancelReason, Remaining remaining) {

        static Clock of(SlaClockView view, Remaining remaining) {
            return new Clock(view.clockId, view.ruleId, view.ruleVersion, view.article, view.subjectId,
                    view.customerGroupId, view.serviceLevel, view.responsibleDepartment, view.escalationDepartment,
                    view.limit, view.state, view.startedAt, view.warnAt, view.deadline, view.provisional,
                    view.calendarVersion, view.warnedAt, view.breachedAt, view.pausedAt, view.stoppedAt,
                    view.reopenedAt, view.reopenCount, view.handedOverAt, view.handOverCount, view.met,
                    view.overrunSeconds, view.used, view.cancelReason, remaining);
        }
    }

    /**
     * Time left until the deadline of an open clock, negative when overdue: in seconds, and for a working-day limit in
     * working days (today not counted, as the limit counts). Absent for an ended clock; a paused clock's is frozen at
     * its pause.
     */
    record Remaining(long seconds, BigDecimal workingDays) {

        static Remaining of(SlaClockView view, DeadlinePlanner planner, Instant now) {
            if (!view.state.open()) {
                return null;
            }
            Instant at = view.state == SlaClockView.State.PAUSED && view.pausedAt != null ? view.pausedAt : now;
            LimitSpec limit = LimitSpec.parse(view.limit);
            BigDecimal workingDays = null;
            if (limit != null && limit.kind() == LimitSpec.Kind.WORKING_DAYS) {
                workingDays = at.isBefore(view.deadline) ? planner.used(limit, at, view.deadline)
                        : planner.used(limit, view.deadline, at).negate();
            }
            return new Remaining(java.time.Duration.between(at, view.deadline).toSeconds(), workingDays);
        }
    }
}
