package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.EngineeringReferralCancelled;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.presale.command.PointState.Referral;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.cmcc.ah.gca.presale.command.Guards.isBlank;
import static cn.cmcc.ah.gca.presale.command.Guards.orEmpty;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * 本地集团客户接入类资源确认及回复单 (form 1): from GCD's dispatch through CSSC's segment-by-segment confirmation, the
 * referrals to ENG and CSSC's reply, to the outcome of GCD's negotiation with the customer (Art. 8–16, 35).
 */
@Aggregate(snapshotTriggerDefinition = "gcaSnapshotTrigger", cache = "gcaAggregateCache")
public class ConfirmationForm {

    /** Where a form stands. */
    public enum Status {
        /** 已派发, waiting for CSSC to receive it */
        DISPATCHED,
        /** 已签收: CSSC assesses, ENG answers referrals */
        RECEIVED,
        /** 已回复 (Art. 15), waiting for GCD's negotiation */
        REPLIED,
        /** 洽谈结果已记录 (Art. 16) */
        NEGOTIATED,
        /** 已撤销 by GCD before the reply */
        WITHDRAWN;

        public boolean closed() {
            return this == NEGOTIATED || this == WITHDRAWN;
        }
    }

    @AggregateIdentifier
    private String formId;
    private Status status;
    private ResourceRequest request;
    private Instant receivedAt;
    private final Map<String, PointState> points = new LinkedHashMap<>();
    private List<PointCapability> confirmedPoints = List.of();
    private NetworkSolution confirmedSolution;

    protected ConfirmationForm() {
        // for Axon
    }

    @CommandHandler
    ConfirmationForm(DispatchConfirmationForm command) {
        PresaleStep.DISPATCH_FORM.require(command.actingDepartment());
        DispatchRules.Dispatchable form = DispatchRules.dispatchable(command);
        apply(new ConfirmationFormDispatched(command.formId(), form.request(), form.accessPoints(),
                orEmpty(command.renegotiationOf()), command.dispatchedAt()));
    }

    @CommandHandler
    void handle(ReceiveConfirmationForm command) {
        PresaleStep.RECEIVE_FORM.require(command.actingDepartment());
        requireNotWithdrawn();
        if (status != Status.DISPATCHED) {
            throw PresaleRejection.FORM_ALREADY_RECEIVED.reject(formId);
        }
        apply(new ConfirmationFormReceived(formId, request.customer(), points.size(), command.receivedAt()));
    }

    @CommandHandler
    void handle(AssessSegment command) {
        PresaleStep.ASSESS_SEGMENT.require(command.actingDepartment());
        requireBeingConfirmed();
        PointState point = requirePoint(command.pointId());
        Segment segment = command.segment();
        if (segment == null) {
            throw PresaleRejection.FORM_SEGMENT_REQUIRED.reject(formId, point.pointId());
        }
        AssessmentOutcome outcome = command.outcome();
        if (outcome == null) {
            throw PresaleRejection.FORM_OUTCOME_REQUIRED.reject(formId, point.pointId(), segment.name(),
                    segment.label());
        }
        if (!outcome.appliesTo(segment)) {
            throw PresaleRejection.FORM_OUTCOME_NOT_FOR_SEGMENT.reject(formId, outcome.name(), outcome.label(),
                    segment.name(), segment.label());
        }
        SegmentAssessment assessment = new SegmentAssessment(segment, outcome, readyDate(command, point.pointId()),
                orEmpty(command.note()));
        PointState assessed = point.with(assessment);
        apply(new SegmentAssessed(formId, point.pointId(), assessment, point.isAssessed(segment),
                countsWith(assessed), pointsPerOutcomeWith(assessed), command.assessedAt()));
        followUpReferral(point.pointId(), command.assessedAt());
    }

    /** Art. 13: an optimisable last mile comes with the date it will be ready; no other outcome has one. */
    private String readyDate(AssessSegment command, String pointId) {
        LocalDate date = command.readyDate();
        if (command.outcome() != AssessmentOutcome.LAST_MILE_OPTIMIZABLE) {
            if (date != null) {
                throw PresaleRejection.FORM_READY_DATE_NOT_EXPECTED.reject(formId, pointId);
            }
            return "";
        }
        if (date == null) {
            throw PresaleRejection.FORM_READY_DATE_REQUIRED.reject(formId, pointId);
        }
        if (date.isBefore(command.today())) {
            throw PresaleRejection.FORM_READY_DATE_IN_PAST.reject(formId, pointId, date.toString());
        }
        return date.toString();
    }

    /**
     * Art. 12, 14: a point is referred to ENG as soon as a segment needs it, and again whenever the segments that need
     * it change while ENG has not answered, or grow beyond what ENG answered. A point that no longer needs ENG
     * has its referral cancelled.
     */
    private void followUpReferral(String pointId, Instant at) {
        PointState point = points.get(pointId);
        List<SegmentAssessment> needs = point.engineeringNeeds();
        Set<Segment> needed = EnumSet.noneOf(Segment.class);
        needs.forEach(need -> needed.add(need.segment()));
        if (needs.isEmpty()) {
            if (point.referral() != Referral.NONE) {
                apply(new EngineeringReferralCancelled(formId, pointId, point.referral() == Referral.ANSWERED, at));
            }
        } else if (!point.referredSegments().containsAll(needed)
                || (point.referral() == Referral.OPEN && !needed.equals(point.referredSegments()))) {
            apply(new PointReferredToEngineering(formId, request, point.point(), needs, at));
        }
    }

    @CommandHandler
    void handle(ReplyFromEngineering command) {
        PresaleStep.REPLY_FROM_ENGINEERING.require(command.actingDepartment());
        requireBeingConfirmed();
        PointState point = requirePoint(command.pointId());
        if (point.referral() != Referral.OPEN) {
            throw PresaleRejection.FORM_NO_OPEN_REFERRAL.reject(formId, point.pointId());
        }
        LocalDate planned = command.plannedInServiceDate();
        if (command.projectApproved() && planned == null) {
            throw PresaleRejection.FORM_PLANNED_DATE_REQUIRED.reject(formId, point.pointId());
        }
        if (!command.projectApproved() && planned != null) {
            throw PresaleRejection.FORM_PLANNED_DATE_NOT_EXPECTED.reject(formId, point.pointId());
        }
        if (command.projectApproved() && planned.isBefore(command.today())) {
            throw PresaleRejection.FORM_PLANNED_DATE_IN_PAST.reject(formId, point.pointId(), planned.toString());
        }
        EngineeringAnswer answer = new EngineeringAnswer(true, command.projectApproved(),
                planned == null ? "" : planned.toString(), orEmpty(command.remarks()));
        int stillOpen = (int) points.values().stream()
                .filter(p -> p.referral() == Referral.OPEN && !p.pointId().equals(point.pointId()))
                .count();
        apply(new EngineeringReplied(formId, point.pointId(), answer, stillOpen, command.repliedAt()));
    }

    @CommandHandler
    void handle(ReplyWithResourceConfirmation command) {
        PresaleStep.REPLY_TO_FORM.require(command.actingDepartment());
        requireBeingConfirmed();
        for (PointState point : points.values()) {
            point.firstUnassessedSegment().ifPresent(segment -> {
                throw PresaleRejection.FORM_ASSESSMENT_INCOMPLETE.reject(formId, point.pointId(), segment.name(),
                        segment.label());
            });
        }
        List<String> waitingForEngineering = points.values().stream()
                .filter(p -> p.referral() == Referral.OPEN).map(PointState::pointId).toList();
        if (!waitingForEngineering.isEmpty()) {
            throw PresaleRejection.FORM_REFERRAL_OPEN.reject(formId, String.join(", ", waitingForEngineering));
        }
        List<PointCapability> capabilities = points.values().stream().map(PointState::capability).toList();
        NetworkSolution solution = SolutionRules.solution(command.solutionSummary(), command.solutionLines(),
                points.keySet(), capabilities);
        apply(new ResourceConfirmed(formId, request, capabilities, solution, countsWith(null),
                pointsPerOutcomeWith(null), receivedAt, command.confirmedAt()));
    }

    /** Art. 16: accepted or declined. A renegotiation dispatches its new form in the same step (see below). */
    @CommandHandler
    void handle(RecordNegotiationOutcome command) {
        requireNegotiable(command.actingDepartment());
        if (command.outcome() == null) {
            throw PresaleRejection.FORM_NEGOTIATION_OUTCOME_REQUIRED.reject(formId);
        }
        if (command.outcome() == NegotiationOutcome.RENEGOTIATE) {
            throw PresaleRejection.FORM_NEW_FORM_REQUIRED.reject(formId);
        }
        apply(new NegotiationRecorded(formId, command.outcome(), "", orEmpty(command.note()), request,
                confirmedPoints, confirmedSolution, command.recordedAt()));
    }

    /**
     * Art. 16: the customer wants another confirmation. The outcome RENEGOTIATE and the new form 1 that renegotiates
     * this one are created in the same unit of work: the store holds both or neither.
     */
    @CommandHandler
    void handle(RenegotiateConfirmationForm command) throws Exception {
        requireNegotiable(command.actingDepartment());
        DispatchConfirmationForm newForm = command.newForm();
        if (newForm == null || isBlank(newForm.formId()) || newForm.formId().equals(formId)) {
            throw PresaleRejection.FORM_NEW_FORM_REQUIRED.reject(formId);
        }
        requireSameCustomer(newForm.customer());
        apply(new NegotiationRecorded(formId, NegotiationOutcome.RENEGOTIATE, newForm.formId(),
                orEmpty(command.note()), request, confirmedPoints, confirmedSolution, command.recordedAt()));
        DispatchConfirmationForm renegotiating = newForm.numbered(newForm.formId(), formId);
        createNew(ConfirmationForm.class, () -> new ConfirmationForm(renegotiating));
    }

    @CommandHandler
    void handle(WithdrawConfirmationForm command) {
        PresaleStep.WITHDRAW_FORM.require(command.actingDepartment());
        requireNotWithdrawn();
        requireNotReplied();
        if (isBlank(command.reason())) {
            throw PresaleRejection.FORM_WITHDRAWAL_REASON_REQUIRED.reject(formId);
        }
        apply(new ConfirmationFormWithdrawn(formId, command.reason().strip(), command.withdrawnAt()));
    }

    private void requireNegotiable(Department actingDepartment) {
        PresaleStep.RECORD_NEGOTIATION.require(actingDepartment);
        requireNotWithdrawn();
        if (status == Status.NEGOTIATED) {
            throw PresaleRejection.FORM_NEGOTIATION_ALREADY_RECORDED.reject(formId);
        }
        if (status != Status.REPLIED) {
            throw PresaleRejection.FORM_NOT_REPLIED.reject(formId);
        }
    }

    /** Art. 16: a renegotiation is with the same customer; a new customer needs a new form 1 of its own. */
    private void requireSameCustomer(CustomerRef customer) {
        String groupId = customer == null || customer.groupId() == null ? "" : customer.groupId().strip();
        if (!request.customer().groupId().equals(groupId)) {
            throw PresaleRejection.FORM_RENEGOTIATION_OTHER_CUSTOMER.reject(formId, request.customer().groupId(),
                    groupId);
        }
    }

    private void requireNotWithdrawn() {
        if (status == Status.WITHDRAWN) {
            throw PresaleRejection.FORM_WITHDRAWN.reject(formId);
        }
    }

    private void requireNotReplied() {
        if (status == Status.REPLIED || status == Status.NEGOTIATED) {
            throw PresaleRejection.FORM_ALREADY_REPLIED.reject(formId);
        }
    }

    /** Assessing, referring and replying happen between receipt and reply (Art. 9–15). */
    private void requireBeingConfirmed() {
        requireNotWithdrawn();
        requireNotReplied();
        if (status == Status.DISPATCHED) {
            throw PresaleRejection.FORM_NOT_RECEIVED.reject(formId);
        }
    }

    private PointState requirePoint(String pointId) {
        PointState point = pointId == null ? null : points.get(pointId);
        if (point == null) {
            throw PresaleRejection.FORM_NO_SUCH_ACCESS_POINT.reject(formId, String.valueOf(pointId));
        }
        return point;
    }

    /** Points per outcome (see {@link OutcomeCounts}), with one point replaced by what it would become. */
    private OutcomeCounts countsWith(PointState changed) {
        Map<AssessmentOutcome, Integer> counts = new EnumMap<>(AssessmentOutcome.class);
        int notYetAssessed = 0;
        for (PointState point : points.values()) {
            PointState current = changed != null && changed.pointId().equals(point.pointId()) ? changed : point;
            AssessmentOutcome worst = current.worstOutcome().orElse(null);
            if (worst == null) {
                notYetAssessed++;
            } else {
                counts.merge(worst, 1, Integer::sum);
            }
        }
        return new OutcomeCounts(counts.getOrDefault(AssessmentOutcome.AVAILABLE, 0),
                counts.getOrDefault(AssessmentOutcome.LAST_MILE_OPTIMIZABLE, 0),
                counts.getOrDefault(AssessmentOutcome.CORE_INSUFFICIENT, 0),
                counts.getOrDefault(AssessmentOutcome.BUILD_REQUIRED, 0),
                notYetAssessed);
    }

    /**
     * Points with at least one segment of each outcome (see {@link PointsPerOutcome}: the presale.confirmation input
     * of sla-rules.md), with one point replaced by what it would become. From the latest assessment of each segment,
     * which the form already holds, so snapshots need nothing new.
     */
    private PointsPerOutcome pointsPerOutcomeWith(PointState changed) {
        Map<AssessmentOutcome, Integer> counts = new EnumMap<>(AssessmentOutcome.class);
        int notYetAssessed = 0;
        for (PointState point : points.values()) {
            PointState current = changed != null && changed.pointId().equals(point.pointId()) ? changed : point;
            Set<AssessmentOutcome> outcomes = current.outcomes();
            if (outcomes.isEmpty()) {
                notYetAssessed++;
            }
            outcomes.forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        }
        return new PointsPerOutcome(counts.getOrDefault(AssessmentOutcome.AVAILABLE, 0),
                counts.getOrDefault(AssessmentOutcome.LAST_MILE_OPTIMIZABLE, 0),
                counts.getOrDefault(AssessmentOutcome.CORE_INSUFFICIENT, 0),
                counts.getOrDefault(AssessmentOutcome.BUILD_REQUIRED, 0),
                notYetAssessed);
    }

    @EventSourcingHandler
    void on(ConfirmationFormDispatched event) {
        formId = event.formId();
        status = Status.DISPATCHED;
        request = event.request();
        event.accessPoints().forEach(point -> points.put(point.pointId(), PointState.of(point)));
    }

    @EventSourcingHandler
    void on(ConfirmationFormReceived event) {
        status = Status.RECEIVED;
        receivedAt = event.receivedAt();
    }

    @EventSourcingHandler
    void on(SegmentAssessed event) {
        points.computeIfPresent(event.pointId(), (id, point) -> point.with(event.assessment()));
    }

    @EventSourcingHandler
    void on(PointReferredToEngineering event) {
        Collection<Segment> segments = event.needs().stream().map(SegmentAssessment::segment).toList();
        points.computeIfPresent(event.point().pointId(), (id, point) -> point.referred(segments));
    }

    @EventSourcingHandler
    void on(EngineeringReferralCancelled event) {
        points.computeIfPresent(event.pointId(), (id, point) -> point.referralCancelled());
    }

    @EventSourcingHandler
    void on(EngineeringReplied event) {
        points.computeIfPresent(event.pointId(), (id, point) -> point.answered(event.answer()));
    }

    @EventSourcingHandler
    void on(ResourceConfirmed event) {
        status = Status.REPLIED;
        confirmedPoints = event.points();
        confirmedSolution = event.solution();
    }

    @EventSourcingHandler
    void on(NegotiationRecorded event) {
        status = Status.NEGOTIATED;
    }

    @EventSourcingHandler
    void on(ConfirmationFormWithdrawn event) {
        status = Status.WITHDRAWN;
    }
}
