package cn.cmcc.ah.gca.presale.command;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AdjustmentLink;
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
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.presale.command.DispatchConfirmationForm.RequestedAccessPoint;
import cn.cmcc.ah.gca.presale.command.PointState.Referral;
import cn.cmcc.ah.gca.support.domain.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.cmcc.ah.gca.presale.command.Guards.isBlank;
import static cn.cmcc.ah.gca.presale.command.Guards.orEmpty;
import static cn.cmcc.ah.gca.presale.command.Guards.requireDepartment;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
        WITHDRAWN
    }

    private static final Set<Department> GCD = EnumSet.of(Department.GCD);
    private static final Set<Department> CSSC = EnumSet.of(Department.CSSC);
    private static final Set<Department> ENG = EnumSet.of(Department.ENG);

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
        requireDepartment("Art. 8", GCD, command.actingDepartment());
        String id = command.formId();
        CustomerRef customer = command.customer();
        if (customer == null || isBlank(customer.groupId()) || isBlank(customer.name())
                || customer.serviceLevel() == null) {
            throw DomainException.ruleViolated("form-customer-required",
                    "Form " + id + " needs the customer's group id, name and service level", id);
        }
        if (isBlank(command.productCode()) || isBlank(command.productName())) {
            throw DomainException.ruleViolated("form-product-required", "Form " + id + " needs a product", id);
        }
        if (!command.productMature() && isBlank(command.templateId())) {
            throw DomainException.ruleViolated("form-template-required",
                    "Product " + command.productCode() + " is not mature: the form needs its solution template (Art. 7)",
                    id, command.productCode());
        }
        requirePositiveBandwidth(id, command.bandwidthMbps());
        if (command.requestedDate() == null) {
            throw DomainException.ruleViolated("form-requested-date-required",
                    "Form " + id + " needs the date the customer wants the service", id);
        }
        if (command.requestedDate().isBefore(command.today())) {
            throw DomainException.ruleViolated("form-requested-date-in-past",
                    "The requested date " + command.requestedDate() + " is in the past", id,
                    command.requestedDate().toString());
        }
        List<AccessPoint> accessPoints = numbered(id, command.accessPoints());
        AdjustmentLink adjustment = adjustmentLink(id, command.adjustedCircuitId(), command.adjustmentId());

        ResourceRequest resourceRequest = new ResourceRequest(customer,
                new ProductRef(command.productCode().strip(), command.productName().strip(),
                        orEmpty(command.templateId())),
                command.bandwidthMbps(), command.requestedDate().toString(), orEmpty(command.accountManager()),
                orEmpty(command.contact()), orEmpty(command.remarks()), adjustment);
        apply(new ConfirmationFormDispatched(id, resourceRequest, accessPoints, orEmpty(command.renegotiationOf()),
                command.dispatchedAt()));
    }

    /** Art. 8: at least one access point, each complete, none twice; numbered P1, P2, … in the order given. */
    private static List<AccessPoint> numbered(String id, List<RequestedAccessPoint> requested) {
        if (requested == null || requested.isEmpty()) {
            throw DomainException.ruleViolated("form-no-access-points",
                    "Form " + id + " needs at least one access point", id);
        }
        List<AccessPoint> numbered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RequestedAccessPoint point : requested) {
            String pointId = "P" + (numbered.size() + 1);
            if (point == null || isBlank(point.address()) || isBlank(point.district())) {
                throw DomainException.ruleViolated("form-access-point-incomplete",
                        "Access point " + pointId + " needs an address and a district", id, pointId);
            }
            if (!seen.add(point.district().strip() + "|" + point.address().strip())) {
                throw DomainException.ruleViolated("form-duplicate-access-point",
                        "Access point " + point.address().strip() + " is on the form twice", id,
                        point.address().strip());
            }
            numbered.add(new AccessPoint(pointId, point.address().strip(), point.district().strip()));
        }
        return numbered;
    }

    /** Art. 35: an adjustment names both the circuit and the adjustment request; a new line names neither. */
    private static AdjustmentLink adjustmentLink(String id, String circuitId, String adjustmentId) {
        if (isBlank(circuitId) && isBlank(adjustmentId)) {
            return AdjustmentLink.none();
        }
        if (isBlank(circuitId) || isBlank(adjustmentId)) {
            throw DomainException.ruleViolated("form-adjustment-incomplete",
                    "An adjustment (Art. 35) needs both the circuit id and the adjustment id", id);
        }
        return AdjustmentLink.of(circuitId.strip(), adjustmentId.strip());
    }

    @CommandHandler
    void handle(ReceiveConfirmationForm command) {
        requireDepartment("Art. 8", CSSC, command.actingDepartment());
        requireNotWithdrawn();
        if (status != Status.DISPATCHED) {
            throw DomainException.outOfOrder("form-already-received",
                    "Form " + formId + " was already received", formId);
        }
        apply(new ConfirmationFormReceived(formId, request.customer(), points.size(), command.receivedAt()));
    }

    @CommandHandler
    void handle(AssessSegment command) {
        requireDepartment("Art. 10", CSSC, command.actingDepartment());
        requireBeingConfirmed();
        PointState point = requirePoint(command.pointId());
        Segment segment = requireSegment(command.segment());
        AssessmentOutcome outcome = command.outcome();
        if (outcome == null) {
            throw DomainException.ruleViolated("form-outcome-required",
                    "The assessment of " + point.pointId() + " " + segment + " needs an outcome", formId,
                    point.pointId(), segment.name(), segment.label());
        }
        if (!outcome.appliesTo(segment)) {
            throw DomainException.ruleViolated("form-outcome-not-for-segment",
                    outcome + " (" + outcome.article() + ") cannot be found on the " + segment + " segment",
                    formId, outcome.name(), outcome.label(), segment.name(), segment.label());
        }
        String readyDate = readyDate(command, point.pointId());
        SegmentAssessment assessment = new SegmentAssessment(segment, outcome, readyDate, orEmpty(command.note()));

        apply(new SegmentAssessed(formId, point.pointId(), assessment, point.isAssessed(segment),
                countsWith(point.with(assessment)), command.assessedAt()));
        followUpReferral(point.pointId(), command.assessedAt());
    }

    /** Art. 13: an optimisable last mile comes with the date it will be ready; no other outcome has one. */
    private String readyDate(AssessSegment command, String pointId) {
        LocalDate date = command.readyDate();
        if (command.outcome() != AssessmentOutcome.LAST_MILE_OPTIMIZABLE) {
            if (date != null) {
                throw DomainException.ruleViolated("form-ready-date-not-expected",
                        "Only an optimisable last mile (Art. 13) has a ready date", formId, pointId);
            }
            return "";
        }
        if (date == null) {
            throw DomainException.ruleViolated("form-ready-date-required",
                    "An optimisable last mile needs the date the resource will be ready (Art. 13)", formId, pointId);
        }
        if (date.isBefore(command.today())) {
            throw DomainException.ruleViolated("form-ready-date-in-past",
                    "The ready date " + date + " of " + pointId + " is in the past", formId, pointId, date.toString());
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
        requireDepartment("Art. 12, 14", ENG, command.actingDepartment());
        requireBeingConfirmed();
        PointState point = requirePoint(command.pointId());
        if (point.referral() != Referral.OPEN) {
            throw DomainException.outOfOrder("form-no-open-referral",
                    "Access point " + point.pointId() + " of form " + formId + " has no referral waiting for ENG",
                    formId, point.pointId());
        }
        LocalDate planned = command.plannedInServiceDate();
        if (command.projectApproved() && planned == null) {
            throw DomainException.ruleViolated("form-planned-date-required",
                    "An approved project needs its planned in-service date (Art. 12, 14)", formId, point.pointId());
        }
        if (command.projectApproved() && planned.isBefore(command.today())) {
            throw DomainException.ruleViolated("form-planned-date-in-past",
                    "The planned in-service date " + planned + " is in the past", formId, point.pointId(),
                    planned.toString());
        }
        if (!command.projectApproved() && planned != null) {
            throw DomainException.ruleViolated("form-planned-date-not-expected",
                    "Only an approved project has a planned in-service date", formId, point.pointId());
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
        requireDepartment("Art. 15", CSSC, command.actingDepartment());
        requireBeingConfirmed();
        for (PointState point : points.values()) {
            point.firstUnassessedSegment().ifPresent(segment -> {
                throw DomainException.outOfOrder("form-assessment-incomplete",
                        "Segment " + segment + " of access point " + point.pointId() + " is not assessed yet",
                        formId, point.pointId(), segment.name(), segment.label());
            });
        }
        List<String> waitingForEngineering = points.values().stream()
                .filter(p -> p.referral() == Referral.OPEN).map(PointState::pointId).toList();
        if (!waitingForEngineering.isEmpty()) {
            throw DomainException.outOfOrder("form-referral-open",
                    "ENG has not answered for " + waitingForEngineering + " yet (Art. 12, 14)", formId,
                    String.join(", ", waitingForEngineering));
        }
        List<PointCapability> capabilities = points.values().stream().map(PointState::capability).toList();
        NetworkSolution solution = solution(command, capabilities);
        apply(new ResourceConfirmed(formId, request, capabilities, solution, countsWith(null), receivedAt,
                command.confirmedAt()));
    }

    /** Art. 15: the end-to-end solution covers every segment of every point that can be provided. */
    private NetworkSolution solution(ReplyWithResourceConfirmation command, List<PointCapability> capabilities) {
        if (isBlank(command.solutionSummary())) {
            throw DomainException.ruleViolated("form-solution-summary-required",
                    "The reply needs the end-to-end network solution (Art. 15)", formId);
        }
        List<NetworkSolutionLine> lines = command.solutionLines() == null ? List.of() : command.solutionLines();
        Map<String, Set<Segment>> covered = new LinkedHashMap<>();
        for (NetworkSolutionLine line : lines) {
            requirePoint(line == null ? null : line.pointId());
            Segment segment = requireSegment(line.segment());
            if (isBlank(line.route()) || isBlank(line.equipmentPort())) {
                throw DomainException.ruleViolated("form-solution-line-incomplete",
                        "The solution line for " + line.pointId() + " " + segment + " needs a route and a port",
                        formId, line.pointId(), segment.name(), segment.label());
            }
            requirePositiveBandwidth(formId, line.bandwidthMbps());
            if (!covered.computeIfAbsent(line.pointId(), p -> EnumSet.noneOf(Segment.class)).add(segment)) {
                throw DomainException.ruleViolated("form-solution-duplicate-line",
                        "The solution has two lines for " + line.pointId() + " " + segment, formId,
                        line.pointId(), segment.name(), segment.label());
            }
        }
        for (PointCapability capability : capabilities) {
            if (!capability.provisionable()) {
                continue;
            }
            String pointId = capability.point().pointId();
            for (Segment segment : Segment.values()) {
                if (!covered.getOrDefault(pointId, Set.of()).contains(segment)) {
                    throw DomainException.ruleViolated("form-solution-incomplete",
                            "The solution has no line for " + pointId + " " + segment + " (Art. 15)", formId,
                            pointId, segment.name(), segment.label());
                }
            }
        }
        return new NetworkSolution(command.solutionSummary().strip(), lines);
    }

    @CommandHandler
    void handle(RecordNegotiationOutcome command) {
        requireDepartment("Art. 16", GCD, command.actingDepartment());
        requireNotWithdrawn();
        if (status == Status.NEGOTIATED) {
            throw DomainException.outOfOrder("form-negotiation-already-recorded",
                    "The negotiation outcome of form " + formId + " is already recorded", formId);
        }
        if (status != Status.REPLIED) {
            throw DomainException.outOfOrder("form-not-replied",
                    "CSSC has not replied to form " + formId + " yet (Art. 15)", formId);
        }
        if (command.outcome() == null) {
            throw DomainException.ruleViolated("form-negotiation-outcome-required",
                    "The negotiation needs an outcome", formId);
        }
        boolean renegotiate = command.outcome() == NegotiationOutcome.RENEGOTIATE;
        if (renegotiate && (isBlank(command.newFormId()) || command.newFormId().strip().equals(formId))) {
            throw DomainException.ruleViolated("form-new-form-required",
                    "A renegotiation needs the number of the new form 1", formId);
        }
        if (!renegotiate && !isBlank(command.newFormId())) {
            throw DomainException.ruleViolated("form-new-form-not-expected",
                    "Only a renegotiation has a new form 1", formId, command.outcome().name(),
                    command.outcome().label());
        }
        apply(new NegotiationRecorded(formId, command.outcome(), orEmpty(command.newFormId()),
                orEmpty(command.note()), request, confirmedPoints, confirmedSolution, command.recordedAt()));
    }

    @CommandHandler
    void handle(WithdrawConfirmationForm command) {
        requireDepartment("Art. 8", GCD, command.actingDepartment());
        requireNotWithdrawn();
        requireNotReplied();
        if (isBlank(command.reason())) {
            throw DomainException.ruleViolated("form-withdrawal-reason-required",
                    "Withdrawing form " + formId + " needs a reason", formId);
        }
        apply(new ConfirmationFormWithdrawn(formId, command.reason().strip(), command.withdrawnAt()));
    }

    /** Art. 16: a renegotiation is with the same customer; a new customer needs a new form 1 of its own. */
    void requireSameCustomer(CustomerRef customer) {
        String groupId = customer == null ? null : customer.groupId();
        if (!request.customer().groupId().equals(groupId == null ? null : groupId.strip())) {
            throw DomainException.ruleViolated("form-renegotiation-other-customer",
                    "Form " + formId + " is for customer " + request.customer().groupId()
                            + ": its renegotiation cannot be for " + groupId, formId,
                    request.customer().groupId(), String.valueOf(groupId));
        }
    }

    private void requireNotWithdrawn() {
        if (status == Status.WITHDRAWN) {
            throw DomainException.outOfOrder("form-withdrawn", "Form " + formId + " was withdrawn", formId);
        }
    }

    private void requireNotReplied() {
        if (status == Status.REPLIED || status == Status.NEGOTIATED) {
            throw DomainException.outOfOrder("form-already-replied",
                    "CSSC already replied to form " + formId, formId);
        }
    }

    /** Assessing, referring and replying happen between receipt and reply (Art. 9–15). */
    private void requireBeingConfirmed() {
        requireNotWithdrawn();
        requireNotReplied();
        if (status == Status.DISPATCHED) {
            throw DomainException.outOfOrder("form-not-received",
                    "CSSC has not received form " + formId + " yet", formId);
        }
    }

    private PointState requirePoint(String pointId) {
        PointState point = pointId == null ? null : points.get(pointId);
        if (point == null) {
            throw DomainException.ruleViolated("form-unknown-access-point",
                    "Form " + formId + " has no access point " + pointId, formId, String.valueOf(pointId));
        }
        return point;
    }

    private Segment requireSegment(Segment segment) {
        if (segment == null) {
            throw DomainException.ruleViolated("form-unknown-segment",
                    "Name a segment: CORE, ACCESS_BACKBONE or LAST_MILE (Art. 10)", formId);
        }
        return segment;
    }

    private static void requirePositiveBandwidth(String id, int bandwidthMbps) {
        if (bandwidthMbps <= 0) {
            throw DomainException.ruleViolated("form-bandwidth-invalid",
                    "Bandwidth must be at least 1 Mbit/s, not " + bandwidthMbps, id, bandwidthMbps);
        }
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
