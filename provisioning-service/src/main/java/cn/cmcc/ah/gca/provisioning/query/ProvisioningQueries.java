package cn.cmcc.ah.gca.provisioning.query;

import cn.cmcc.ah.gca.events.Department;
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

import java.util.List;
import java.util.Optional;

/**
 * The in-sale read models (Art. 17–23) and the queries on them: forms 2 with everything that happened to them, the
 * circuits they put in service, and each department's open work. Inboxes read only the open work; history lists page
 * newest first; both cost what the page costs. Every read waits for {@link ProvisioningProjection} (read-your-writes).
 */
@Repository
public class ProvisioningQueries {

    private static final String ALL = "all";

    /** Forms 2: all, per customer, per final status; open statuses from the open work. */
    private static final StatusLists<DemandFormView, DemandStatus> FORM_LISTS = new StatusLists<>(
            DemandFormView::customerGroupId, view -> view.status, DemandStatus::closed,
            "request.customer.groupId", "status");

    final ViewStore<DemandFormView> forms;
    final ViewStore<DueItemView> due;
    final ViewStore<CircuitView> circuits;

    public ProvisioningQueries(ViewStores stores) {
        String group = ProvisioningProjection.GROUP;
        this.forms = stores.builder("provisioning_form_views", DemandFormView.class, group)
                .id(view -> view.formId)
                .openWhile(view -> !view.status.closed())
                .listedIn(FORM_LISTS::of)
                .openIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("request.customer.groupId"),
                        Indexes.descending("_sort")))
                .build();
        this.due = stores.builder("provisioning_due_views", DueItemView.class, group)
                .id(view -> view.id)
                .sortedBy(DueItemView::sortKey)
                .openWhile(view -> view.open)
                .openIndex(Indexes.compoundIndex(Indexes.ascending("department"), Indexes.ascending("_sort")))
                .build();
        this.circuits = stores.builder("provisioning_circuit_views", CircuitView.class, group)
                .id(view -> view.circuitId)
                .listedIn(view -> List.of(ALL, customerList(view.customerGroupId())))
                .build();
    }

    private static String customerList(String groupId) {
        return "customer:" + groupId;
    }

    // ---- form 2 (Art. 17–23)

    public Optional<DemandFormView> form(String formId) {
        return forms.find(formId);
    }

    /**
     * Forms 2, newest first: an open status from the open work, a final status from its list (or the customer's),
     * no filter from all forms (or the customer's).
     */
    public Page<DemandFormView> forms(Optional<DemandStatus> status, Optional<String> customerGroupId,
                                      PageRequest page) {
        return FORM_LISTS.page(forms, status, customerGroupId, page);
    }

    /** The department's open work, by the date it is due (or arose), earliest first. */
    public Page<DueItemView> inbox(Department department, PageRequest page) {
        return inbox(department, Optional.empty(), page);
    }

    /**
     * The department's open work; for an RMU that names its unit, the items of that unit and those any unit may take
     * (a registration due names no unit).
     */
    public Page<DueItemView> inbox(Department department, Optional<String> unit, PageRequest page) {
        Bson ofDepartment = Filters.eq("department", department.name());
        return due.open(unit.map(own -> Filters.and(ofDepartment, Filters.in("unit", "", own))).orElse(ofDepartment),
                Order.OLDEST_FIRST, page);
    }

    // ---- circuits (Art. 21)

    public Optional<CircuitView> circuit(String circuitId) {
        return circuits.find(circuitId);
    }

    /** Circuits, newest first: all, or one customer's. */
    public Page<CircuitView> circuits(Optional<String> customerGroupId, PageRequest page) {
        return circuits.list(customerGroupId.map(ProvisioningQueries::customerList).orElse(ALL), view -> true, page);
    }
}
