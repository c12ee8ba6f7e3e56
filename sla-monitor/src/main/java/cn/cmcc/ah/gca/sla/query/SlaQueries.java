package cn.cmcc.ah.gca.sla.query;

import cn.cmcc.ah.gca.support.query.InvalidCursorException;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStore.Order;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The SLA clocks and their queries. Running clocks are the open work, ordered by deadline (the schedule is rebuilt
 * from them at start-up); every clock is in the list of all clocks and of its customer, a stopped one also in the list
 * of stopped clocks. A subject's clocks are found by id, one per rule a clock was ever started under
 * ({@code ruleId:subjectId}), so no list per subject is written (docs/sla-benchmark.md).
 */
@Repository
public class SlaQueries {

    private static final String ALL = "all";
    private static final String STOPPED = "stopped";

    final ViewStore<SlaClockView> clocks;
    /** Every rule id a clock was started under, also of rules removed since. */
    private final MongoCollection<Document> rules;
    private final Set<String> knownRules = ConcurrentHashMap.newKeySet();

    public SlaQueries(ViewStores stores, MongoDatabase gcaMongoDatabase) {
        this.clocks = stores.builder("sla_clock_views", SlaClockView.class, SlaClockProjection.GROUP)
                .openWhile(view -> view.state.open())
                .sortedBy(view -> view.deadline.toEpochMilli())
                .listedIn(SlaQueries::lists)
                .openIndex(Indexes.compoundIndex(Indexes.ascending("ruleId"), Indexes.ascending("_sort")))
                .openIndex(Indexes.compoundIndex(Indexes.ascending("customerGroupId"), Indexes.ascending("_sort")))
                .build();
        this.rules = gcaMongoDatabase.getCollection("sla_clock_rules");
    }

    private static List<String> lists(SlaClockView view) {
        List<String> lists = new ArrayList<>(List.of(ALL, customerList(view.customerGroupId)));
        // a list entry stays where it is: a reopened clock stays in the stopped list (filtered by state when read)
        if (!view.state.open() || view.reopenCount > 0) {
            lists.add(STOPPED);
        }
        return lists;
    }

    private static String customerList(String groupId) {
        return "customer:" + groupId;
    }

    /** Notes that a clock was started under {@code ruleId}: a write the first time this instance sees the rule. */
    void ruleSeen(String ruleId) {
        if (!knownRules.contains(ruleId)) {
            rules.replaceOne(Filters.eq("_id", ruleId), new Document("_id", ruleId), new ReplaceOptions().upsert(true));
            knownRules.add(ruleId);
        }
    }

    /** For a reset before a replay. */
    void deleteAll() {
        clocks.deleteAll();
        rules.drop();
        knownRules.clear();
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
     * Clocks by subject (form, ticket …), rule, state and customer. A subject's clocks come by id, newest first, in one
     * page (one clock per rule at most); running clocks earliest deadline first from the open work; otherwise newest
     * first from the customer's or all clocks' list.
     */
    public Page<SlaClockView> search(Optional<String> subjectId, Optional<String> ruleId,
                                     Optional<SlaClockView.State> state, Optional<String> customerGroupId,
                                     PageRequest page) {
        Predicate<SlaClockView> filter = view -> ruleId.map(r -> r.equals(view.ruleId)).orElse(true)
                && state.map(s -> s == view.state).orElse(true)
                && customerGroupId.map(c -> c.equals(view.customerGroupId)).orElse(true);
        if (subjectId.isPresent()) {
            return ofSubject(subjectId.get(), ruleId, filter, page);
        }
        if (state.filter(SlaClockView.State::open).isPresent()) {
            List<Bson> filters = new ArrayList<>();
            filters.add(Filters.eq("state", state.get().name()));
            ruleId.ifPresent(r -> filters.add(Filters.eq("ruleId", r)));
            customerGroupId.ifPresent(c -> filters.add(Filters.eq("customerGroupId", c)));
            return clocks.open(Filters.and(filters), Order.OLDEST_FIRST, page);
        }
        String list = customerGroupId.map(SlaQueries::customerList).orElse(state.isPresent() ? STOPPED : ALL);
        return clocks.list(list, filter, page);
    }

    private Page<SlaClockView> ofSubject(String subjectId, Optional<String> ruleId, Predicate<SlaClockView> filter,
                                         PageRequest page) {
        if (page.cursor().isPresent()) {
            // the whole answer is one page: no cursor belongs to it
            throw new InvalidCursorException();
        }
        Set<String> ruleIds = new LinkedHashSet<>();
        if (ruleId.isPresent()) {
            ruleIds.add(ruleId.get());
        } else {
            rules.find().forEach(rule -> ruleIds.add(rule.getString("_id")));
        }
        List<SlaClockView> found = clocks.findAll(ruleIds.stream().map(rule -> rule + ":" + subjectId).toList())
                .stream().filter(filter)
                .sorted(Comparator.comparing((SlaClockView view) -> view.startedAt).reversed()
                        .thenComparing(view -> view.clockId))
                .toList();
        return Page.of(found.subList(0, Math.min(found.size(), page.limit())), null);
    }
}
