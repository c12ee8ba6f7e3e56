package cn.cmcc.ah.gca.support.query;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lists most views keep, and the one query over them: every item is in the list of all items and in its
 * customer's; an item in a final status is also in that status's list. An open status is answered from the open work
 * (cost: what is open), a final status or no status from a list (cost: the page), a customer's items from the
 * customer's list.
 *
 * @param <V> the view
 * @param <S> its status
 */
public final class StatusLists<V, S extends Enum<S>> {

    private static final String ALL = "all";

    private final Function<V, String> customerOf;
    private final Function<V, S> statusOf;
    private final Function<S, Boolean> isFinal;
    private final String customerField;
    private final String statusField;

    /**
     * @param customerField the customer's group id in the stored view, e.g. {@code request.customer.groupId}
     * @param statusField   the status in the stored view
     */
    public StatusLists(Function<V, String> customerOf, Function<V, S> statusOf, Function<S, Boolean> isFinal,
                       String customerField, String statusField) {
        this.customerOf = customerOf;
        this.statusOf = statusOf;
        this.isFinal = isFinal;
        this.customerField = customerField;
        this.statusField = statusField;
    }

    /** The lists {@code view} belongs to; for {@link ViewStore.Builder#listedIn}. */
    public List<String> of(V view) {
        List<String> lists = new ArrayList<>(List.of(ALL, customerList(customerOf.apply(view))));
        S status = statusOf.apply(view);
        if (isFinal.apply(status)) {
            lists.add(statusList(status));
        }
        return lists;
    }

    /** Items newest first, by status and customer (a customer caller's own, or a filter of staff). */
    public Page<V> page(ViewStore<V> store, Optional<S> status, Optional<String> customer, PageRequest page) {
        return page(store, status, customer, Optional.empty(), page);
    }

    /**
     * As {@link #page(ViewStore, Optional, Optional, PageRequest)}, with a further filter that only open work can
     * answer (e.g. whose move it is): given it, the open work is queried whatever the status.
     */
    public Page<V> page(ViewStore<V> store, Optional<S> status, Optional<String> customer, Optional<Bson> openOnly,
                        PageRequest page) {
        if (openOnly.isPresent() || status.filter(s -> !isFinal.apply(s)).isPresent()) {
            List<Bson> filters = new ArrayList<>();
            status.ifPresent(s -> filters.add(Filters.eq(statusField, s.name())));
            customer.ifPresent(c -> filters.add(Filters.eq(customerField, c)));
            openOnly.ifPresent(filters::add);
            return store.open(filters.isEmpty() ? Filters.empty() : Filters.and(filters),
                    ViewStore.Order.NEWEST_FIRST, page);
        }
        if (status.isPresent()) {
            return customer
                    .map(c -> store.list(customerList(c), view -> statusOf.apply(view) == status.get(), page))
                    .orElseGet(() -> store.list(statusList(status.get()), view -> true, page));
        }
        return store.list(customer.map(StatusLists::customerList).orElse(ALL), view -> true, page);
    }

    private static String customerList(String groupId) {
        return "customer:" + groupId;
    }

    private String statusList(S status) {
        return "status:" + status.name();
    }
}
