package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.EngineeringAnswer;
import cn.cmcc.ah.gca.events.presale.EngineeringReferralCancelled;
import cn.cmcc.ah.gca.events.presale.EngineeringReplied;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.presale.PointReferredToEngineering;
import cn.cmcc.ah.gca.events.presale.ProductMaturityChanged;
import cn.cmcc.ah.gca.events.presale.ProductRegistered;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.presale.SegmentAssessed;
import cn.cmcc.ah.gca.events.presale.SegmentAssessment;
import cn.cmcc.ah.gca.events.presale.TemplateDraftReturned;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.events.presale.TemplateProductised;
import cn.cmcc.ah.gca.events.presale.TemplateRequested;
import cn.cmcc.ah.gca.events.presale.TemplateValidated;
import cn.cmcc.ah.gca.presale.command.ConfirmationForm;
import cn.cmcc.ah.gca.presale.command.SolutionTemplate;
import cn.cmcc.ah.gca.support.query.HistoryEntry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static cn.cmcc.ah.gca.support.query.HistoryEntry.details;

/**
 * Keeps the pre-sale read models ({@link PresaleQueries}) from the service's own event store: idempotent and
 * replayable (see {@link cn.cmcc.ah.gca.support.query.ViewStore}); a reset empties them for a replay from the first
 * event.
 */
@Component
@ProcessingGroup(PresaleProjection.GROUP)
class PresaleProjection {

    /** Renamed with the typed views (was {@code presale-views}): a new name replays the store into them once. */
    static final String GROUP = "presale-views-2";

    private static final List<Department> BOTH_SIDES = List.of(Department.GCD, Department.CSSC);

    private final PresaleQueries views;

    PresaleProjection(PresaleQueries views) {
        this.views = views;
    }

    // ---- products (Art. 6)

    @EventHandler
    void on(ProductRegistered event) {
        views.products.create(event.productCode(), () -> {
            ProductView view = new ProductView();
            view.productCode = event.productCode();
            view.name = event.name();
            view.mature = event.mature();
            view.registeredAt = event.registeredAt();
            return view;
        });
    }

    @EventHandler
    void on(ProductMaturityChanged event, @SequenceNumber long sequence) {
        views.products.apply(event.productCode(), sequence, view -> {
            view.mature = event.mature();
            view.changedAt = event.changedAt();
            view.changeReason = event.reason();
        });
    }

    // ---- solution templates (Art. 7)

    @EventHandler
    void on(TemplateRequested event, EventMessage<?> message) {
        views.templates.create(event.templateId(), () -> {
            TemplateView view = new TemplateView();
            view.templateId = event.templateId();
            view.productCode = event.productCode();
            view.productName = event.productName();
            view.need = event.need();
            view.status = SolutionTemplate.Status.REQUESTED;
            view.awaiting = BOTH_SIDES;
            view.requestedAt = event.requestedAt();
            view.history.add(HistoryEntry.of(event.requestedAt(), message,
                    details("productCode", event.productCode())));
            return view;
        });
    }

    @EventHandler
    void on(TemplateDraftSubmitted event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateTemplate(event.templateId(), sequence, event.submittedAt(), message,
                details("version", event.version(), "title", event.title()), view -> {
                    view.status = SolutionTemplate.Status.DRAFT_SUBMITTED;
                    view.version = event.version();
                    view.title = event.title();
                    view.content = event.content();
                    view.submittedBy = event.submittedBy();
                    view.validatedBy = new ArrayList<>();
                    view.awaiting = BOTH_SIDES;
                });
    }

    @EventHandler
    void on(TemplateDraftReturned event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateTemplate(event.templateId(), sequence, event.returnedAt(), message,
                details("version", event.version(), "reason", event.reason()), view -> {
                    view.status = SolutionTemplate.Status.DRAFT_RETURNED;
                    view.validatedBy = new ArrayList<>();
                    view.awaiting = BOTH_SIDES;
                });
    }

    @EventHandler
    void on(TemplateValidated event, @SequenceNumber long sequence, EventMessage<?> message) {
        Department validatedBy = event.validatedBy();
        updateTemplate(event.templateId(), sequence, event.validatedAt(), message,
                details("version", event.version(), "validatedByBoth", event.validatedByBoth()), view -> {
                    view.validatedBy.add(validatedBy);
                    view.awaiting = event.validatedByBoth() ? BOTH_SIDES
                            : List.of(validatedBy == Department.GCD ? Department.CSSC : Department.GCD);
                });
    }

    @EventHandler
    void on(TemplateProductised event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateTemplate(event.templateId(), sequence, event.productisedAt(), message,
                details("version", event.version()), view -> {
                    view.status = SolutionTemplate.Status.PRODUCTISED;
                    view.title = event.title();
                    view.content = event.content();
                    view.productisedAt = event.productisedAt();
                    view.awaiting = List.of();
                });
    }

    private void updateTemplate(String templateId, long sequence, Instant at, EventMessage<?> message,
                                Map<String, Object> details, Consumer<TemplateView> change) {
        views.templates.apply(templateId, sequence, view -> {
            change.accept(view);
            view.history.add(HistoryEntry.of(at, message, details));
        });
    }

    // ---- form 1 (Art. 8–16)

    @EventHandler
    void on(ConfirmationFormDispatched event, EventMessage<?> message) {
        views.forms.create(event.formId(), () -> {
            ConfirmationFormView view = new ConfirmationFormView();
            view.formId = event.formId();
            view.status = ConfirmationForm.Status.DISPATCHED;
            view.request = event.request();
            event.accessPoints().forEach(point -> {
                PointView pointView = new PointView();
                pointView.point = point;
                view.points.add(pointView);
            });
            view.renegotiationOf = event.renegotiationOf();
            view.dispatchedAt = event.dispatchedAt();
            view.history.add(HistoryEntry.of(event.dispatchedAt(), message,
                    details("accessPoints", event.accessPoints().size(), "renegotiationOf", event.renegotiationOf())));
            refresh(view);
            return view;
        });
    }

    @EventHandler
    void on(ConfirmationFormReceived event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.receivedAt(), message, details(), view -> {
            view.status = ConfirmationForm.Status.RECEIVED;
            view.receivedAt = event.receivedAt();
        });
    }

    @EventHandler
    void on(SegmentAssessed event, @SequenceNumber long sequence, EventMessage<?> message) {
        SegmentAssessment assessment = event.assessment();
        updateForm(event.formId(), sequence, event.assessedAt(), message,
                details("pointId", event.pointId(), "segment", assessment.segment().name(),
                        "outcome", assessment.outcome().name(), "readyDate", assessment.readyDate(),
                        "note", assessment.note(), "correction", event.correction()), view -> {
                    point(view, event.pointId()).segments.put(assessment.segment(), assessment);
                    view.pointCounts = event.pointCounts();
                    view.pointsPerOutcome = event.pointsPerOutcome();
                });
    }

    @EventHandler
    void on(PointReferredToEngineering event, @SequenceNumber long sequence, EventMessage<?> message) {
        String pointId = event.point().pointId();
        updateForm(event.formId(), sequence, event.referredAt(), message,
                details("pointId", pointId,
                        "segments", event.needs().stream().map(need -> need.segment().name()).toList()), view -> {
                    PointView point = point(view, pointId);
                    point.referral = PointView.Referral.OPEN;
                    point.referredNeeds = new ArrayList<>(event.needs());
                    point.referredAt = event.referredAt();
                    point.engineering = EngineeringAnswer.notReferred();
                });
        String referralId = ReferralView.idOf(event.formId(), pointId);
        views.referrals.create(referralId, sequence, () -> referral(event));
        views.referrals.apply(referralId, sequence, view -> {
            ReferralView referred = referral(event);
            view.needs = referred.needs;
            view.referredAt = referred.referredAt;
            view.open = true;
        });
    }

    private static ReferralView referral(PointReferredToEngineering event) {
        ReferralView view = new ReferralView();
        view.formId = event.formId();
        view.request = event.request();
        view.point = event.point();
        view.needs = new ArrayList<>(event.needs());
        view.referredAt = event.referredAt();
        view.open = true;
        return view;
    }

    @EventHandler
    void on(EngineeringReferralCancelled event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.cancelledAt(), message,
                details("pointId", event.pointId(), "wasAnswered", event.wasAnswered()), view -> {
                    PointView point = point(view, event.pointId());
                    point.referral = PointView.Referral.CANCELLED;
                    point.engineering = EngineeringAnswer.notReferred();
                });
        closeReferral(event.formId(), event.pointId(), sequence);
    }

    @EventHandler
    void on(EngineeringReplied event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.repliedAt(), message,
                details("pointId", event.pointId(), "projectApproved", event.answer().projectApproved(),
                        "plannedInServiceDate", event.answer().plannedInServiceDate()), view -> {
                    PointView point = point(view, event.pointId());
                    point.referral = PointView.Referral.ANSWERED;
                    point.engineering = event.answer();
                });
        closeReferral(event.formId(), event.pointId(), sequence);
    }

    private void closeReferral(String formId, String pointId, long sequence) {
        views.referrals.apply(ReferralView.idOf(formId, pointId), sequence, view -> view.open = false);
    }

    @EventHandler
    void on(ResourceConfirmed event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.confirmedAt(), message,
                details("provisionablePoints", event.points().stream().filter(PointCapability::provisionable).count(),
                        "points", event.points().size()), view -> {
                    view.status = ConfirmationForm.Status.REPLIED;
                    view.repliedAt = event.confirmedAt();
                    view.solution = event.solution();
                    view.pointCounts = event.pointCounts();
                    view.pointsPerOutcome = event.pointsPerOutcome();
                    event.points().forEach(capability ->
                            point(view, capability.point().pointId()).capability = capability);
                });
    }

    @EventHandler
    void on(NegotiationRecorded event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.recordedAt(), message,
                details("outcome", event.outcome().name(), "newFormId", event.newFormId(), "note", event.note()),
                view -> {
                    view.status = ConfirmationForm.Status.NEGOTIATED;
                    view.negotiationOutcome = event.outcome();
                    view.negotiationNote = event.note();
                    view.renegotiatedAs = event.newFormId();
                    view.closedAt = event.recordedAt();
                });
    }

    @EventHandler
    void on(ConfirmationFormWithdrawn event, @SequenceNumber long sequence, EventMessage<?> message) {
        List<String> openReferrals = new ArrayList<>();
        updateForm(event.formId(), sequence, event.withdrawnAt(), message, details("reason", event.reason()),
                view -> {
                    view.status = ConfirmationForm.Status.WITHDRAWN;
                    view.withdrawalReason = event.reason();
                    view.closedAt = event.withdrawnAt();
                    view.points.stream().filter(point -> point.referral == PointView.Referral.OPEN).forEach(point -> {
                        point.referral = PointView.Referral.CANCELLED;
                        openReferrals.add(point.point.pointId());
                    });
                });
        openReferrals.forEach(pointId -> closeReferral(event.formId(), pointId, sequence));
    }

    private void updateForm(String formId, long sequence, Instant at, EventMessage<?> message,
                            Map<String, Object> details, Consumer<ConfirmationFormView> change) {
        views.forms.apply(formId, sequence, view -> {
            change.accept(view);
            view.history.add(HistoryEntry.of(at, message, details));
            refresh(view);
        });
    }

    private static PointView point(ConfirmationFormView view, String pointId) {
        return view.points.stream().filter(point -> point.point.pointId().equals(pointId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Form " + view.formId + " has no point " + pointId));
    }

    /**
     * Whose move it is. Received: CSSC while a point is unassessed or nothing waits for ENG (then CSSC can reply);
     * ENG while a referral is open (Art. 12, 14). Replied: GCD negotiates (Art. 16).
     */
    private static void refresh(ConfirmationFormView view) {
        view.openReferrals = (int) view.points.stream().filter(p -> p.referral == PointView.Referral.OPEN).count();
        boolean unassessed = view.points.stream().anyMatch(p -> p.segments.size() < Segment.values().length);
        List<Department> awaiting = new ArrayList<>();
        switch (view.status) {
            case DISPATCHED -> awaiting.add(Department.CSSC);
            case RECEIVED -> {
                if (unassessed || view.openReferrals == 0) {
                    awaiting.add(Department.CSSC);
                }
                if (view.openReferrals > 0) {
                    awaiting.add(Department.ENG);
                }
            }
            case REPLIED -> awaiting.add(Department.GCD);
            case NEGOTIATED, WITHDRAWN -> {
                // nobody's move
            }
        }
        view.awaiting = awaiting;
    }



    @ResetHandler
    void reset() {
        views.products.deleteAll();
        views.templates.deleteAll();
        views.forms.deleteAll();
        views.referrals.deleteAll();
    }
}
