package cn.cmcc.ah.gca.support.numbering;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Human-readable numbers for forms and tickets ({@code FT-2026-000123}): a prefix, the year in Asia/Shanghai and
 * a counter per prefix and year, taken atomically so two instances never hand out the same number.
 */
public class BusinessNumbers {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MongoCollection<Document> counters;
    private final Clock clock;

    public BusinessNumbers(MongoDatabase database, Clock clock) {
        this.counters = database.getCollection("business_numbers");
        this.clock = clock;
    }

    public String next(String prefix) {
        int year = clock.instant().atZone(CHINA).getYear();
        String counterId = prefix + "-" + year;
        // The value before the increment: the embedded server can leak a concurrent increment into an
        // "after" reply (docs/event-store.md), while the "before" document is a stable copy.
        Document before = counters.findOneAndUpdate(Filters.eq("_id", counterId), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        long value = (before == null ? 0L : ((Number) before.get("value")).longValue()) + 1;
        return String.format("%s-%06d", counterId, value);
    }
}
