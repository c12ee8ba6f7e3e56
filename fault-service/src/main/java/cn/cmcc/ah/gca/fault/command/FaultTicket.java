package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 故障工单: a fault ticket, from report to archive (Art. 24–31). */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class FaultTicket {

    /** Where a ticket stands. */
    public enum Status {
        /** 已申告, waiting for MON (or CSSC, a direct report) to accept (Art. 24) */
        REPORTED,
        /** 已受理 by MON, waiting for MON's dispatch to CSSC (Art. 25) */
        ACCEPTED,
        /** with CSSC for its pre-diagnosis (Art. 26) */
        DIAGNOSING,
        /** being repaired at the holding level: CSSC (Art. 27), OMT (Art. 29) or PND (Art. 31) */
        REPAIRING,
        /** repair replied; CSSC confirms with the customer that the fault is cleared (Art. 27, 29, 31) */
        REPAIRED,
        /** the customer confirmed; CSSC replies the ticket (Art. 27) */
        CLEARED,
        /** CSSC replied; MON quality-checks the reply (Art. 25) */
        REPLIED,
        /** the reply passed MON's quality check; MON archives it (Art. 24) */
        CHECKED,
        /** 已归档 (Art. 24) */
        ARCHIVED
    }

    @AggregateIdentifier
    private String ticketId;
    private Status status;
    private Department acceptingDepartment;

    protected FaultTicket() {
        // for Axon
    }

    @CommandHandler
    FaultTicket(ReportFault command) {
        FaultStep.REPORT_FAULT.require(command.reportingDepartment());
        throw new UnsupportedOperationException("being rewritten for issue 11");
    }

    /** Art. 24: MON accepts tickets from 10086 and account managers; CSSC takes important customers' direct reports. */
    static Department acceptingDepartmentFor(ReportChannel channel) {
        return channel == ReportChannel.CUSTOMER_DIRECT ? Department.CSSC : Department.MON;
    }

    @CommandHandler
    void handle(AcceptFault command) {
        FaultStep.ACCEPT_FAULT.require(command.actingDepartment());
        if (command.actingDepartment() != acceptingDepartment) {
            throw FaultRejection.FAULT_ACCEPTED_BY_OTHER_DEPARTMENT.reject(ticketId, acceptingDepartment.name());
        }
        if (status != Status.REPORTED) {
            throw FaultRejection.FAULT_ALREADY_ACCEPTED.reject(ticketId);
        }
        apply(new FaultAccepted(ticketId, null, null, command.actingDepartment(), null, command.acceptedAt()));
    }

    @EventSourcingHandler
    void on(FaultReported event) {
        ticketId = event.ticketId();
        status = Status.REPORTED;
        acceptingDepartment = event.acceptingDepartment();
    }

    @EventSourcingHandler
    void on(FaultAccepted event) {
        status = Status.ACCEPTED;
    }
}
