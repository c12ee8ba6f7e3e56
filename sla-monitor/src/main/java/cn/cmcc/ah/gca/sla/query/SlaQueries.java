package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
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
import java.util.function.Predicate;

/**
 * The SLA clocks and their queries. Running clocks are the open work, ordered by deadline (the schedule is rebuilt
 * from them at start-up); every clock is in the list of all clocks, of its subject and of its customer, a stopped one
 * also in the list of stopped clocks.
 */
@Repository
public class SlaQueries {

    private static final String ALL = "all";
    private static final String STOPPED = "stopped";

    final ViewStore<SlaClockView> clocks;

    public SlaQueries(ViewStores stores) {
        this.clocks = stores.builder("sla_clock_views", SlaClockView.class, SlaClockProjection.GROUP)
                .openWhile(view -> view.state.open())
                .sortedBy(view -> view.deadline.toEpochMilli())
                .listedIn(SlaQueries::lists)
                .openIndex(Indexes.compoundIndex(Indexes.ascending("ruleId"), Indexes.ascending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("customerGroupId"), Indexes.ascending("_sort")))
                .build();
    }

    private static List<String> lists(SlaClockView view) {
        List<String> lists = new ArrayList<>(List.of(ALL, subjectList(view.subjectId),
                customerList(view.customerGroupId)));
        if (!view.state.open()) {
            lists.add(STOPPED);
        }
        return lists;
    }

    private static String subjectList(String subjectId) {
        return "subject:" + subjectId;
    }

    private static String customerList(String groupId) {
        return "customer:" + groupId;
    }

    public Optional<SlaClockView> clock(String clockId) {
        return clocks.find(clockId);
    }

    /** The open clocks one at a time, read in batches: for a rebuild or a replan over however many are open. */
    public void forEachOpen(java.util.function.Consumer<SlaClockView> action) {
        clocks.forEachOpenAsStored(Filters.empty(), 1_000, action);
    }

    /** The tags a clock is counted under. */
    public static DeadlineSchedule.Key key(SlaClockView view) {
        return new DeadlineSchedule.Key(view.ruleId, view.responsibleDepartment, view.serviceLevel);
    }

    /** Puts an open clock into the schedule as its view stands. */
    public static void schedule(DeadlineSchedule schedule, SlaClockView view) {
        schedule.put(view.clockId, key(view), view.state == SlaClockView.State.PAUSED, view.warnedAt != null,
                view.breachedAt != null, view.warnAt, view.deadline);
    }

    /**
     * Clocks by subject (form, ticket …), rule, state and customer. Running clocks come earliest deadline first from
     * the open work; otherwise newest first from the subject's, the customer's or all clocks' list.
     */
    public Page<SlaClockView> search(Optional<String> subjectId, Optional<String> ruleId,
                                     Optional<SlaClockView.State> state, Optional<String> customerGroupId,
                                     PageRequest page) {
        if (state.filter(SlaClockView.State::open).isPresent() && subjectId.isEmpty()) {
            List<Bson> filters = new ArrayList<>();
            filters.add(Filters.eq("state", state.get().name()));
            ruleId.ifPresent(r -> filters.add(Filters.eq("ruleId", r)));
            customerGroupId.ifPresent(c -> filters.add(Filters.eq("customerGroupId", c)));
            return clocks.open(filters.isEmpty() ? Filters.empty() : Filters.and(filters), Order.OLDEST_FIRST, page);
        }
        Predicate<SlaClockView> filter = view -> ruleId.map(r -> r.equals(view.ruleId)).orElse(true)
                && state.map(s -> s == view.state).orElse(true)
                && customerGroupId.map(c -> c.equals(view.customerGroupId)).orElse(true);
        String list = subjectId.map(SlaQueries::subjectList)
                .or(() -> customerGroupId.map(SlaQueries::customerList))
                .orElse(state.isPresent() ? STOPPED : ALL);
        return clocks.list(list, filter, page);
    }
}
