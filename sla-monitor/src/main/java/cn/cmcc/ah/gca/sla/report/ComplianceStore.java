package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance projection's documents, every one read and written by {@code _id} alone (the embedded store scans
 * the collection for any other filter: stack notes, trap 10):
 * <ul>
 * <li>{@code sla_compliance_clocks}: one {@link ClockRecord} per clock;</li>
 * <li>{@code sla_compliance_figures}: the figures of one month, rule, department and service level — counters, the
 * used-time sum and histogram — and the ids of the last {@value #APPLIED_KEPT} changes applied to it;</li>
 * <li>{@code sla_compliance_months}: per month, the ids of its figures documents, so a report reads a range of
 * months by id.</li>
 * </ul>
 */
class ComplianceStore {

    static final String CLOCKS = "sla_compliance_clocks";
    static final String FIGURES = "sla_compliance_figures";
    static final String MONTHS = "sla_compliance_months";
    /**
     * How many applied change ids a figures document remembers. A change must still be remembered when its clock's
     * pending changes are applied again after a crash: only changes of other clocks applied meanwhile, by other
     * segments, push it out — hundreds within the minutes a restart takes, for one month, rule and department.
     */
    static final int APPLIED_KEPT = 500;
    private static final String ID = "_id";
    private static final String APPLIED = "_applied";

    private final MongoCollection<Document> clocks;
    private final MongoCollection<Document> figures;
    private final MongoCollection<Document> months;

    ComplianceStore(MongoDatabase database) {
        this.clocks = database.getCollection(CLOCKS);
        this.figures = database.getCollection(FIGURES);
        this.months = database.getCollection(MONTHS);
    }

    // ---------------------------------------------------------------------------------------------- clock records

    ClockRecord clock(String clockId) {
        Document document = clocks.find(Filters.eq(ID, clockId)).first();
        return document == null ? null : toRecord(document);
    }

    void save(ClockRecord record) {
        clocks.replaceOne(Filters.eq(ID, record.clockId), toDocument(record), new ReplaceOptions().upsert(true));
    }

    // ---------------------------------------------------------------------------------------------------- figures

    /** Applies a change unless the figures document remembers having taken it. */
    void apply(FiguresChange change) {
        ComplianceKey key = change.key();
        String id = key.id();
        months.updateOne(Filters.eq(ID, key.month().toString()), Updates.addToSet("figures", id),
                new UpdateOptions().upsert(true));
        Document stored = figures.find(Filters.eq(ID, id)).projection(Projections.include(APPLIED)).first();
        if (stored != null && stored.getList(APPLIED, String.class, List.of()).contains(change.id())) {
            return;
        }
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.setOnInsert("month", key.month().toString()));
        updates.add(Updates.setOnInsert("ruleId", key.ruleId()));
        updates.add(Updates.setOnInsert("department", key.department().name()));
        updates.add(Updates.setOnInsert("serviceLevel", key.levelName()));
        change.increments().forEach((field, n) -> updates.add(Updates.inc(field, n)));
        if (change.maxUsed() != null) {
            updates.add(Updates.max("maxUsed", change.maxUsed()));
        }
        if (change.unit() != null) {
            updates.add(Updates.set("unit", change.unit().name()));
        }
        updates.add(Updates.pushEach(APPLIED, List.of(change.id()), new PushOptions().slice(-APPLIED_KEPT)));
        figures.updateOne(Filters.eq(ID, id), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    /** The figures documents of these months. */
    List<Figures> figures(Collection<YearMonth> wanted) {
        List<String> monthIds = wanted.stream().map(YearMonth::toString).toList();
        Set<String> ids = new LinkedHashSet<>();
        months.find(Filters.in(ID, monthIds)).forEach(month -> ids.addAll(month.getList("figures", String.class,
                List.of())));
        List<Figures> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            figures.find(Filters.in(ID, List.copyOf(ids))).batchSize(ids.size())
                    .forEach(document -> found.add(Figures.of(document)));
        }
        return found;
    }

    /** For a reset before a replay. Drops rather than deletes, so no filter runs. */
    void deleteAll() {
        clocks.drop();
        figures.drop();
        months.drop();
    }

    // ---------------------------------------------------------------------------------------------------- mapping

    private static Document toDocument(ClockRecord record) {
        Document document = new Document(ID, record.clockId)
                .append("seq", record.sequence)
                .append("ruleId", record.ruleId)
                .append("department", record.department.name())
                .append("serviceLevel", record.serviceLevel == null ? null : record.serviceLevel.name())
                .append("startedAt", millis(record.startedAt))
                .append("deadline", millis(record.deadline))
                .append("limit", record.limit)
                .append("pausedAt", millis(record.pausedAt))
                .append("pausedMillis", record.pausedMillis)
                .append("outcome", record.outcome.name())
                .append("used", record.used)
                .append("unit", record.unit == null ? null : record.unit.name());
        List<Document> pending = new ArrayList<>();
        for (FiguresChange change : record.pending) {
            pending.add(new Document("id", change.id())
                    .append("month", change.key().month().toString())
                    .append("ruleId", change.key().ruleId())
                    .append("department", change.key().department().name())
                    .append("serviceLevel", change.key().levelName())
                    .append("increments", new Document(new LinkedHashMap<String, Object>(change.increments())))
                    .append("maxUsed", change.maxUsed())
                    .append("unit", change.unit() == null ? null : change.unit().name()));
        }
        return document.append("pending", pending);
    }

    private static ClockRecord toRecord(Document document) {
        ClockRecord record = new ClockRecord();
        record.clockId = document.getString(ID);
        record.sequence = ((Number) document.get("seq")).longValue();
        record.ruleId = document.getString("ruleId");
        record.department = Department.valueOf(document.getString("department"));
        record.serviceLevel = ComplianceKey.level(document.getString("serviceLevel"));
        record.startedAt = instant(document.get("startedAt"));
        record.deadline = instant(document.get("deadline"));
        record.limit = document.getString("limit");
        record.pausedAt = instant(document.get("pausedAt"));
        record.pausedMillis = ((Number) document.get("pausedMillis")).longValue();
        record.outcome = Outcome.valueOf(document.getString("outcome"));
        record.used = document.get("used") == null ? null : ((Number) document.get("used")).longValue();
        record.unit = unit(document.getString("unit"));
        for (Document change : document.getList("pending", Document.class, List.of())) {
            ComplianceKey key = new ComplianceKey(YearMonth.parse(change.getString("month")),
                    change.getString("ruleId"), Department.valueOf(change.getString("department")),
                    ComplianceKey.level(change.getString("serviceLevel")));
            Map<String, Long> increments = new LinkedHashMap<>();
            change.get("increments", Document.class).forEach((field, n) -> increments.put(field,
                    ((Number) n).longValue()));
            record.pending.add(new FiguresChange(change.getString("id"), key, increments,
                    change.get("maxUsed") == null ? null : ((Number) change.get("maxUsed")).longValue(),
                    unit(change.getString("unit"))));
        }
        return record;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }

    private static UsedUnit unit(String name) {
        return name == null ? null : UsedUnit.valueOf(name);
    }
}
