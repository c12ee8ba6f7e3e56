package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.events.sla.CalendarSource;
import cn.cmcc.ah.gca.sla.command.calendar.LoadCalendarYear;
import cn.cmcc.ah.gca.sla.command.calendar.WorkingCalendarBook;
import cn.cmcc.ah.gca.support.GcaProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * At start-up, loads the shipped years the store does not have yet (source SHIPPED). The calendar aggregate loads a
 * shipped year only when it lacks it, so two instances starting together load each year once: the one that loses the
 * race for the aggregate's next sequence retries and finds the year there.
 */
@Component
class ShippedCalendarLoader {

    private static final Logger log = LoggerFactory.getLogger(ShippedCalendarLoader.class);
    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;
    private final CalendarViews views;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final String serviceName;

    ShippedCalendarLoader(CommandGateway commands, CalendarViews views, WorkingCalendar calendar, Clock clock,
                          GcaProperties properties) {
        this.commands = commands;
        this.views = views;
        this.calendar = calendar;
        this.clock = clock;
        this.serviceName = properties.serviceName();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadShippedYears() {
        Set<Integer> stored = views.current().map(view -> view.years.stream().map(y -> y.year)
                .collect(Collectors.toSet())).orElse(Set.of());
        boolean sent = false;
        for (YearSchedule year : ShippedCalendars.all()) {
            if (!stored.contains(year.year())) {
                load(year);
                sent = true;
            }
        }
        if (sent) {
            try {
                calendar.refresh();
            } catch (RuntimeException e) {
                log.warn("Shipped calendar years loaded; this instance picks them up on its next check ({})",
                        e.toString());
            }
        }
    }

    private void load(YearSchedule year) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(new LoadCalendarYear(WorkingCalendarBook.ID, year.year(), year.notice(),
                        year.holidays(), year.makeUpWorkingDays(), CalendarSource.SHIPPED, year.format(), serviceName,
                        null, clock.instant()));
                return;
            } catch (RuntimeException e) {
                // another instance appended to the calendar at the same sequence: try again on the new state
                if (attempt >= ATTEMPTS) {
                    log.error("Shipped calendar year {} not loaded after {} attempts; deadlines in {} stay "
                            + "provisional until it is (PUT /api/calendar/{})", year.year(), attempt, year.year(),
                            year.year(), e);
                    return;
                }
                log.info("Shipped calendar year {}: attempt {} failed ({}), retrying", year.year(), attempt,
                        e.toString());
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
