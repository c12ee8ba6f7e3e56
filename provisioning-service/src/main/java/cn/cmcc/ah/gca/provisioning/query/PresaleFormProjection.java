package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.presale.ConfirmationFormDispatched;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormReceived;
import cn.cmcc.ah.gca.events.presale.ConfirmationFormWithdrawn;
import cn.cmcc.ah.gca.events.presale.NegotiationOutcome;
import cn.cmcc.ah.gca.events.presale.NegotiationRecorded;
import cn.cmcc.ah.gca.events.presale.ResourceConfirmed;
import cn.cmcc.ah.gca.provisioning.command.ConfirmedForm.Status;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * Keeps provisioning's view of presale's forms 1 ({@link PresaleFormQueries}) from the {@code gca.presale.events}
 * topic: a tracking processor on the Kafka source, so its position is in the token store and a reset replays the
 * topic. A view takes an event only if its aggregate sequence (the form 1's, as presale stored it and the record
 * carries it) is later than the last one it took, so a redelivered or replayed record changes nothing. Events of presale that say nothing about a
 * form 1's standing (assessments, referrals, templates, products) are skipped by having no handler.
 * <p>
 * The dispatch creates the view; a form whose dispatch was not consumed (a topic whose retention dropped it) is made
 * from its first later event, which carries the request too where it matters (reply, negotiation).
 */
@Component
@ProcessingGroup(PresaleFormProjection.GROUP)
public class PresaleFormProjection {

    /** The processing group, fed by {@code streamableKafkaMessageSource}. */
    public static final String GROUP = "provisioning-presale-forms";

    private final PresaleFormQueries views;

    PresaleFormProjection(PresaleFormQueries views) {
        this.views = views;
    }

    @EventHandler
    void on(ConfirmationFormDispatched event, @SequenceNumber long sequence) {
        views.forms.create(event.formId(), sequence, () -> {
            PresaleFormView view = new PresaleFormView();
            view.formId = event.formId();
            view.status = Status.IN_CONFIRMATION;
            view.request = event.request();
            view.accessPoints = new ArrayList<>(event.accessPoints());
            view.renegotiationOf = event.renegotiationOf();
            view.dispatchedAt = event.dispatchedAt();
            return view;
        });
    }

    @EventHandler
    void on(ConfirmationFormReceived event, @SequenceNumber long sequence) {
        update(event.formId(), sequence, view -> view.receivedAt = event.receivedAt());
    }

    @EventHandler
    void on(ResourceConfirmed event, @SequenceNumber long sequence) {
        update(event.formId(), sequence, view -> {
            view.status = Status.REPLIED;
            view.request = event.request();
            view.points = new ArrayList<>(event.points());
            view.solution = event.solution();
            view.receivedAt = event.receivedAt();
            view.repliedAt = event.confirmedAt();
        });
    }

    @EventHandler
    void on(NegotiationRecorded event, @SequenceNumber long sequence) {
        update(event.formId(), sequence, view -> {
            view.status = switch (event.outcome()) {
                case ACCEPTED -> Status.ACCEPTED;
                case DECLINED -> Status.DECLINED;
                case RENEGOTIATE -> Status.RENEGOTIATED;
            };
            view.negotiationOutcome = event.outcome();
            view.renegotiatedAs = event.outcome() == NegotiationOutcome.RENEGOTIATE ? event.newFormId() : "";
            view.negotiationNote = event.note();
            view.request = event.request();
            view.points = new ArrayList<>(event.points());
            view.solution = event.solution();
            view.closedAt = event.recordedAt();
        });
    }

    @EventHandler
    void on(ConfirmationFormWithdrawn event, @SequenceNumber long sequence) {
        update(event.formId(), sequence, view -> {
            view.status = Status.WITHDRAWN;
            view.withdrawalReason = event.reason();
            view.closedAt = event.withdrawnAt();
        });
    }

    /** Applies a later event; makes the view from it if the dispatch never arrived. */
    private void update(String formId, long sequence, Consumer<PresaleFormView> change) {
        views.forms.create(formId, sequence, () -> {
            PresaleFormView view = new PresaleFormView();
            view.formId = formId;
            view.status = Status.IN_CONFIRMATION;
            change.accept(view);
            return view;
        });
        views.forms.apply(formId, sequence, change);
    }

    @ResetHandler
    void reset() {
        views.forms.deleteAll();
    }
}
