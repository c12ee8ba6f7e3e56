package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.presale.PointCapability;
import cn.cmcc.ah.gca.events.provisioning.ProvisioningPath;
import cn.cmcc.ah.gca.provisioning.command.ConfirmedForm;
import cn.cmcc.ah.gca.provisioning.command.DemandPoints;
import cn.cmcc.ah.gca.support.query.ReadFence;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * What provisioning knows of presale's forms 1, from the {@code gca.presale.events} topic alone
 * ({@link PresaleFormProjection}): the basis a form 2 is dispatched on (Art. 16–17).
 * <p>
 * <b>No read fence.</b> The kit's fence waits for a processor to reach the head of the service's own event store;
 * this view is fed from another service's topic, whose head is no position of that store, and across services there
 * is no read-your-writes (docs/api.md): presale's negotiation reaches this view shortly after presale stored it, not
 * within presale's response. So reads answer from what has been consumed so far, without waiting: a form 1 whose
 * events have not arrived yet is simply unknown (the dispatch of its form 2 is refused with 422 and can be retried a
 * moment later), and one whose acceptance has not arrived yet still shows its earlier status.
 */
@Repository
public class PresaleFormQueries {

    final ViewStore<PresaleFormView> forms;

    public PresaleFormQueries(ViewStores stores) {
        this.forms = stores.builder("provisioning_presale_form_views", PresaleFormView.class,
                        PresaleFormProjection.GROUP)
                .id(view -> view.formId)
                .readFence(ReadFence.NONE)
                .build();
    }

    /** The form 1 as presale's events consumed so far describe it; empty when none of them has arrived. */
    public Optional<PresaleFormView> form(String form1Id) {
        return forms.find(form1Id);
    }

    /** The basis of a form 2 (Art. 16–17) for {@code DispatchDemand}; empty for a form 1 provisioning does not know. */
    public Optional<ConfirmedForm> confirmedForm(String form1Id) {
        return form(form1Id).map(PresaleFormView::toConfirmedForm);
    }

    /**
     * The Art. 18/19/20 path of a confirmed point (the dispatch's rule); empty for a point that cannot be provisioned.
     */
    public static Optional<ProvisioningPath> pathOf(PointCapability point) {
        return DemandPoints.provisionedPath(point);
    }
}
