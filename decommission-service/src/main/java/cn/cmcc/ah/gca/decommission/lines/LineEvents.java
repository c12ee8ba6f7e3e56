package cn.cmcc.ah.gca.decommission.lines;

import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.events.decommission.AdjustmentEnded;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinkKind;
import cn.cmcc.ah.gca.events.decommission.AdjustmentLinked;
import cn.cmcc.ah.gca.events.decommission.AdjustmentNewLineActivated;
import cn.cmcc.ah.gca.events.decommission.AdjustmentRequested;
import cn.cmcc.ah.gca.events.decommission.AdjustmentStalled;
import cn.cmcc.ah.gca.events.decommission.CircuitFormClosed;
import cn.cmcc.ah.gca.events.decommission.CircuitFormOpened;
import cn.cmcc.ah.gca.events.decommission.CircuitStatusChanged;
import cn.cmcc.ah.gca.events.decommission.LastMileRestored;
import cn.cmcc.ah.gca.events.decommission.LastMileSuspended;
import cn.cmcc.ah.gca.events.decommission.ResourceReleased;
import cn.cmcc.ah.gca.events.decommission.StopFormAccepted;
import cn.cmcc.ah.gca.events.decommission.StopFormCompleted;
import cn.cmcc.ah.gca.events.decommission.StopFormDispatched;
import cn.cmcc.ah.gca.events.decommission.StopFormWithdrawn;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeConfirmed;
import cn.cmcc.ah.gca.events.decommission.StopStatusChangeRequested;
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
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringReferralCancelled;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceArchived;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceOrganised;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceSignatureAdded;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.ActivationCompleted;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordCoSigned;
import cn.cmcc.ah.gca.events.provisioning.BlockRecordWritten;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.ConstructionBlocked;
import cn.cmcc.ah.gca.events.provisioning.ConstructionResumed;
import cn.cmcc.ah.gca.events.provisioning.DemandAccepted;
import cn.cmcc.ah.gca.events.provisioning.DemandCancelled;
import cn.cmcc.ah.gca.events.provisioning.DemandDispatched;
import cn.cmcc.ah.gca.events.provisioning.DemandReplied;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildInService;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildRequested;
import cn.cmcc.ah.gca.events.provisioning.EngineeringBuildWithdrawn;
import cn.cmcc.ah.gca.events.provisioning.EngineeringCompletionDateReported;
import cn.cmcc.ah.gca.events.provisioning.LastMileAllocated;
import cn.cmcc.ah.gca.events.provisioning.LastMileProjectCompleted;
import cn.cmcc.ah.gca.events.provisioning.ResourcesRegistered;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeConfirmed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeInfoPassed;
import cn.cmcc.ah.gca.events.provisioning.StatusChangeRequested;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderCompleted;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderFailed;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderIssued;
import cn.cmcc.ah.gca.events.sla.SlaClockBreached;
import cn.cmcc.ah.gca.events.sla.SlaClockCancelled;
import cn.cmcc.ah.gca.events.sla.SlaClockDeadlineChanged;
import cn.cmcc.ah.gca.events.sla.SlaClockHandedOver;
import cn.cmcc.ah.gca.events.sla.SlaClockPaused;
import cn.cmcc.ah.gca.events.sla.SlaClockStarted;
import cn.cmcc.ah.gca.events.sla.SlaClockStopped;
import cn.cmcc.ah.gca.events.sla.SlaClockWarned;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static cn.cmcc.ah.gca.decommission.lines.SubjectKind.CIRCUIT;
import static cn.cmcc.ah.gca.decommission.lines.SubjectKind.FAULT_TICKET;
import static cn.cmcc.ah.gca.decommission.lines.SubjectKind.FORM_1;
import static cn.cmcc.ah.gca.decommission.lines.SubjectKind.FORM_2;
import static cn.cmcc.ah.gca.decommission.lines.SubjectKind.FORM_5;

/**
 * What each event of the contract is in the life of a circuit: one reading per event type, the table the history
 * projection follows. Events that are no step of a line (products, solution templates, the SLA rule book and
 * calendar) have none and are skipped. Details are the step's decision (status, outcome, segment, rule, verdict …),
 * never a person's name: the acting user comes from the metadata only, where a customer's read can blank it.
 */
final class LineEvents {

    private static final Map<Class<?>, Function<Object, LineEntry>> READINGS = new HashMap<>();

    static {
        presale();
        provisioning();
        fault();
        sla();
        decommission();
    }

    private LineEvents() {
    }

    /** The step {@code event} is in a circuit's life; empty for an event that is none. */
    static Optional<LineEntry> entryOf(Object event) {
        Function<Object, LineEntry> reading = event == null ? null : READINGS.get(event.getClass());
        return reading == null ? Optional.empty() : Optional.of(reading.apply(event));
    }

    /** Whether events of this type are steps of a line. */
    static boolean reads(Class<?> type) {
        return READINGS.containsKey(type);
    }

    private static <E> void read(Class<E> type, Function<E, LineEntry> reading) {
        READINGS.put(type, event -> reading.apply(type.cast(event)));
    }

    // ---- form 1, presale (Art. 8–16)

    private static LineEntry form1(String formId, Instant at) {
        return LineEntry.of(FORM_1, formId, at);
    }

    private static void presale() {
        read(ConfirmationFormDispatched.class, e -> form1(e.formId(), e.dispatchedAt())
                .detail("product", e.request() == null ? null : e.request().product().name())
                .detail("bandwidthMbps", e.request() == null ? null : e.request().bandwidthMbps())
                .detail("accessPoints", e.accessPoints().size())
                .detail("renegotiationOf", e.renegotiationOf())
                .detail("adjustedCircuitId", e.request() == null || e.request().adjustment() == null ? null
                        : e.request().adjustment().circuitId()));
        read(ConfirmationFormReceived.class, e -> form1(e.formId(), e.receivedAt())
                .detail("accessPoints", e.accessPointCount()));
        read(SegmentAssessed.class, e -> form1(e.formId(), e.assessedAt()).point(e.pointId())
                .detail("segment", e.assessment().segment())
                .detail("outcome", e.assessment().outcome())
                .detail("readyDate", e.assessment().readyDate())
                .detail("correction", e.correction()));
        read(PointReferredToEngineering.class, e -> form1(e.formId(), e.referredAt()).point(e.point().pointId())
                .detail("segments", e.needs().stream().map(need -> need.segment().name()).toList()));
        read(EngineeringReferralCancelled.class, e -> form1(e.formId(), e.cancelledAt()).point(e.pointId())
                .detail("wasAnswered", e.wasAnswered()));
        read(EngineeringReplied.class, e -> form1(e.formId(), e.repliedAt()).point(e.pointId())
                .detail("projectApproved", e.answer().projectApproved())
                .detail("plannedInServiceDate", e.answer().plannedInServiceDate()));
        read(ResourceConfirmed.class, e -> form1(e.formId(), e.confirmedAt())
                .detail("accessPoints", e.points().size())
                .detail("provisionable", e.points().stream().filter(point -> point.provisionable()).count()));
        read(NegotiationRecorded.class, e -> form1(e.formId(), e.recordedAt())
                .detail("outcome", e.outcome())
                .detail("newFormId", e.newFormId()));
        read(ConfirmationFormWithdrawn.class, e -> form1(e.formId(), e.withdrawnAt())
                .detail("reason", e.reason()));
    }

    // ---- form 2, provisioning (Art. 17–23, 37), and the circuit's activation (Art. 21)

    private static LineEntry form2(String formId, Instant at) {
        return LineEntry.of(FORM_2, formId, at);
    }

    private static void provisioning() {
        read(DemandDispatched.class, e -> form2(e.formId(), e.dispatchedAt())
                .detail("kind", e.kind())
                .detail("confirmationFormId", e.confirmationFormId())
                .detail("accessPoints", e.points().size()));
        read(DemandAccepted.class, e -> form2(e.formId(), e.acceptedAt())
                .detail("kind", e.kind())
                .detail("plannedActivationDate", e.plannedActivationDate()));
        read(EngineeringBuildRequested.class, e -> form2(e.formId(), e.requestedAt()).point(e.pointId())
                .part(e.buildId(), e.pointId())
                .detail("buildId", e.buildId())
                .detail("plannedInServiceDate", e.plannedInServiceDate()));
        read(EngineeringCompletionDateReported.class, e -> form2(e.formId(), e.reportedAt()).point(e.pointId())
                .part(e.buildId(), e.pointId())
                .detail("buildId", e.buildId())
                .detail("completionDate", e.completionDate())
                .detail("matchesPlan", e.matchesPlan()));
        read(EngineeringBuildInService.class, e -> form2(e.formId(), e.inServiceAt()).point(e.pointId())
                .part(e.buildId(), e.pointId())
                .detail("buildId", e.buildId())
                .detail("inServiceDate", e.inServiceDate()));
        read(EngineeringBuildWithdrawn.class, e -> form2(e.formId(), e.withdrawnAt()).point(e.pointId())
                .part(e.buildId(), e.pointId())
                .detail("buildId", e.buildId())
                .detail("reason", e.reason()));
        read(LastMileProjectCompleted.class, e -> form2(e.formId(), e.completedAt()).point(e.pointId()));
        read(ResourcesRegistered.class, e -> form2(e.formId(), e.registeredAt()).point(e.pointId())
                .detail("unit", e.unit()));
        read(LastMileAllocated.class, e -> form2(e.formId(), e.allocatedAt()).point(e.pointId()));
        read(WorkOrderIssued.class, e -> form2(e.formId(), e.issuedAt()).point(e.pointId())
                .detail("workOrderId", e.workOrderId())
                .detail("type", e.type())
                .detail("target", e.target())
                .detail("assigneeUnit", e.assigneeUnit())
                .detail("plannedDate", e.plannedDate())
                .detail("reissueOf", e.reissueOf()));
        read(WorkOrderCompleted.class, e -> form2(e.formId(), e.completedAt()).point(e.pointId())
                .detail("workOrderId", e.workOrderId())
                .detail("target", e.target())
                .detail("actualDate", e.actualDate()));
        read(WorkOrderFailed.class, e -> form2(e.formId(), e.failedAt()).point(e.pointId())
                .detail("workOrderId", e.workOrderId())
                .detail("target", e.target())
                .detail("reason", e.reason()));
        read(ConstructionBlocked.class, e -> form2(e.formId(), e.blockedAt()).point(e.pointId())
                .detail("blockId", e.blockId())
                .detail("reason", e.reason()));
        read(BlockRecordWritten.class, e -> form2(e.formId(), e.writtenAt())
                .detail("blockId", e.blockId())
                .detail("decision", e.decision()));
        read(BlockRecordCoSigned.class, e -> form2(e.formId(), e.coSignedAt())
                .detail("blockId", e.blockId())
                .detail("decision", e.decision()));
        read(ConstructionResumed.class, e -> form2(e.formId(), e.resumedAt())
                .detail("blockId", e.blockId()));
        read(DemandCancelled.class, e -> form2(e.formId(), e.cancelledAt())
                .detail("blockId", e.blockId())
                .detail("reason", e.reason()));
        read(ActivationCompleted.class, e -> form2(e.formId(), e.completedAt())
                .detail("kind", e.kind())
                .detail("circuitIds", e.circuits().stream().map(CircuitAssignment::circuitId).toList()));
        read(CircuitActivated.class, e -> LineEntry.of(CIRCUIT, e.circuitId(), e.activatedAt())
                .link(e.circuitId(), FORM_1, e.confirmationFormId(), e.point().pointId())
                .link(e.circuitId(), FORM_2, e.demandFormId(), e.point().pointId())
                .detail("product", e.product().name())
                .detail("bandwidthMbps", e.bandwidthMbps())
                .detail("pointId", e.point().pointId())
                .detail("serviceLevel", e.customer().serviceLevel())
                .detail("confirmationFormId", e.confirmationFormId())
                .detail("demandFormId", e.demandFormId()));
        read(StatusChangeInfoPassed.class, e -> form2(e.formId(), e.passedAt())
                .detail("units", e.units()));
        read(StatusChangeRequested.class, e -> form2(e.formId(), e.requestedAt())
                .part(e.changeId(), "")
                .detail("unit", e.unit()));
        read(StatusChangeConfirmed.class, e -> form2(e.formId(), e.confirmedAt())
                .part(e.changeId(), "")
                .detail("unit", e.unit()));
        read(DemandReplied.class, e -> form2(e.formId(), e.repliedAt())
                .detail("circuitIds", e.circuits().stream().map(CircuitAssignment::circuitId).toList()));
        read(AcceptanceOrganised.class, e -> form2(e.formId(), e.organisedAt())
                .detail("acceptanceDate", e.acceptanceDate())
                .detail("testsPassed", e.tests().stream().filter(AcceptanceTest::passed).count())
                .detail("tests", e.tests().size()));
        read(AcceptanceSignatureAdded.class, e -> form2(e.formId(), e.signedAt())
                .detail("signatory", e.signatory())
                .detail("complete", e.complete()));
        read(AcceptanceArchived.class, e -> form2(e.formId(), e.archivedAt())
                .detail("archiveNumber", e.archiveNumber()));
    }

    // ---- fault tickets (Art. 24–31); the ticket belongs to its circuit from its report

    private static LineEntry ticket(String ticketId, String circuitId, Instant at) {
        LineEntry entry = LineEntry.of(FAULT_TICKET, ticketId, at);
        return circuitId == null || circuitId.isEmpty() ? entry : entry.ofCircuits(List.of(circuitId));
    }

    private static void fault() {
        read(FaultReported.class, e -> ticket(e.ticketId(), e.circuitId(), e.reportedAt())
                .detail("channel", e.channel())
                .detail("holder", e.holder()));
        read(FaultAccepted.class, e -> ticket(e.ticketId(), e.circuitId(), e.acceptedAt())
                .detail("acceptedBy", e.acceptedBy())
                .detail("holder", e.holder()));
        read(FaultDispatched.class, e -> ticket(e.ticketId(), e.circuitId(), e.dispatchedAt())
                .detail("holder", e.holder()));
        read(FaultDiagnosed.class, e -> ticket(e.ticketId(), e.circuitId(), e.diagnosedAt())
                .detail("coreNetwork", e.coreNetwork())
                .detail("holder", e.holder()));
        read(FaultEscalated.class, e -> ticket(e.ticketId(), e.circuitId(), e.escalatedAt())
                .detail("from", e.from())
                .detail("to", e.to())
                .detail("direction", e.direction()));
        read(FaultRepaired.class, e -> ticket(e.ticketId(), e.circuitId(), e.repairedAt())
                .detail("repairedBy", e.repairedBy())
                .detail("holder", e.holder()));
        read(FaultClearanceConfirmed.class, e -> ticket(e.ticketId(), e.circuitId(), e.confirmedAt())
                .detail("answeredBy", e.answeredBy()));
        read(FaultReopened.class, e -> ticket(e.ticketId(), e.circuitId(), e.reopenedAt())
                .detail("answeredBy", e.answeredBy())
                .detail("holder", e.holder()));
        read(FaultReplied.class, e -> ticket(e.ticketId(), e.circuitId(), e.repliedAt())
                .detail("holder", e.holder()));
        read(FaultQualityChecked.class, e -> ticket(e.ticketId(), e.circuitId(), e.checkedAt())
                .detail("passed", e.passed())
                .detail("holder", e.holder()));
        read(FaultArchived.class, e -> ticket(e.ticketId(), e.circuitId(), e.archivedAt())
                .detail("holder", e.holder()));
        read(FaultCircuitStopRequested.class, e -> ticket(e.ticketId(), e.circuitId(), e.notedAt())
                .detail("formId", e.formId())
                .detail("requestType", e.requestType()));
    }

    // ---- SLA clocks (sla-rules.md), filed with the form, ticket, build or status change they watch

    private static void sla() {
        read(SlaClockStarted.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.startedAt())
                .detail("ruleId", e.ruleId())
                .detail("article", e.article())
                .detail("responsibleDepartment", e.responsibleDepartment())
                .detail("limit", e.limit())
                .detail("deadline", e.deadline()));
        read(SlaClockWarned.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.warnedAt())
                .detail("ruleId", e.ruleId())
                .detail("responsibleDepartment", e.responsibleDepartment())
                .detail("deadline", e.deadline()));
        read(SlaClockBreached.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.breachedAt())
                .detail("ruleId", e.ruleId())
                .detail("responsibleDepartment", e.responsibleDepartment())
                .detail("deadline", e.deadline())
                .detail("escalationDepartment", e.escalationDepartment()));
        read(SlaClockStopped.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.stoppedAt())
                .detail("ruleId", e.ruleId())
                .detail("responsibleDepartment", e.responsibleDepartment())
                .detail("verdict", e.met() ? "MET" : "LATE")
                .detail("overrunSeconds", e.overrunSeconds()));
        read(SlaClockDeadlineChanged.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.changedAt())
                .detail("ruleId", e.ruleId())
                .detail("reason", e.reason())
                .detail("deadline", e.deadline()));
        read(SlaClockPaused.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.pausedAt())
                .detail("ruleId", e.ruleId()));
        read(SlaClockCancelled.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.cancelledAt())
                .detail("ruleId", e.ruleId())
                .detail("reason", e.reason()));
        read(SlaClockHandedOver.class, e -> LineEntry.clock(e.clockId(), e.subjectId(), e.handedOverAt())
                .detail("ruleId", e.ruleId())
                .detail("from", e.fromDepartment())
                .detail("to", e.responsibleDepartment()));
    }

    // ---- forms 5 and the circuit's status, decommission (Art. 32–37)

    private static LineEntry form5(String formId, Instant at) {
        return LineEntry.of(FORM_5, formId, at);
    }

    private static LineEntry ofCircuit(String circuitId, Instant at, String formId) {
        return LineEntry.of(CIRCUIT, circuitId, at).link(circuitId, FORM_5, formId, "").detail("formId", formId);
    }

    private static void decommission() {
        read(StopFormDispatched.class, e -> form5(e.formId(), e.dispatchedAt()).ofCircuits(e.circuitIds())
                .detail("requestType", e.requestType())
                .detail("circuitIds", e.circuitIds())
                .detail("requestedDate", e.requestedDate())
                .detail("openFaultTicketIds", e.openFaultTicketIds()));
        read(AdjustmentRequested.class, e -> form5(e.formId(), e.dispatchedAt()).ofCircuits(List.of(e.circuitId()))
                .detail("requestType", "ADJUSTMENT")
                .detail("requestedDate", e.requestedDate())
                .detail("stopFirst", e.stopFirst()));
        read(StopFormAccepted.class, e -> form5(e.formId(), e.acceptedAt()).ofCircuits(e.circuitIds())
                .detail("requestType", e.requestType()));
        read(AdjustmentClassified.class, e -> form5(e.formId(), e.classifiedAt()).ofCircuits(List.of(e.circuitId()))
                .about(e.circuitId())
                .detail("classification", e.classification())
                .detail("stopFirst", e.stopFirst()));
        read(ResourceReleased.class, e -> form5(e.formId(), e.releasedAt()).about(e.circuitId())
                .detail("circuitId", e.circuitId())
                .detail("segment", e.segment()));
        read(LastMileSuspended.class, e -> form5(e.formId(), e.suspendedAt()).about(e.circuitId())
                .detail("circuitId", e.circuitId()));
        read(LastMileRestored.class, e -> form5(e.formId(), e.restoredAt()).about(e.circuitId())
                .detail("circuitId", e.circuitId()));
        read(StopStatusChangeRequested.class, e -> form5(e.formId(), e.requestedAt())
                .detail("units", e.units()));
        read(StopStatusChangeConfirmed.class, e -> form5(e.formId(), e.confirmedAt())
                .detail("unit", e.unit()));
        read(StopFormCompleted.class, e -> form5(e.formId(), e.completedAt()).ofCircuits(e.circuitIds())
                .detail("requestType", e.requestType())
                .detail("newCircuitId", e.newCircuitId())
                .detail("changeFormId", e.changeFormId()));
        read(StopFormWithdrawn.class, e -> form5(e.formId(), e.withdrawnAt()).ofCircuits(e.circuitIds())
                .detail("requestType", e.requestType())
                .detail("reason", e.reason()));
        read(AdjustmentLinked.class, e -> {
            LineEntry entry = form5(e.formId(), e.linkedAt())
                    .detail("link", e.link())
                    .detail("linkedFormId", e.linkedFormId());
            // Art. 37: the configuration change of the circuit is a form 2 of its own, part of the adjustment
            return e.link() == AdjustmentLinkKind.CHANGE_DEMAND ? entry.part(e.linkedFormId(), "") : entry;
        });
        read(AdjustmentNewLineActivated.class, e -> form5(e.formId(), e.activatedAt())
                .about(e.circuitId(), e.newCircuitId())
                .alsoFiledUnder(e.newCircuitId())
                .detail("circuitId", e.circuitId())
                .detail("newCircuitId", e.newCircuitId())
                .detail("demandFormId", e.demandFormId()));
        read(AdjustmentStalled.class, e -> form5(e.formId(), e.stalledAt())
                .detail("waitingFor", e.waitingFor()));
        read(AdjustmentEnded.class, e -> form5(e.formId(), e.endedAt()).ofCircuits(List.of(e.circuitId()))
                .about(e.circuitId())
                .detail("outcome", e.outcome())
                .detail("linkedFormId", e.linkedFormId()));
        read(CircuitStatusChanged.class, e -> ofCircuit(e.circuitId(), e.changedAt(), e.formId())
                .detail("status", e.status())
                .detail("reason", e.reason()));
        read(CircuitFormOpened.class, e -> ofCircuit(e.circuitId(), e.openedAt(), e.formId())
                .detail("requestType", e.requestType()));
        read(CircuitFormClosed.class, e -> ofCircuit(e.circuitId(), e.closedAt(), e.formId()));
    }
}
