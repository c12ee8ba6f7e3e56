package cn.cmcc.ah.gca.decommission.query;

import cn.cmcc.ah.gca.decommission.command.StopForm.Status;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.decommission.StopRequestType;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.StatusLists;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStore.Order;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form 5 read model (Art. 32–37) and the circuits' status, with their queries. Every form not completed,
 * withdrawn or ended is open work: inboxes, open statuses and the adjustments under way read only that, so their cost
 * follows the open work. Every form is in the list of all forms, of its customer and of each of its circuits; those
 * lists page newest first at the cost of the page. Every read waits for {@link StopFormProjection} (read-your-writes).
 */
@Repository
public class StopFormQueries {

    private static final StatusLists<StopFormView, Status> LISTS = new StatusLists<>(
            StopFormView::customerGroupId, view -> view.status, StopFormQueries::closed, "customer.groupId", "status");

    final ViewStore<StopFormView> forms;
    final ViewStore<CircuitStateView> circuits;

    public StopFormQueries(ViewStores stores) {
        this.forms = stores.builder("stop_form_views", StopFormView.class, StopFormProjection.GROUP)
                .id(view -> view.formId)
                .openWhile(view -> !closed(view.status))
                .listedIn(view -> {
                    List<String> lists = new ArrayList<>(LISTS.of(view));
                    view.circuitIds.forEach(circuit -> lists.add(circuitList(circuit)));
                    return lists;
                })
                .openIndex(Indexes.compoundIndex(Indexes.ascending("holder"), Indexes.ascending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("customer.groupId"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("requestType"), Indexes.ascending("_sort")))
                .build();
        this.circuits = stores.builder("stop_circuit_views", CircuitStateView.class, StopFormProjection.GROUP)
                .id(view -> view.circuitId)
                .build();
    }

    static boolean closed(Status status) {
        return status == Status.COMPLETED || status == Status.WITHDRAWN || status == Status.ENDED;
    }

    private static String circuitList(String circuitId) {
        return "circuit:" + circuitId;
    }

    public Optional<StopFormView> form(String formId) {
        return forms.find(formId);
    }

    /** Forms newest first, by status, customer and circuit (an open status from the open work, else a list). */
    public Page<StopFormView> forms(Optional<Status> status, Optional<String> customerGroupId,
                                    Optional<String> circuitId, PageRequest page) {
        if (circuitId.isEmpty()) {
            return LISTS.page(forms, status, customerGroupId, page);
        }
        return forms.list(circuitList(circuitId.get()), view -> status.map(s -> view.status == s).orElse(true)
                && customerGroupId.map(view.customerGroupId()::equals).orElse(true), page);
    }

    /** The open forms whose move is {@code department}'s, oldest number first (Art. 33–37). */
    public Page<StopFormView> heldBy(Department department, PageRequest page) {
        return forms.open(Filters.eq("holder", department.name()), Order.OLDEST_FIRST, page);
    }

    /**
     * The adjustments under way, oldest first: what each waits for from another service, since when, and whether it
     * was flagged stalled; {@code stalledOnly} for those alone.
     */
    public Page<StopFormView> adjustments(boolean stalledOnly, Optional<String> customerGroupId, PageRequest page) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("requestType", StopRequestType.ADJUSTMENT.name())));
        if (stalledOnly) {
            filters.add(Filters.eq("stalled", true));
        }
        customerGroupId.ifPresent(customer -> filters.add(Filters.eq("customer.groupId", customer)));
        return forms.open(Filters.and(filters), Order.OLDEST_FIRST, page);
    }

    /** The circuit's status and holding form; empty while no form 5 ever named it. */
    public Optional<CircuitStateView> circuit(String circuitId) {
        return circuits.find(circuitId);
    }
}
