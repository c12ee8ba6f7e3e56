package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.query.Page;
import cn.cmcc.ah.gca.support.query.PageRequest;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStore.Order;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Overdue and at-risk clocks by department and rule, read from the open work the clock views keep
 * ({@code sla_clock_views_open}, written by the clock projection): the cost follows the running clocks, never the
 * history. Earliest deadline first. Read-only: nothing is written through this store.
 */
public class OpenClockQueries {

    /** The clock views' collection and the processing group that keeps them (sla.query). */
    static final String CLOCK_VIEWS = "sla_clock_views";
    static final String CLOCK_VIEWS_GROUP = "sla-clocks-4";

    private final ViewStore<OpenClock> clocks;

    OpenClockQueries(ViewStores stores) {
        this.clocks = stores.builder(CLOCK_VIEWS, OpenClock.class, CLOCK_VIEWS_GROUP)
                .id(view -> view.clockId)
                .build();
    }

    /** Breached and still running. */
    public Page<OpenClock> overdue(Optional<Department> department, Optional<String> ruleId, PageRequest page) {
        return clocks.open(filter(Filters.ne("breachedAt", null), department, ruleId), Order.OLDEST_FIRST, page);
    }

    /** Past the warning threshold, not yet breached. */
    public Page<OpenClock> atRisk(Optional<Department> department, Optional<String> ruleId, PageRequest page) {
        return clocks.open(filter(Filters.and(Filters.ne("warnedAt", null), Filters.eq("breachedAt", null)),
                department, ruleId), Order.OLDEST_FIRST, page);
    }

    private static Bson filter(Bson which, Optional<Department> department, Optional<String> ruleId) {
        List<Bson> filters = new ArrayList<>(List.of(which));
        department.ifPresent(d -> filters.add(Filters.eq("responsibleDepartment", d.name())));
        ruleId.ifPresent(r -> filters.add(Filters.eq("ruleId", r)));
        return Filters.and(filters);
    }
}
