package cn.cmcc.ah.gca.provisioning.intake;

import com.mongodb.MongoException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A handler's failure goes back to the processor, which retries the batch with its back-off, {@code attempts} times
 * for one event; then the event is logged and skipped, so that one event cannot hold the processor forever. The
 * services' default is to retry without end ({@code PropagatingErrorHandler}): right for views, which must not miss an
 * event, but not for an intake whose event may never succeed.
 * <p>
 * A failure of the infrastructure (the store or the database unreachable, a transient Axon failure) is retried without
 * end all the same: the event would succeed once it is back, and skipping it would lose the work it asks for.
 */
final class BoundedRetries implements ListenerInvocationErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(BoundedRetries.class);
    /** How many failing events are remembered at once; an event that succeeded on a retry is forgotten with time. */
    private static final int REMEMBERED = 1_000;

    private final int attempts;
    private final Map<String, Integer> failures = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > REMEMBERED;
                }
            });

    BoundedRetries(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + attempts);
        }
        this.attempts = attempts;
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler eventHandler)
            throws Exception {
        if (isTransient(exception)) {
            throw exception;
        }
        int failed = failures.merge(event.getIdentifier(), 1, Integer::sum);
        if (failed < attempts) {
            throw exception;
        }
        failures.remove(event.getIdentifier());
        log.error("{} {} failed {} times in {}; skipped", event.getPayloadType().getSimpleName(),
                event.getIdentifier(), failed, eventHandler.getTargetType().getSimpleName(), exception);
    }

    /** The store, the database or Axon's infrastructure failed, somewhere in the chain of causes. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoException || cause instanceof EventStoreException
                    || cause instanceof AxonTransientException) {
                return true;
            }
        }
        return false;
    }
}
