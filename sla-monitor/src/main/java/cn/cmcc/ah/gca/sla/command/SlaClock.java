package cn.cmcc.ah.gca.sla.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordBreach;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.RecordWarning;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One SLA clock: started by a rule's start event, stopped by its stop event, warning at the threshold and
 * breached at the deadline (sla-rules.md). Its id {@code ruleId:subjectId} makes a second start impossible.
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class SlaClock {

    @AggregateIdentifier
    private String clockId;
    private String ruleId;
    private String subjectId;
    private Department responsibleDepartment;
    private Instant deadline;
    private boolean running;
    private boolean warned;
    private boolean breached;

    protected SlaClock() {
        // for Axon
    }

    @CommandHandler
    SlaClock(StartClock command) {
        apply(new SlaClockStarted(command.clockId(), command.ruleId(), command.article(), command.subjectId(),
                command.customerGroupId(), command.serviceLevel(), command.responsibleDepartment(),
                command.startedAt(), command.warnAt(), command.deadline(), command.provisional()));
    }

    @CommandHandler
    void handle(RecordWarning command) {
        if (running && !warned && !breached) {
            apply(new SlaClockWarned(clockId, ruleId, subjectId, responsibleDepartment, command.at(), deadline));
        }
    }

    @CommandHandler
    void handle(RecordBreach command) {
        if (running && !breached && !command.at().isBefore(deadline)) {
            apply(new SlaClockBreached(clockId, ruleId, subjectId, responsibleDepartment, command.at(), deadline));
        }
    }

    @CommandHandler
    void handle(StopClock command) {
        if (running) {
            long overrun = Math.max(0, Duration.between(deadline, command.at()).toSeconds());
            apply(new SlaClockStopped(clockId, ruleId, subjectId, responsibleDepartment, command.at(), deadline,
                    !command.at().isAfter(deadline), overrun));
        }
    }

    @EventSourcingHandler
    void on(SlaClockStarted event) {
        clockId = event.clockId();
        ruleId = event.ruleId();
        subjectId = event.subjectId();
        responsibleDepartment = event.responsibleDepartment();
        deadline = event.deadline();
        running = true;
    }

    @EventSourcingHandler
    void on(SlaClockWarned event) {
        warned = true;
    }

    @EventSourcingHandler
    void on(SlaClockBreached event) {
        breached = true;
    }

    @EventSourcingHandler
    void on(SlaClockStopped event) {
        running = false;
    }
}
