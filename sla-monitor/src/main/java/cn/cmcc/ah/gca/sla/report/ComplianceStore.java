package cn.cmcc.ah.gca.sla.report;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.query.ViewBatches;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Optional<Staged> batch = staged();
        if (batch.isPresent()) {
            return batch.get().clock(clockId);
        }
        Document document = clocks.find(Filters.eq(ID, clockId)).first();
        return document == null ? null : toRecord(document);
    }

    void save(ClockRecord record) {
        Optional<Staged> batch = staged();
        if (batch.isPresent()) {
            batch.get().save(record);
            return;
        }
        clocks.replaceOne(Filters.eq(ID, record.clockId), toDocument(record), new ReplaceOptions().upsert(true));
    }

    // ---------------------------------------------------------------------------------------------------- figures

    /** Applies a change of {@code clockId}'s figures unless the figures document remembers having taken it. */
    void apply(String clockId, FiguresChange change) {
        Optional<Staged> batch = staged();
        if (batch.isPresent()) {
            batch.get().apply(clockId, change);
            return;
        }
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

    /** This store's changes in the batch being handled, if the compliance processor batches them. */
    private Optional<Staged> staged() {
        return ViewBatches.staging(this, Staged::new);
    }

    /**
     * What a batch of the compliance processor changes, written at its end in the order the ledger's single writes
     * keep (see {@link ComplianceLedger}), so a crash anywhere in between still neither loses nor doubles a change:
     * the clock records with every change the batch applies to them as pending, then the changes (summed per figures
     * document, each document's remembered ids checked first), then the records with nothing pending.
     */
    private final class Staged implements ViewBatches.Staging {

        private final Map<String, ClockRecord> records = new HashMap<>();
        private final Set<String> saved = new LinkedHashSet<>();
        private final Map<String, List<FiguresChange>> applied = new LinkedHashMap<>();

        private Staged(List<String> clockIds) {
            List<String> distinct = clockIds.stream().distinct().toList();
            if (!distinct.isEmpty()) {
                clocks.find(Filters.in(ID, distinct)).batchSize(distinct.size())
                        .forEach(document -> records.put(document.getString(ID), toRecord(document)));
                distinct.forEach(id -> records.putIfAbsent(id, null));
            }
        }

        ClockRecord clock(String clockId) {
            if (!records.containsKey(clockId)) {
                Document document = clocks.find(Filters.eq(ID, clockId)).first();
                records.put(clockId, document == null ? null : toRecord(document));
            }
            return records.get(clockId);
        }

        void save(ClockRecord record) {
            records.put(record.clockId, record);
            saved.add(record.clockId);
        }

        void apply(String clockId, FiguresChange change) {
            applied.computeIfAbsent(clockId, id -> new ArrayList<>()).add(change);
        }

        @Override
        public void write() {
            if (saved.isEmpty() && applied.isEmpty()) {
                return;
            }
            Set<String> written = new LinkedHashSet<>(saved);
            written.addAll(applied.keySet());
            List<WriteModel<Document>> withPending = new ArrayList<>();
            for (String clockId : written) {
                withPending.add(replace(toDocument(records.get(clockId), applied.getOrDefault(clockId, List.of()))));
            }
            clocks.bulkWrite(withPending, new BulkWriteOptions().ordered(false));
            if (!applied.isEmpty()) {
                applyAll(applied.values().stream().flatMap(List::stream).toList());
                List<WriteModel<Document>> settled = new ArrayList<>();
                for (String clockId : applied.keySet()) {
                    settled.add(replace(toDocument(records.get(clockId), List.of())));
                }
                clocks.bulkWrite(settled, new BulkWriteOptions().ordered(false));
            }
            saved.clear();
            applied.clear();
        }

        private static ReplaceOneModel<Document> replace(Document document) {
            return new ReplaceOneModel<>(Filters.eq(ID, document.get(ID)), document,
                    new ReplaceOptions().upsert(true));
        }
    }

    /** {@link #apply} for many changes in three requests: months, remembered ids, one update per figures document. */
    private void applyAll(List<FiguresChange> changes) {
        Map<String, List<FiguresChange>> byFigures = new LinkedHashMap<>();
        changes.forEach(change -> byFigures.computeIfAbsent(change.key().id(), id -> new ArrayList<>()).add(change));
        List<WriteModel<Document>> monthWrites = new ArrayList<>();
        Set<String> monthPairs = new HashSet<>();
        for (FiguresChange change : changes) {
            String month = change.key().month().toString();
            if (monthPairs.add(month + "/" + change.key().id())) {
                monthWrites.add(new UpdateOneModel<>(Filters.eq(ID, month), Updates.addToSet("figures",
                        change.key().id()), new UpdateOptions().upsert(true)));
            }
        }
        months.bulkWrite(monthWrites, new BulkWriteOptions().ordered(true));
        Map<String, Set<String>> remembered = new HashMap<>();
        figures.find(Filters.in(ID, List.copyOf(byFigures.keySet()))).projection(Projections.include(APPLIED))
                .batchSize(byFigures.size()).forEach(document -> remembered.put(document.getString(ID),
                        new HashSet<>(document.getList(APPLIED, String.class, List.of()))));
        List<WriteModel<Document>> figureWrites = new ArrayList<>();
        byFigures.forEach((id, all) -> {
            Set<String> taken = remembered.getOrDefault(id, Set.of());
            List<FiguresChange> fresh = all.stream().filter(change -> !taken.contains(change.id())).toList();
            if (!fresh.isEmpty()) {
                figureWrites.add(new UpdateOneModel<>(Filters.eq(ID, id), update(fresh),
                        new UpdateOptions().upsert(true)));
            }
        });
        if (!figureWrites.isEmpty()) {
            figures.bulkWrite(figureWrites, new BulkWriteOptions().ordered(true));
        }
    }

    /** One update applying {@code changes} (all of one figures document) and remembering their ids. */
    private static Bson update(List<FiguresChange> changes) {
        ComplianceKey key = changes.get(0).key();
        Map<String, Long> increments = new LinkedHashMap<>();
        Long maxUsed = null;
        UsedUnit unit = null;
        for (FiguresChange change : changes) {
            change.increments().forEach((field, n) -> increments.merge(field, n, Long::sum));
            if (change.maxUsed() != null) {
                maxUsed = maxUsed == null ? change.maxUsed() : Math.max(maxUsed, change.maxUsed());
            }
            if (change.unit() != null) {
                unit = change.unit();
            }
        }
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.setOnInsert("month", key.month().toString()));
        updates.add(Updates.setOnInsert("ruleId", key.ruleId()));
        updates.add(Updates.setOnInsert("department", key.department().name()));
        updates.add(Updates.setOnInsert("serviceLevel", key.levelName()));
        increments.forEach((field, n) -> updates.add(Updates.inc(field, n)));
        if (maxUsed != null) {
            updates.add(Updates.max("maxUsed", maxUsed));
        }
        if (unit != null) {
            updates.add(Updates.set("unit", unit.name()));
        }
        updates.add(Updates.pushEach(APPLIED, changes.stream().map(FiguresChange::id).toList(),
                new PushOptions().slice(-APPLIED_KEPT)));
        return Updates.combine(updates);
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
        return toDocument(record, record.pending);
    }

    private static Document toDocument(ClockRecord record, List<FiguresChange> pendingChanges) {
        Document document = new Document(ID, record.clockId)
                .append("seq", record.sequence)
                .append("ruleId", record.ruleId)
                .append("department", record.department.name())
                .append("serviceLevel", record.serviceLevel == null ? null : record.serviceLevel.name())
                .append("startedAt", millis(record.startedAt))
                .append("deadline", millis(record.deadline))
                .append("limit", record.limit)
                .append("pausedAt", millis(record.pausedAt))
                .append("stoppedAt", millis(record.stoppedAt))
                .append("pausedMillis", record.pausedMillis)
                .append("pausedWorkingDays", record.pausedWorkingDays.toPlainString())
                .append("outcome", record.outcome.name())
                .append("used", record.used)
                .append("unit", record.unit == null ? null : record.unit.name());
        List<Document> pending = new ArrayList<>();
        for (FiguresChange change : pendingChanges) {
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
        record.stoppedAt = instant(document.get("stoppedAt"));
        record.pausedMillis = ((Number) document.get("pausedMillis")).longValue();
        String pausedWorkingDays = document.getString("pausedWorkingDays");
        record.pausedWorkingDays = pausedWorkingDays == null ? BigDecimal.ZERO : new BigDecimal(pausedWorkingDays);
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
