package cn.cmcc.ah.gca.presale.query;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the pre-sale read models ({@link PresaleViews}) from the service's own event store. Idempotent and
 * replayable through {@link ViewStore#insertIfAbsent} and {@link ViewStore#applyIfNewer}; a reset empties the views
 * for a replay from the first event.
 */
@Component
@ProcessingGroup(PresaleProjection.GROUP)
class PresaleProjection {

    static final String GROUP = "presale-views";

    private final PresaleViews views;

    PresaleProjection(PresaleViews views) {
        this.views = views;
    }

    // ---- products (Art. 6)

    @EventHandler
    void on(ProductRegistered event) {
        views.products.insertIfAbsent(event.productCode(), () -> {
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
        views.products.applyIfNewer(event.productCode(), sequence, view -> {
            view.mature = event.mature();
            view.changedAt = event.changedAt();
            view.changeReason = event.reason();
        });
    }

    // ---- solution templates (Art. 7)

    @EventHandler
    void on(TemplateRequested event, EventMessage<?> message) {
        views.templates.insertIfAbsent(event.templateId(), () -> {
            TemplateView view = new TemplateView();
            view.templateId = event.templateId();
            view.productCode = event.productCode();
            view.productName = event.productName();
            view.need = event.need();
            view.status = "REQUESTED";
            view.awaiting = List.of(Department.GCD.name(), Department.CSSC.name());
            view.requestedAt = event.requestedAt();
            view.history.add(entry(0, event.requestedAt(), message, details("productCode", event.productCode())));
            return view;
        });
    }

    @EventHandler
    void on(TemplateDraftSubmitted event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateTemplate(event.templateId(), sequence, event.submittedAt(), message,
                details("version", event.version(), "title", event.title()), view -> {
                    view.status = "DRAFT_SUBMITTED";
                    view.version = event.version();
                    view.title = event.title();
                    view.content = event.content();
                    view.submittedBy = event.submittedBy();
                    view.validatedBy = new ArrayList<>();
                    view.awaiting = List.of(Department.GCD.name(), Department.CSSC.name());
                });
    }

    @EventHandler
    void on(TemplateDraftReturned event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateTemplate(event.templateId(), sequence, event.returnedAt(), message,
                details("version", event.version(), "reason", event.reason()), view -> {
                    view.status = "DRAFT_RETURNED";
                    view.validatedBy = new ArrayList<>();
                    view.awaiting = List.of(Department.GCD.name(), Department.CSSC.name());
                });
    }

    @EventHandler
    void on(TemplateValidated event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateTemplate(event.templateId(), sequence, event.validatedAt(), message,
                details("version", event.version(), "validatedByBoth", event.validatedByBoth()), view -> {
                    view.validatedBy.add(event.validatedBy());
                    view.awaiting = event.validatedByBoth()
                            ? List.of(Department.GCD.name(), Department.CSSC.name())
                            : List.of(event.validatedBy().equals(Department.GCD.name())
                                    ? Department.CSSC.name() : Department.GCD.name());
                });
    }

    @EventHandler
    void on(TemplateProductised event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateTemplate(event.templateId(), sequence, event.productisedAt(), message,
                details("version", event.version()), view -> {
                    view.status = "PRODUCTISED";
                    view.title = event.title();
                    view.content = event.content();
                    view.productisedAt = event.productisedAt();
                    view.awaiting = List.of();
                });
    }

    private void updateTemplate(String templateId, long sequence, Instant at, EventMessage<?> message,
                                Map<String, Object> details, Consumer<TemplateView> change) {
        views.templates.applyIfNewer(templateId, sequence, view -> {
            change.accept(view);
            view.history.add(entry(sequence, at, message, details));
        });
    }

    // ---- form 1 (Art. 8–16)

    @EventHandler
    void on(ConfirmationFormDispatched event, EventMessage<?> message) {
        views.forms.insertIfAbsent(event.formId(), () -> {
            ConfirmationFormView view = new ConfirmationFormView();
            view.formId = event.formId();
            view.status = "DISPATCHED";
            view.customerGroupId = event.request().customer().groupId();
            view.request = event.request();
            event.accessPoints().forEach(point -> {
                PointView pointView = new PointView();
                pointView.point = point;
                view.points.add(pointView);
            });
            view.renegotiationOf = event.renegotiationOf();
            view.dispatchedAt = event.dispatchedAt();
            view.history.add(entry(0, event.dispatchedAt(), message,
                    details("accessPoints", event.accessPoints().size(), "renegotiationOf", event.renegotiationOf())));
            refresh(view);
            return view;
        });
    }

    @EventHandler
    void on(ConfirmationFormReceived event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.receivedAt(), message, details(), view -> {
            view.status = "RECEIVED";
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
                });
    }

    @EventHandler
    void on(PointReferredToEngineering event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.referredAt(), message,
                details("pointId", event.point().pointId(),
                        "segments", event.needs().stream().map(need -> need.segment().name()).toList()), view -> {
                    PointView point = point(view, event.point().pointId());
                    point.referral = PointView.Referral.OPEN;
                    point.referredNeeds = new ArrayList<>(event.needs());
                    point.referredAt = event.referredAt();
                    point.engineering = EngineeringAnswer.notReferred();
                });
    }

    @EventHandler
    void on(EngineeringReferralCancelled event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.cancelledAt(), message,
                details("pointId", event.pointId(), "wasAnswered", event.wasAnswered()), view -> {
                    PointView point = point(view, event.pointId());
                    point.referral = PointView.Referral.CANCELLED;
                    point.engineering = EngineeringAnswer.notReferred();
                });
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
    }

    @EventHandler
    void on(ResourceConfirmed event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.confirmedAt(), message,
                details("provisionablePoints", event.points().stream().filter(PointCapability::provisionable).count(),
                        "points", event.points().size()), view -> {
                    view.status = "REPLIED";
                    view.repliedAt = event.confirmedAt();
                    view.solution = event.solution();
                    view.pointCounts = event.pointCounts();
                    event.points().forEach(capability ->
                            point(view, capability.point().pointId()).capability = capability);
                });
    }

    @EventHandler
    void on(NegotiationRecorded event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.recordedAt(), message,
                details("outcome", event.outcome().name(), "newFormId", event.newFormId(), "note", event.note()),
                view -> {
                    view.status = "NEGOTIATED";
                    view.negotiationOutcome = event.outcome().name();
                    view.negotiationNote = event.note();
                    view.renegotiatedAs = event.newFormId();
                    view.closedAt = event.recordedAt();
                });
    }

    @EventHandler
    void on(ConfirmationFormWithdrawn event, @SequenceNumber long sequence, EventMessage<?> message) {
        updateForm(event.formId(), sequence, event.withdrawnAt(), message, details("reason", event.reason()),
                view -> {
                    view.status = "WITHDRAWN";
                    view.withdrawalReason = event.reason();
                    view.closedAt = event.withdrawnAt();
                });
    }

    private void updateForm(String formId, long sequence, Instant at, EventMessage<?> message,
                            Map<String, Object> details, Consumer<ConfirmationFormView> change) {
        views.forms.applyIfNewer(formId, sequence, view -> {
            change.accept(view);
            view.history.add(entry(sequence, at, message, details));
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
        List<String> awaiting = new ArrayList<>();
        switch (view.status) {
            case "DISPATCHED" -> awaiting.add(Department.CSSC.name());
            case "RECEIVED" -> {
                if (unassessed || view.openReferrals == 0) {
                    awaiting.add(Department.CSSC.name());
                }
                if (view.openReferrals > 0) {
                    awaiting.add(Department.ENG.name());
                }
            }
            case "REPLIED" -> awaiting.add(Department.GCD.name());
            default -> {
                // negotiated or withdrawn: nobody's move
            }
        }
        view.awaiting = awaiting;
    }

    private static HistoryEntry entry(long sequence, Instant at, EventMessage<?> message, Map<String, Object> details) {
        return new HistoryEntry(sequence, at, message.getPayloadType().getSimpleName(),
                String.valueOf(message.getMetaData().getOrDefault(MetadataKeys.ACTING_DEPARTMENT, "")),
                String.valueOf(message.getMetaData().getOrDefault(MetadataKeys.ACTING_USER, "")), details);
    }

    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }

    @ResetHandler
    void reset() {
        views.products.deleteAll();
        views.templates.deleteAll();
        views.forms.deleteAll();
    }
}
