package cn.cmcc.ah.gca.fault.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code fault_tickets} read model. Writes are by {@code _id}, so replaying events rewrites the same state. */
@Repository
public class FaultTicketRepository {

    private final MongoCollection<FaultTicketView> tickets;

    public FaultTicketRepository(MongoDatabase gcaMongoDatabase) {
        this.tickets = gcaMongoDatabase.getCollection("fault_tickets", FaultTicketView.class);
    }

    void save(FaultTicketView view) {
        tickets.replaceOne(Filters.eq("_id", view.ticketId()), view, new ReplaceOptions().upsert(true));
    }

    void markAccepted(String ticketId, String acceptedBy, Instant acceptedAt) {
        tickets.updateOne(Filters.eq("_id", ticketId), Updates.combine(
                Updates.set("status", "ACCEPTED"),
                Updates.set("acceptedBy", acceptedBy),
                Updates.set("acceptedAt", acceptedAt)));
    }

    void deleteAll() {
        tickets.deleteMany(Filters.empty());
    }

    public Optional<FaultTicketView> find(String ticketId) {
        return Optional.ofNullable(tickets.find(Filters.eq("_id", ticketId)).first());
    }

    /** Newest first; optionally one status and one customer. */
    public List<FaultTicketView> list(Optional<String> status, Optional<String> customerGroupId, int limit) {
        List<Bson> filters = new ArrayList<>();
        status.ifPresent(s -> filters.add(Filters.eq("status", s)));
        customerGroupId.ifPresent(c -> filters.add(Filters.eq("customerGroupId", c)));
        Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
        return tickets.find(filter).sort(Sorts.descending("reportedAt")).limit(limit).into(new ArrayList<>());
    }
}
