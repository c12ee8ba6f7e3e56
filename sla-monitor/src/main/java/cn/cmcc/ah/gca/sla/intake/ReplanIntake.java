package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged.Reason;
import cn.cmcc.ah.gca.events.sla.SlaRulesChanged;
import cn.cmcc.ah.gca.events.sla.WorkingCalendarYearLoaded;
import cn.cmcc.ah.gca.sla.calendar.WorkingCalendar;
import cn.cmcc.ah.gca.sla.command.LimitSpec;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.Replan;
import cn.cmcc.ah.gca.sla.query.SlaClockView;
import cn.cmcc.ah.gca.sla.query.SlaQueries;
import cn.cmcc.ah.gca.sla.rules.RuleSet;
import cn.cmcc.ah.gca.sla.rules.SlaRule;
import cn.cmcc.ah.gca.sla.rules.SlaRuleBook;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the calendar or the rule book changes (Art. 5), every open clock gets its deadline computed again from its
 * start: a clock whose deadline moves says so in an event, old and new; a stopped clock keeps its verdict. One pass
 * over the open clocks (never the history) per change; the processor's token makes it happen once, and a replay of
 * the same change moves nothing.
 */
@Component
@ProcessingGroup(ReplanIntake.GROUP)
class ReplanIntake {

    static final String GROUP = "sla-replan";
    private static final Logger log = LoggerFactory.getLogger(ReplanIntake.class);
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final SlaQueries clocks;
    private final ClockInputs inputs;
    private final ClockCommands commands;
    private final WorkingCalendar calendar;
    private final SlaRuleBook ruleBook;
    private final Clock clock;

    ReplanIntake(SlaQueries clocks, ClockInputs inputs, ClockCommands commands, WorkingCalendar calendar,
                 SlaRuleBook ruleBook, Clock clock) {
        this.clocks = clocks;
        this.inputs = inputs;
        this.commands = commands;
        this.calendar = calendar;
        this.ruleBook = ruleBook;
        this.clock = clock;
    }

    @EventHandler
    void on(WorkingCalendarYearLoaded event) {
        if (!calendar.awaitVersion(event.calendarVersion(), CATCH_UP)) {
            throw new IllegalStateException("Calendar version " + event.calendarVersion() + " not readable yet");
        }
        replan(Reason.CALENDAR_CHANGED, view -> LimitSpec.parse(view.limit) != null
                && LimitSpec.parse(view.limit).kind() == LimitSpec.Kind.WORKING_DAYS);
    }

    @EventHandler
    void on(SlaRulesChanged event) {
        Instant end = Instant.now().plus(CATCH_UP);
        while (ruleBook.current().version() < event.version()) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("SLA rules version " + event.version() + " not in effect yet");
            }
            ruleBook.refresh();
            sleep();
        }
        replan(Reason.RULES_CHANGED, view -> event.ruleIds().contains(view.ruleId));
    }

    private void replan(Reason reason, java.util.function.Predicate<SlaClockView> concerned) {
        RuleSet rules = ruleBook.current();
        int sent = 0;
        for (SlaClockView view : clocks.running()) {
            if (!concerned.test(view)) {
                continue;
            }
            Optional<SlaRule> rule = rules.rule(view.ruleId);
            Optional<ClockInputs.Input> input = inputs.find(view.clockId);
            if (rule.isEmpty() || input.isEmpty()) {
                // a rule no longer in the book keeps its clocks as they were computed
                continue;
            }
            LimitSpec limit = Limits.of(rule.get().limit(input.get().data(), input.get().level()));
            commands.send(new Replan(view.clockId, limit, rule.get().warnFraction(), rules.version(), reason,
                    clock.instant()), view.clockId);
            sent++;
        }
        log.info("{}: {} open clocks computed again", reason, sent);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
