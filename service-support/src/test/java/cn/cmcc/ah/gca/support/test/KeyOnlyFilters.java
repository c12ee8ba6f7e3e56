package cn.cmcc.ah.gca.support.test;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records the filters of the commands a Mongo client sends, to check that chosen collections are only ever queried by
 * {@code _id} (equality or {@code $in}): the embedded store of the local run answers only such a filter from an index
 * and scans the whole collection for anything else, even {@code _id} plus one more field.
 */
public final class KeyOnlyFilters implements CommandListener {

    private final Set<String> collections;
    private final List<String> offending = new ArrayList<>();
    private int checked;

    public KeyOnlyFilters(Set<String> collections) {
        this.collections = collections;
    }

    @Override
    public synchronized void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        if (!command.containsKey(name) || !command.get(name).isString()
                || !collections.contains(command.getString(name).getValue())) {
            return;
        }
        switch (name) {
            case "find" -> check(command, command.getDocument("filter", new BsonDocument()));
            case "findAndModify" -> check(command, command.getDocument("query", new BsonDocument()));
            case "update" -> command.getArray("updates").forEach(u -> check(command, u.asDocument().getDocument("q")));
            case "delete" -> command.getArray("deletes").forEach(d -> check(command, d.asDocument().getDocument("q")));
            default -> {
                // inserts and index creation carry no filter
            }
        }
    }

    private void check(BsonDocument command, BsonDocument filter) {
        checked++;
        boolean byKey = filter.size() == 1 && filter.containsKey("_id") && isEqualityOrIn(filter.get("_id"));
        if (!byKey) {
            offending.add(command.getFirstKey() + " " + filter.toJson());
        }
    }

    private static boolean isEqualityOrIn(BsonValue value) {
        if (!value.isDocument()) {
            return true;
        }
        BsonDocument operator = value.asDocument();
        return operator.size() == 1 && (operator.containsKey("$in") || operator.containsKey("$eq"));
    }

    public synchronized List<String> offending() {
        return List.copyOf(offending);
    }

    public synchronized int checked() {
        return checked;
    }
}
