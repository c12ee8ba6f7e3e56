package cn.cmcc.ah.gca.support.axon;

import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import cn.cmcc.ah.gca.support.query.ProjectionBehindException;
import cn.cmcc.ah.gca.support.query.ReadFence;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read-your-writes for the views of a service: a read waits (bounded) until the processor that keeps them has taken
 * every event stored before the read began, so a GET right after a command sees that command, whoever sends it and
 * whichever instance answers. The processor's position comes from the token store, which every instance shares; the
 * store's head is one unique-key lookup. Positions known to be processed are remembered, so a read of views that are
 * up to date costs that one lookup.
 */
public class ReadConsistency {

    /** The widest tail of tombstones (aborted appends) worth checking before calling a processor caught up. */
    private static final int SETTLED_CHECK_WIDTH = 256;
    private static final Duration POLL = Duration.ofMillis(10);

    private final MongoKeyedEventStorageEngine store;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Duration maxWait;
    private final Clock clock;
    private final Map<String, Long> processedThrough = new ConcurrentHashMap<>();
    private final ThreadLocal<Long> requiredPosition = new ThreadLocal<>();

    public ReadConsistency(MongoKeyedEventStorageEngine store, MongoCollection<Document> tokens, Serializer serializer,
                           Duration maxWait, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.serializer = serializer;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /** The fence of the views kept by {@code processor}. */
    public ReadFence fence(String processor) {
        return () -> await(processor);
    }

    /** Sets, for this request's thread, a position the caller insists on (header {@code GCA-Min-Position}). */
    public void requirePosition(Long position) {
        if (position == null) {
            requiredPosition.remove();
        } else {
            requiredPosition.set(position);
        }
    }

    public long headPosition() {
        return store.headPosition();
    }

    void await(String processor) {
        Long required = requiredPosition.get();
        long target = required != null ? required : store.headPosition();
        if (processedThrough.getOrDefault(processor, 0L) >= target) {
            return;
        }
        Instant deadline = clock.instant().plus(maxWait);
        long processed;
        while (true) {
            processed = processedPosition(processor);
            if (processed >= target
                    || (target - processed <= SETTLED_CHECK_WIDTH && store.isSettledBetween(processed, target))) {
                processedThrough.merge(processor, target, Math::max);
                return;
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new ProjectionBehindException(processor, processed, target, Duration.ofSeconds(1));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectionBehindException(processor, processed, target, Duration.ofSeconds(1));
            }
        }
    }

    /** The lowest position any segment of the processor has processed; 0 before its first event. */
    private long processedPosition(String processor) {
        long lowest = Long.MAX_VALUE;
        boolean any = false;
        for (Document entry : tokens.find(Filters.eq("processorName", processor))) {
            any = true;
            lowest = Math.min(lowest, position(entry, processor));
        }
        return any ? lowest : 0;
    }

    private long position(Document entry, String processor) {
        Binary data = entry.get("token", Binary.class);
        if (data == null) {
            return 0;
        }
        Number timestamp = (Number) entry.get("timestamp");
        GenericTokenEntry<byte[]> tokenEntry = new GenericTokenEntry<>(data.getData(), entry.getString("tokenType"),
                Instant.ofEpochMilli(timestamp == null ? 0 : timestamp.longValue()).toString(),
                entry.getString("owner"), processor, entry.getInteger("segment", 0), byte[].class);
        TrackingToken token = tokenEntry.getToken(serializer);
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.orElse(0);
    }
}
