package cn.cmcc.ah.gca.support.eventstore;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoWriteException;

/**
 * Recognises MongoDB duplicate-key errors (codes 11000, 11001, 12582), wherever the sync driver reports them:
 * {@link MongoWriteException} (single writes), {@link MongoBulkWriteException} (insertMany / bulkWrite),
 * {@link DuplicateKeyException} and plain {@link MongoServerException}s (e.g. from findAndModify), also when wrapped.
 * <p>
 * Given to Axon as the {@link PersistenceExceptionResolver}, it makes a conflicting append surface as Axon's usual
 * {@code ConcurrencyException} / {@code AggregateStreamCreationException}.
 */
public final class MongoDuplicateKeyResolver implements PersistenceExceptionResolver {

    /** The shared instance. */
    public static final MongoDuplicateKeyResolver INSTANCE = new MongoDuplicateKeyResolver();

    private MongoDuplicateKeyResolver() {
    }

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isDuplicateKey(exception);
    }

    /**
     * @param throwable any exception
     * @return whether it, or one of its causes, is a MongoDB duplicate-key error
     */
    public static boolean isDuplicateKey(Throwable throwable) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = throwable; t != null && seen.add(t); t = t.getCause()) {
            if (isDuplicateKeyItself(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDuplicateKeyItself(Throwable t) {
        if (t instanceof DuplicateKeyException) {
            return true;
        }
        if (t instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                       .anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        if (t instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (t instanceof MongoServerException server) {
            return ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY;
        }
        return false;
    }
}
