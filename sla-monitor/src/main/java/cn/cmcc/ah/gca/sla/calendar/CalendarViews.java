package cn.cmcc.ah.gca.sla.calendar;

import cn.cmcc.ah.gca.sla.command.calendar.WorkingCalendarBook;
import cn.cmcc.ah.gca.support.query.ViewStore;
import cn.cmcc.ah.gca.support.query.ViewStores;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The stored calendar: one view document, {@code _id} {@code working-calendar}, read and written by {@code _id} only.
 * Reads for callers wait for the projection (read-your-writes); the hot path's version check reads one field and
 * never waits.
 */
@Repository
public class CalendarViews implements CalendarStore {

    static final String COLLECTION = "sla_calendar_views";
    static final String ID = WorkingCalendarBook.ID;

    final ViewStore<WorkingCalendarView> calendar;
    private final ViewStore<WorkingCalendarView> unfenced;
    private final MongoCollection<Document> documents;

    public CalendarViews(ViewStores stores, MongoDatabase gcaMongoDatabase, ObjectMapper objectMapper) {
        this.calendar = stores.builder(COLLECTION, WorkingCalendarView.class, WorkingCalendarProjection.GROUP)
                .id(view -> ID).build();
        this.unfenced = ViewStores.unfenced(gcaMongoDatabase, objectMapper)
                .builder(COLLECTION, WorkingCalendarView.class, WorkingCalendarProjection.GROUP)
                .id(view -> ID).build();
        this.documents = gcaMongoDatabase.getCollection(COLLECTION);
    }

    @Override
    public long storedVersion() {
        Document stored = documents.find(Filters.eq("_id", ID)).projection(Projections.include("version")).first();
        return stored == null || !(stored.get("version") instanceof Number version) ? 0 : version.longValue();
    }

    @Override
    public Optional<WorkingCalendarView> current() {
        return unfenced.find(ID);
    }

    @Override
    public Optional<WorkingCalendarView> fresh() {
        return calendar.find(ID);
    }
}
