package cn.cmcc.ah.gca.presale.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NetworkSolution;
import cn.cmcc.ah.gca.events.presale.OutcomeCounts;
import cn.cmcc.ah.gca.events.presale.PointsPerOutcome;
import cn.cmcc.ah.gca.events.presale.ResourceRequest;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.presale.command.ConfirmationForm;
import cn.cmcc.ah.gca.presale.command.SolutionTemplate;
import cn.cmcc.ah.gca.presale.query.ConfirmationFormView;
import cn.cmcc.ah.gca.presale.query.PointView;
import cn.cmcc.ah.gca.presale.query.ProductView;
import cn.cmcc.ah.gca.presale.query.ReferralView;
import cn.cmcc.ah.gca.presale.query.TemplateView;
import cn.cmcc.ah.gca.support.query.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What callers see of the pre-sale read models: mapped from the views, so storage details never show. */
final class PresaleResources {

    private PresaleResources() {
    }

    /** One step in the life of a form or template; a customer sees the department, not the person. */
    record Step(Instant at, String event, Department department, String user, Map<String, Object> details) {

        static List<Step> of(List<HistoryEntry> history, boolean withUsers) {
            return history.stream().map(entry -> new Step(entry.at(), entry.event(), entry.department(),
                    withUsers ? entry.user() : "", entry.details())).toList();
        }
    }

    /** A product of the catalogue (Art. 6). */
    record Product(String productCode, String name, boolean mature, Instant registeredAt, Instant changedAt,
                   String changeReason) {

        static Product of(ProductView view) {
            return new Product(view.productCode, view.name, view.mature, view.registeredAt, view.changedAt,
                    view.changeReason);
        }
    }

    /** A solution template (Art. 7) with its history. */
    record Template(String templateId, String productCode, String productName, String need,
                    SolutionTemplate.Status status, List<Department> awaiting, int version, String title,
                    String content, Department submittedBy, List<Department> validatedBy, Instant requestedAt,
                    Instant productisedAt, List<Step> history) {

        static Template of(TemplateView view) {
            return new Template(view.templateId, view.productCode, view.productName, view.need, view.status,
                    view.awaiting, view.version, view.title, view.content, view.submittedBy, view.validatedBy,
                    view.requestedAt, view.productisedAt, Step.of(view.history, true));
        }
    }

    /** Form 1 (资源确认及回复单, Art. 8–16) with its points, solution and full history. */
    record Form(String formId, ConfirmationForm.Status status, List<Department> awaiting, ResourceRequest request,
                List<PointView> points, OutcomeCounts pointCounts, PointsPerOutcome pointsPerOutcome,
                int openReferrals, String renegotiationOf, String renegotiatedAs, NetworkSolution solution,
                NegotiationOutcome negotiationOutcome, String negotiationNote, String withdrawalReason,
                Instant dispatchedAt, Instant receivedAt, Instant repliedAt, Instant closedAt, List<Step> history) {

        /** A customer sees what was done and by which department, not who in the operator did it. */
        static Form of(ConfirmationFormView view, boolean forStaff) {
            return new Form(view.formId, view.status, view.awaiting, view.request, view.points, view.pointCounts,
                    view.pointsPerOutcome, view.openReferrals, view.renegotiationOf, view.renegotiatedAs,
                    view.solution, view.negotiationOutcome, view.negotiationNote, view.withdrawalReason,
                    view.dispatchedAt, view.receivedAt, view.repliedAt, view.closedAt,
                    Step.of(view.history, forStaff));
        }
    }

    /**
     * A form 1 in a list: where it stands and whose move it is, without its points, solution and history, so that a
     * page stays small whatever the forms hold (GET the form for the rest).
     */
    record FormSummary(String formId, ConfirmationForm.Status status, List<Department> awaiting,
                       CustomerRef customer, String productCode, int bandwidthMbps,
                       String requestedDate, int accessPoints, int openReferrals, NegotiationOutcome negotiationOutcome,
                       String renegotiationOf, String renegotiatedAs, Instant dispatchedAt, Instant receivedAt,
                       Instant repliedAt, Instant closedAt) {

        static FormSummary of(ConfirmationFormView view) {
            return new FormSummary(view.formId, view.status, view.awaiting, view.request.customer(),
                    view.request.product().code(), view.request.bandwidthMbps(), view.request.requestedDate(),
                    view.points.size(), view.openReferrals, view.negotiationOutcome, view.renegotiationOf,
                    view.renegotiatedAs, view.dispatchedAt, view.receivedAt, view.repliedAt, view.closedAt);
        }
    }

    /** A template in a list or a library search: what it is and where it stands; GET it for the text and history. */
    record TemplateSummary(String templateId, String productCode, String productName, String need,
                           SolutionTemplate.Status status, List<Department> awaiting, int version, String title,
                           Instant requestedAt, Instant productisedAt) {

        static TemplateSummary of(TemplateView view) {
            return new TemplateSummary(view.templateId, view.productCode, view.productName, view.need, view.status,
                    view.awaiting, view.version, view.title, view.requestedAt, view.productisedAt);
        }
    }

    /** An access point referred to ENG and not answered yet (Art. 12, 14). */
    record Referral(String formId, ResourceRequest request, AccessPoint point, List<SegmentAssessment> needs,
                    Instant referredAt) {

        static Referral of(ReferralView view) {
            return new Referral(view.formId, view.request, view.point, view.needs, view.referredAt);
        }
    }

    /** What a step on a form returns; {@code newFormId} only for a renegotiation. */
    record FormStep(String formId, ConfirmationForm.Status status, String newFormId) {

        FormStep(String formId, ConfirmationForm.Status status) {
            this(formId, status, "");
        }
    }

    /** What a step on a template returns; {@code version} is the draft concerned (0 before the first draft). */
    record TemplateStep(String templateId, SolutionTemplate.Status status, int version) {
    }

    /** What a step on a product returns. */
    record ProductStep(String productCode, boolean mature) {
    }
}
