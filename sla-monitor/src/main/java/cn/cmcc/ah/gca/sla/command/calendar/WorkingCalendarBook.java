package cn.cmcc.ah.gca.sla.command.calendar;

import cn.cmcc.ah.gca.events.sla.CalendarSource;
import cn.cmcc.ah.gca.events.sla.WorkingCalendarYearLoaded;
import cn.cmcc.ah.gca.sla.command.SlaStep;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The working-day calendar's history: every year ever loaded, one event per load, so each change of the calendar is
 * audited and numbered. One aggregate holds all years ({@link #ID}); its version, the number of loads, is the
 * calendar version every deadline records. It lives under {@code command} because the house rules keep aggregates
 * depending on the write side only (ArchitectureRules).
 */
@Aggregate(cache = "gcaAggregateCache")
public class WorkingCalendarBook {

    /** The one calendar's aggregate id (and the Kafka record key of its events). */
    public static final String ID = "working-calendar";

    @AggregateIdentifier
    private String calendarId;
    private TreeSet<Integer> years = new TreeSet<>();
    private long version;

    protected WorkingCalendarBook() {
        // for Axon
    }

    /** @return the calendar version after the command (unchanged for a shipped year already loaded) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(LoadCalendarYear command) {
        if (!ID.equals(command.calendarId())) {
            throw new IllegalArgumentException("The working calendar's id is " + ID + ", not " + command.calendarId());
        }
        if (command.source() == CalendarSource.SHIPPED) {
            if (years.contains(command.year())) {
                return version;
            }
        } else {
            // Art. 5: the time limits, and so the calendar they count in, are PND's
            SlaStep.LOAD_CALENDAR_YEAR.require(command.loadedByDepartment());
        }
        calendarId = ID;
        apply(new WorkingCalendarYearLoaded(command.year(), command.notice(), command.holidays(),
                command.makeUpWorkingDays(), command.source(), command.format(), years.contains(command.year()),
                version + 1, command.loadedByUser(), command.loadedByDepartment(), command.loadedAt()));
        return version;
    }

    @EventSourcingHandler
    void on(WorkingCalendarYearLoaded event) {
        calendarId = ID;
        years.add(event.year());
        version = event.calendarVersion();
    }
}
