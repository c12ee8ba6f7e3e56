package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.AssessmentOutcome;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.provisioning.AcceptanceTest;
import cn.cmcc.ah.gca.events.provisioning.BlockDecision;
import cn.cmcc.ah.gca.events.provisioning.CircuitAssignment;
import cn.cmcc.ah.gca.events.provisioning.DemandKind;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.events.provisioning.Signatory;
import cn.cmcc.ah.gca.events.provisioning.WorkOrderType;
import cn.cmcc.ah.gca.events.provisioning.WorkTarget;
import cn.cmcc.ah.gca.provisioning.command.ConfirmedForm;
import cn.cmcc.ah.gca.provisioning.query.AcceptanceView;
import cn.cmcc.ah.gca.provisioning.query.BlockView;
import cn.cmcc.ah.gca.provisioning.query.CircuitView;
import cn.cmcc.ah.gca.provisioning.query.DemandFormView;
import cn.cmcc.ah.gca.provisioning.query.DemandPointView;
import cn.cmcc.ah.gca.provisioning.query.DemandStatus;
import cn.cmcc.ah.gca.provisioning.query.DueItemView;
import cn.cmcc.ah.gca.provisioning.query.DueKind;
import cn.cmcc.ah.gca.provisioning.query.PresaleFormQueries;
import cn.cmcc.ah.gca.provisioning.query.PresaleFormView;
import cn.cmcc.ah.gca.provisioning.query.StatusChangeView;
import cn.cmcc.ah.gca.provisioning.query.WorkOrderView;
import cn.cmcc.ah.gca.support.query.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What callers see of the in-sale read models: mapped from the views, so storage details never show. A customer sees
 * what was done and by which department, never who in the operator did it: no user ids, no account manager or
 * contact, no signatory of CSSC or GCD, only its own signature's name on form 4.
 */
final class ProvisioningResources {

    private ProvisioningResources() {
    }

    /** One step in the life of a form; a customer sees the department, not the person. */
    record Step(Instant at, String event, Department department, String user, Map<String, Object> details) {

        static List<Step> of(List<HistoryEntry> history, boolean withUsers) {
            return history.stream().map(entry -> new Step(entry.at(), entry.event(), entry.department(),
                    withUsers ? entry.user() : "", entry.details())).toList();
        }
    }

    /** The request as form 1 carried it; for a customer without the account manager and contact. */
    static ResourceRequest masked(ResourceRequest request, boolean forStaff) {
        if (forStaff || request == null) {
            return request;
        }
        return new ResourceRequest(request.customer(), request.product(), request.bandwidthMbps(),
                request.requestedDate(), "", "", request.remarks(), request.adjustment());
    }

    /** One access point of a form 2: its path (Art. 18–20) and how far its resources have come. */
    record Point(AccessPoint point, ProvisioningPath path, String pathArticle, List<SegmentAssessment> segments,
                 String readyBy, String plannedInServiceDate, String buildId, Instant buildRequestedAt,
                 String completionDate, Boolean completionMatchesPlan, Instant completionReportedAt,
                 String inServiceDate, Instant inServiceAt, Instant buildWithdrawnAt, String engineeringNote,
                 Instant projectCompletedAt, String projectNote, List<DemandPointView.Registration> registrations,
                 String allocation, Instant allocatedAt, boolean resourcesReady, String circuitId) {

        static Point of(DemandPointView view) {
            return new Point(view.point, view.path, view.path.article(), view.segments, view.readyBy,
                    view.plannedInServiceDate, view.buildId, view.buildRequestedAt, view.completionDate,
                    view.completionMatchesPlan, view.completionReportedAt, view.inServiceDate, view.inServiceAt,
                    view.buildWithdrawnAt, view.engineeringNote, view.projectCompletedAt, view.projectNote,
                    view.registrations, view.allocation, view.allocatedAt, view.resourcesReady(), view.circuitId);
        }
    }

    /** A form 3 work order (Art. 18–20, 37). */
    record WorkOrder(String workOrderId, WorkOrderType type, String pointId,
                     WorkTarget target, String assigneeUnit, String plannedDate,
                     String instructions, String reissueOf, String reissuedAs, WorkOrderView.Status status,
                     String actualDate, String result, String failureReason, Instant issuedAt, Instant closedAt) {

        static WorkOrder of(WorkOrderView view) {
            return new WorkOrder(view.workOrderId, view.type, view.pointId, view.target, view.assigneeUnit,
                    view.plannedDate, view.instructions, view.reissueOf, view.reissuedAs, view.status,
                    view.actualDate, view.result, view.failureReason, view.issuedAt, view.closedAt);
        }
    }

    /** A blocked construction and its written record (Art. 22); a customer does not see the signatories. */
    record Block(String blockId, String pointId, String reason, BlockView.Status status, Instant blockedAt,
                 String agreedHandling, String activationResult, BlockDecision decision, String csscSignedBy,
                 Instant writtenAt, String gcdSignedBy, Instant coSignedAt, String resumeNote, Instant resumedAt) {

        static Block of(BlockView view, boolean forStaff) {
            return new Block(view.blockId, view.pointId, view.reason, view.status, view.blockedAt,
                    view.agreedHandling, view.activationResult, view.decision, forStaff ? view.csscSignedBy : "",
                    view.writtenAt, forStaff ? view.gcdSignedBy : "", view.coSignedAt, view.resumeNote,
                    view.resumedAt);
        }
    }

    /** One RMU's status change (Art. 21). */
    record StatusChange(String unit, String changeId, Instant requestedAt, Instant confirmedAt, String note) {

        static StatusChange of(StatusChangeView view) {
            return new StatusChange(view.unit, view.changeId, view.requestedAt, view.confirmedAt, view.note);
        }
    }

    /** A signature on form 4. */
    record Signature(Signatory signatory, String signedBy, Instant signedAt) {
    }

    /**
     * Form 4 (Art. 23). A customer sees its own representative's signature with the name, the account manager's
     * without it, and not the participants (the operator's staff among them).
     */
    record Acceptance(String acceptanceDate, List<String> participants, List<AcceptanceTest> tests,
                      Instant organisedAt, List<Signature> signatures, boolean signed, String archiveNumber,
                      Instant archivedAt) {

        static Acceptance of(AcceptanceView view, boolean forStaff) {
            if (view == null) {
                return null;
            }
            return new Acceptance(view.acceptanceDate, forStaff ? view.participants : List.of(), view.tests,
                    view.organisedAt, view.signatures.stream().map(signature -> new Signature(signature.signatory(),
                            forStaff || signature.signatory() == Signatory.CUSTOMER ? signature.signedBy() : "",
                            signature.signedAt())).toList(),
                    view.signed, view.archiveNumber, view.archivedAt);
        }
    }

    /**
     * The adjustment a form 2 is part of (Art. 35–37): the form 5 and the circuit adjusted; for a configuration change
     * (Art. 37) the form's own adjustment, for a new line its form 1's (Art. 36). None for a new line of its own.
     */
    record Adjustment(String formId, String circuitId) {

        static Adjustment of(ResourceRequest request) {
            return request == null || request.adjustment() == null || !request.adjustment().partOfAdjustment() ? null
                    : new Adjustment(request.adjustment().adjustmentId(), request.adjustment().circuitId());
        }
    }

    /**
     * Form 2 (资源需求申请及资源开通回复单, Art. 17–23; a configuration change, Art. 37) with everything that happened to
     * it and its full history.
     */
    record Form(String formId, DemandKind kind, Adjustment adjustment, String confirmationFormId, DemandStatus status,
                List<Department> awaiting, ResourceRequest request, NetworkSolution solution, String remarks,
                List<Point> points, String plannedActivationDate, String resourceApplication,
                String lastMileScheduling, List<WorkOrder> workOrders, List<Block> blocks, boolean blocked,
                List<CircuitAssignment> circuits, List<String> statusInfoUnits, String statusInfoDetails,
                Instant statusInfoPassedAt, List<StatusChange> statusChanges, String feedback,
                DemandFormView.AcceptanceState acceptanceState, Acceptance acceptance, String cancelledByBlock,
                String cancellationReason, Instant dispatchedAt, Instant acceptedAt, Instant activatedAt,
                Instant repliedAt, Instant closedAt, List<Step> history) {

        static Form of(DemandFormView view, boolean forStaff) {
            return new Form(view.formId, view.kind, Adjustment.of(view.request), view.confirmationFormId, view.status,
                    view.awaiting,
                    masked(view.request, forStaff), view.solution, view.remarks,
                    view.points.stream().map(Point::of).toList(), view.plannedActivationDate,
                    view.resourceApplication, view.lastMileScheduling,
                    view.workOrders.stream().map(WorkOrder::of).toList(),
                    view.blocks.stream().map(block -> Block.of(block, forStaff)).toList(), view.blocked,
                    view.circuits, view.statusInfoUnits, view.statusInfoDetails, view.statusInfoPassedAt,
                    view.statusChanges.stream().map(StatusChange::of).toList(), view.feedback, view.acceptanceState,
                    Acceptance.of(view.acceptance, forStaff), view.cancelledByBlock, view.cancellationReason,
                    view.dispatchedAt, view.acceptedAt, view.activatedAt, view.repliedAt, view.closedAt,
                    Step.of(view.history, forStaff));
        }
    }

    /**
     * A form 2 in a list: where it stands and whose move it is, without its points, work orders and history, so that
     * a page stays small whatever the forms hold (GET the form for the rest).
     */
    record FormSummary(String formId, DemandKind kind, Adjustment adjustment, String confirmationFormId,
                       DemandStatus status,
                       List<Department> awaiting, CustomerRef customer, String productCode, String productName,
                       int bandwidthMbps, String requestedDate, int accessPoints, boolean blocked,
                       DemandFormView.AcceptanceState acceptanceState, String plannedActivationDate,
                       Instant dispatchedAt, Instant acceptedAt, Instant activatedAt, Instant repliedAt,
                       Instant closedAt) {

        static FormSummary of(DemandFormView view) {
            return new FormSummary(view.formId, view.kind, Adjustment.of(view.request), view.confirmationFormId,
                    view.status, view.awaiting,
                    view.request.customer(), view.request.product().code(), view.request.product().name(),
                    view.request.bandwidthMbps(), view.request.requestedDate(), view.points.size(), view.blocked,
                    view.acceptanceState, view.plannedActivationDate, view.dispatchedAt, view.acceptedAt,
                    view.activatedAt, view.repliedAt, view.closedAt);
        }
    }

    /**
     * One piece of open work in a department's inbox: what is due ({@code kind}, with its article), on which form,
     * point, work order, block or unit, since when, and by when where the form says ({@code dueDate}); the limits of
     * Art. 21, 23 and 37 in working days are sla-monitor's clocks. {@code demandKind} says whether the form is a new
     * line's or a configuration change of {@code adjustedCircuitId} (Art. 37).
     */
    record InboxItem(String formId, DemandKind demandKind, String adjustedCircuitId, DueKind kind, String article,
                     Department department, String pointId, String workOrderId, String blockId, String unit,
                     CustomerRef customer, String productName, Instant since, String dueDate, String note) {

        static InboxItem of(DueItemView view) {
            return new InboxItem(view.formId, view.demandKind, view.circuitId, view.kind, view.kind.article(),
                    view.department, view.pointId, view.workOrderId, view.blockId, view.unit, view.customer,
                    view.productName, view.since, view.dueDate, view.note);
        }
    }

    /** A circuit in service (Art. 21). */
    record Circuit(String circuitId, CustomerRef customer, ProductRef product, int bandwidthMbps, AccessPoint point,
                   List<NetworkSolutionLine> segments, String demandFormId, String confirmationFormId,
                   CircuitView.Status status, Instant activatedAt) {

        static Circuit of(CircuitView view) {
            return new Circuit(view.circuitId, view.customer, view.product, view.bandwidthMbps, view.point,
                    view.segments, view.demandFormId, view.confirmationFormId, view.status, view.activatedAt);
        }
    }

    /**
     * A confirmed point of a form 1 and the path it would take in a form 2 (Art. 18–20); no path if not provisionable.
     */
    record ConfirmedPoint(AccessPoint point, AssessmentOutcome outcome, boolean provisionable, String readyBy,
                          ProvisioningPath path, String pathArticle, List<SegmentAssessment> segments,
                          EngineeringAnswer engineering) {

        static ConfirmedPoint of(PointCapability capability) {
            Optional<ProvisioningPath> path = PresaleFormQueries.pathOf(capability);
            return new ConfirmedPoint(capability.point(), capability.outcome(), capability.provisionable(),
                    capability.readyBy(), path.orElse(null), path.map(ProvisioningPath::article).orElse(""),
                    capability.segments(), capability.engineering());
        }
    }

    /**
     * What provisioning knows of a form 1 from presale's events, and whether a form 2 may be dispatched on it:
     * {@code dispatchable} when the customer accepted it, a point can be provisioned and no form 2 exists yet (the
     * dispatch itself checks again).
     */
    record ConfirmationForm(String formId, ConfirmedForm.Status status, ResourceRequest request,
                            List<AccessPoint> accessPoints, List<ConfirmedPoint> points, NetworkSolution solution,
                            NegotiationOutcome negotiationOutcome, String negotiationNote, String renegotiationOf,
                            String renegotiatedAs, String withdrawalReason, Instant dispatchedAt, Instant receivedAt,
                            Instant repliedAt, Instant closedAt, String demandFormId, DemandStatus demandStatus,
                            boolean dispatchable) {

        static ConfirmationForm of(PresaleFormView view, String demandFormId, Optional<DemandStatus> demand) {
            List<ConfirmedPoint> points = view.points.stream().map(ConfirmedPoint::of).toList();
            boolean dispatchable = view.status == ConfirmedForm.Status.ACCEPTED && demand.isEmpty()
                    && points.stream().anyMatch(ConfirmedPoint::provisionable);
            return new ConfirmationForm(view.formId, view.status, view.request, view.accessPoints, points,
                    view.solution, view.negotiationOutcome, view.negotiationNote, view.renegotiationOf,
                    view.renegotiatedAs, view.withdrawalReason, view.dispatchedAt, view.receivedAt, view.repliedAt,
                    view.closedAt, demand.isPresent() ? demandFormId : "", demand.orElse(null), dispatchable);
        }
    }
}
