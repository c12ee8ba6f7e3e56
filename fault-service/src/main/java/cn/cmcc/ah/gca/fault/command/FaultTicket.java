package cn.cmcc.ah.gca.fault.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.fault.EscalationDirection;
import cn.cmcc.ah.gca.events.fault.FaultAccepted;
import cn.cmcc.ah.gca.events.fault.FaultArchived;
import cn.cmcc.ah.gca.events.fault.FaultCircuitStopRequested;
import cn.cmcc.ah.gca.events.fault.FaultClearanceConfirmed;
import cn.cmcc.ah.gca.events.fault.FaultDiagnosed;
import cn.cmcc.ah.gca.events.fault.FaultDispatched;
import cn.cmcc.ah.gca.events.fault.FaultEscalated;
import cn.cmcc.ah.gca.events.fault.FaultQualityChecked;
import cn.cmcc.ah.gca.events.fault.FaultReopened;
import cn.cmcc.ah.gca.events.fault.FaultRepaired;
import cn.cmcc.ah.gca.events.fault.FaultReplied;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.cmcc.ah.gca.events.Department.CSSC;
import static cn.cmcc.ah.gca.events.Department.MON;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ACCEPTED_BY_OTHER_DEPARTMENT;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ACTION_REQUIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ALREADY_ACCEPTED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ALREADY_CHECKED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ALREADY_REPLIED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_ARCHIVED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_CAUSE_REQUIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_CLEARANCE_ALREADY_ANSWERED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_FINDINGS_REQUIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_HELD_BY_OTHER_DEPARTMENT;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_ACCEPTED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_BEING_REPAIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_CHECKED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_CLEARED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_REPAIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_REPLIED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_WAITING_FOR_DIAGNOSIS;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_NOT_WAITING_FOR_DISPATCH;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_REASONING_REQUIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_REASON_REQUIRED;
import static cn.cmcc.ah.gca.fault.command.FaultRejection.FAULT_SUMMARY_REQUIRED;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.ACCEPTED;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.ARCHIVED;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.CHECKED;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.CLEARED;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.DIAGNOSING;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.REPAIRED;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.REPAIRING;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.REPLIED;
import static cn.cmcc.ah.gca.fault.command.FaultTicket.Status.REPORTED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 故障工单: a fault ticket, from report to archive (Art. 24–31), told when a form 5 stops its circuit (Art. 33–34).
 * Who may take a step is {@link FaultStep}'s table (403); a department allowed the step but not holding the ticket is
 * refused too (403); a step out of order 409; the report's circuit rules {@link ReportRules} (422).
 */
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
    private String circuitId;
    private CustomerRef customer;
    private Status status;
    private Department acceptingDepartment;
    /** the department holding the ticket; while REPAIRING, the level repairing it */
    private Department holder;
    /** the level that replied the last repair: a rejection reopens the ticket there */
    private Department repairedBy;
    /** the forms 5 the ticket was told of (Art. 33–34): each once */
    private Set<String> stopFormsTold = new HashSet<>();

    protected FaultTicket() {
        // for Axon
    }

    @CommandHandler
    FaultTicket(ReportFault command) {
        FaultStep.REPORT_FAULT.require(command.reportingDepartment());
        ReportRules.check(command);
        ReportChannel channel = ReportRules.channelOf(command.reportingDepartment());
        Department accepting = acceptingDepartmentFor(channel);
        apply(new FaultReported(command.ticketId(), command.circuit().circuitId(), command.circuit().customer(),
                channel, command.symptom().strip(), command.contact(), accepting, accepting,
                command.linkedTicketIds() == null ? List.of() : command.linkedTicketIds(),
                command.reportedAt()));
    }

    /** Art. 24: who accepts (and first holds) the report of a ticket by this department. */
    public static Department acceptingDepartmentOf(Department reporting) {
        return acceptingDepartmentFor(ReportRules.channelOf(reporting));
    }

    /** Art. 24: MON accepts tickets from 10086 and account managers; CSSC takes important customers' direct reports. */
    static Department acceptingDepartmentFor(ReportChannel channel) {
        return channel == ReportChannel.CUSTOMER_DIRECT ? CSSC : MON;
    }

    /** Art. 24. Accepted by CSSC, a direct report is CSSC's to diagnose at once; accepted by MON, MON dispatches it. */
    @CommandHandler
    TicketState handle(AcceptFault command) {
        FaultStep.ACCEPT_FAULT.require(command.actingDepartment());
        notArchived();
        if (command.actingDepartment() != acceptingDepartment) {
            throw FAULT_ACCEPTED_BY_OTHER_DEPARTMENT.reject(Levels.named(ticketId, acceptingDepartment));
        }
        if (status != REPORTED) {
            throw FAULT_ALREADY_ACCEPTED.reject(ticketId);
        }
        apply(new FaultAccepted(ticketId, circuitId, customer, command.actingDepartment(), acceptingDepartment,
                command.at()));
        return state();
    }

    /** Art. 25: MON dispatches the ticket it accepted to CSSC. */
    @CommandHandler
    TicketState handle(DispatchFault command) {
        FaultStep.DISPATCH_FAULT.require(command.actingDepartment());
        notArchived();
        if (status == REPORTED) {
            throw FAULT_NOT_ACCEPTED.reject(ticketId);
        }
        if (status != ACCEPTED) {
            throw FAULT_NOT_WAITING_FOR_DISPATCH.reject(ticketId);
        }
        heldBy(command.actingDepartment());
        apply(new FaultDispatched(ticketId, circuitId, customer, MON, Text.orEmpty(command.note()), CSSC,
                command.at()));
        return state();
    }

    /** Art. 26: CSSC judges core network or not; a core-network fault goes to the O&M specialist teams (Art. 28). */
    @CommandHandler
    TicketState handle(DiagnoseFault command) {
        FaultStep.DIAGNOSE_FAULT.require(command.actingDepartment());
        notArchived();
        if (status != DIAGNOSING) {
            throw status == REPORTED ? FAULT_NOT_ACCEPTED.reject(ticketId)
                    : FAULT_NOT_WAITING_FOR_DIAGNOSIS.reject(ticketId);
        }
        String reasoning = Text.required(command.reasoning(), FAULT_REASONING_REQUIRED);
        apply(new FaultDiagnosed(ticketId, circuitId, customer, command.coreNetwork(), reasoning, CSSC,
                command.at()));
        if (command.coreNetwork()) {
            apply(new FaultEscalated(ticketId, circuitId, customer, CSSC, Levels.OMT_LEVEL, EscalationDirection.UP,
                    reasoning, Levels.OMT_LEVEL, command.at()));
        }
        return state();
    }

    /** Art. 28 (CSSC → OMT) and Art. 30 (OMT → PND): the holding level passes the ticket one level up. */
    @CommandHandler
    TicketState handle(EscalateFault command) {
        FaultStep.ESCALATE_FAULT.require(command.actingDepartment());
        beingRepairedBy(command.actingDepartment());
        String reason = Text.required(command.reason(), FAULT_REASON_REQUIRED);
        Department up = Levels.above(ticketId, holder);
        apply(new FaultEscalated(ticketId, circuitId, customer, holder, up, EscalationDirection.UP, reason, up,
                command.at()));
        return state();
    }

    /** Decision (Art. 28–31): OMT or PND hands the ticket back to a lower level, with the reason. */
    @CommandHandler
    TicketState handle(HandBackFault command) {
        FaultStep.HAND_BACK_FAULT.require(command.actingDepartment());
        beingRepairedBy(command.actingDepartment());
        String reason = Text.required(command.reason(), FAULT_REASON_REQUIRED);
        Levels.requireBelow(ticketId, command.to(), holder);
        apply(new FaultEscalated(ticketId, circuitId, customer, holder, command.to(), EscalationDirection.DOWN,
                reason, command.to(), command.at()));
        return state();
    }

    /** Art. 27 (CSSC), 29 (OMT), 31 (PND): the holding level repairs and replies to CSSC. */
    @CommandHandler
    TicketState handle(RepairFault command) {
        FaultStep.REPAIR_FAULT.require(command.actingDepartment());
        beingRepairedBy(command.actingDepartment());
        String cause = Text.required(command.cause(), FAULT_CAUSE_REQUIRED);
        String action = Text.required(command.action(), FAULT_ACTION_REQUIRED);
        apply(new FaultRepaired(ticketId, circuitId, customer, holder, cause, action, CSSC, command.at()));
        return state();
    }

    /** Art. 27, 29, 31: the customer (or CSSC recording its answer) confirms the fault cleared. */
    @CommandHandler
    TicketState handle(ConfirmClearance command) {
        FaultStep.ANSWER_CLEARANCE.require(command.actingDepartment());
        waitingForClearance();
        apply(new FaultClearanceConfirmed(ticketId, circuitId, customer, command.actingDepartment(),
                Text.orEmpty(command.note()), CSSC, command.at()));
        return state();
    }

    /** Decision (workflow-en.md Art. 24–31): a rejection reopens the ticket at the level that replied the repair. */
    @CommandHandler
    TicketState handle(RejectClearance command) {
        FaultStep.ANSWER_CLEARANCE.require(command.actingDepartment());
        waitingForClearance();
        String reason = Text.required(command.reason(), FAULT_REASON_REQUIRED);
        apply(new FaultReopened(ticketId, circuitId, customer, command.actingDepartment(), reason, repairedBy,
                command.at()));
        return state();
    }

    /** Art. 25, 27: CSSC replies the ticket once the customer confirmed; MON quality-checks the reply. */
    @CommandHandler
    TicketState handle(ReplyFault command) {
        FaultStep.REPLY_FAULT.require(command.actingDepartment());
        notArchived();
        if (status == REPLIED || status == CHECKED) {
            throw FAULT_ALREADY_REPLIED.reject(ticketId);
        }
        if (status != CLEARED) {
            throw FAULT_NOT_CLEARED.reject(ticketId);
        }
        String summary = Text.required(command.summary(), FAULT_SUMMARY_REQUIRED);
        apply(new FaultReplied(ticketId, circuitId, customer, summary, MON, command.at()));
        return state();
    }

    /** Art. 25: MON quality-checks the reply; a failed check goes back to CSSC with the findings. */
    @CommandHandler
    TicketState handle(QualityCheckFault command) {
        FaultStep.QUALITY_CHECK_FAULT.require(command.actingDepartment());
        notArchived();
        if (status == CHECKED) {
            throw FAULT_ALREADY_CHECKED.reject(ticketId);
        }
        if (status != REPLIED) {
            throw FAULT_NOT_REPLIED.reject(ticketId);
        }
        String findings = command.passed() ? Text.orEmpty(command.findings())
                : Text.required(command.findings(), FAULT_FINDINGS_REQUIRED);
        apply(new FaultQualityChecked(ticketId, circuitId, customer, command.passed(), findings,
                command.passed() ? MON : CSSC, command.at()));
        return state();
    }

    /** Art. 24: MON archives a ticket whose reply passed the quality check. */
    @CommandHandler
    TicketState handle(ArchiveFault command) {
        FaultStep.ARCHIVE_FAULT.require(command.actingDepartment());
        notArchived();
        if (status != CHECKED) {
            throw FAULT_NOT_CHECKED.reject(ticketId);
        }
        apply(new FaultArchived(ticketId, circuitId, customer, MON, MON, command.at()));
        return state();
    }

    /**
     * Art. 33–34: a form 5 that stops or suspends the circuit of an open ticket tells the ticket, once per form (a
     * redelivered or replayed form changes nothing). The ticket goes on, its status and holder unchanged; an archived
     * one is closed, with nothing to tell; a form naming other circuits only is not this ticket's.
     */
    @CommandHandler
    TicketState handle(NoteCircuitStop command) {
        if (status != ARCHIVED && command.stops(circuitId) && !stopFormsTold.contains(command.formId())) {
            apply(new FaultCircuitStopRequested(ticketId, circuitId, customer, command.formId(),
                    command.requestType(), Text.orEmpty(command.reason()), holder, command.at()));
        }
        return state();
    }

    private TicketState state() {
        return new TicketState(status, holder);
    }

    private void notArchived() {
        if (status == ARCHIVED) {
            throw FAULT_ARCHIVED.reject(ticketId);
        }
    }

    private void heldBy(Department acting) {
        if (acting != holder) {
            throw FAULT_HELD_BY_OTHER_DEPARTMENT.reject(Levels.named(ticketId, holder));
        }
    }

    private void beingRepairedBy(Department acting) {
        notArchived();
        if (status != REPAIRING) {
            throw FAULT_NOT_BEING_REPAIRED.reject(ticketId);
        }
        heldBy(acting);
    }

    private void waitingForClearance() {
        notArchived();
        if (status == CLEARED || status == REPLIED || status == CHECKED) {
            throw FAULT_CLEARANCE_ALREADY_ANSWERED.reject(ticketId);
        }
        if (status != REPAIRED) {
            throw FAULT_NOT_REPAIRED.reject(ticketId);
        }
    }

    @EventSourcingHandler
    void on(FaultReported event) {
        ticketId = event.ticketId();
        circuitId = event.circuitId();
        customer = event.customer();
        status = REPORTED;
        acceptingDepartment = event.acceptingDepartment();
        holder = event.holder() == null ? event.acceptingDepartment() : event.holder();
    }

    @EventSourcingHandler
    void on(FaultAccepted event) {
        status = event.acceptedBy() == CSSC ? DIAGNOSING : ACCEPTED;
        holder = event.acceptedBy();
    }

    @EventSourcingHandler
    void on(FaultDispatched event) {
        status = DIAGNOSING;
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultDiagnosed event) {
        status = REPAIRING;
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultEscalated event) {
        status = REPAIRING;
        holder = event.to();
    }

    @EventSourcingHandler
    void on(FaultRepaired event) {
        status = REPAIRED;
        repairedBy = event.repairedBy();
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultClearanceConfirmed event) {
        status = CLEARED;
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultReopened event) {
        status = REPAIRING;
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultReplied event) {
        status = REPLIED;
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultQualityChecked event) {
        status = event.passed() ? CHECKED : CLEARED;
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultArchived event) {
        status = ARCHIVED;
        holder = event.holder();
    }

    @EventSourcingHandler
    void on(FaultCircuitStopRequested event) {
        stopFormsTold.add(event.formId());
    }
}
