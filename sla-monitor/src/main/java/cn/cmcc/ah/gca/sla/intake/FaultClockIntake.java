package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StartClock;
import cn.cmcc.ah.gca.sla.command.SlaClockCommands.StopClock;
import cn.cmcc.ah.gca.sla.rules.SlaRules;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import static cn.cmcc.ah.gca.sla.command.SlaClockCommands.clockId;

/**
 * Fault-topic events → fault clocks (sla-rules.md: {@code fault.acceptance}, {@code fault.restoration}). Fed from
 * Kafka by a tracking processor whose position is in the token store, so it resumes and can replay.
 */
@Component
@ProcessingGroup(FaultClockIntake.GROUP)
class FaultClockIntake {

    static final String GROUP = "sla-intake";
    static final String ACCEPTANCE = "fault.acceptance";
    static final String RESTORATION = "fault.restoration";

    private final SlaRules rules;
    private final ClockCommands clocks;

    FaultClockIntake(SlaRules rules, ClockCommands clocks) {
        this.rules = rules;
        this.clocks = clocks;
    }

    /** A report starts acceptance (held by MON, or CSSC for a direct report: Art. 24) and restoration (CSSC). */
    @EventHandler
    void on(FaultReported event) {
        start(ACCEPTANCE, event, event.acceptingDepartment());
        start(RESTORATION, event, Department.CSSC);
    }

    @EventHandler
    void on(FaultAccepted event) {
        String id = clockId(ACCEPTANCE, event.ticketId());
        clocks.send(new StopClock(id, event.acceptedAt()), id);
    }

    private void start(String ruleId, FaultReported event, Department responsible) {
        SlaRules.Rule rule = rules.required(ruleId);
        SlaRules.Deadline deadline = rules.deadline(rule, event.customer().serviceLevel(), event.reportedAt());
        String id = clockId(ruleId, event.ticketId());
        clocks.start(new StartClock(id, ruleId, rule.article(), event.ticketId(), event.customer().groupId(),
                event.customer().serviceLevel(), responsible, event.reportedAt(), deadline.warnAt(),
                deadline.deadline(), false), id);
    }
}
