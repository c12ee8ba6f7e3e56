package cn.cmcc.ah.gca.support.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the views a tracking processor's batch changes together, once its last event is handled, instead of one
 * request per change: the views of the batch's aggregates are read in one query at its first use, changes are kept in
 * the unit of work, and at the batch's end each view store writes its list entries, open work and views in a few bulk
 * requests. On a store that answers one request at a time (the embedded store of the local run) this is what lets a
 * projection keep up with a busy intake (docs/sla-benchmark.md).
 * <p>
 * Opt-in per processing group: register {@link #writeAtBatchEnd()} as a handler interceptor of the group. A view
 * store used outside such a processor (a plain-object test, another service's projection) writes at once, as before.
 * <p>
 * Why this stays exactly-once. The interceptor writes after the batch's last event is handled and before the unit of
 * work commits, so before the processor stores its token (in prepare-commit): a failed write rolls the batch back
 * and the processor handles it again. Side effects that must happen once (counters) are given to
 * {@link #afterWrite(Runnable)}: they run after the views are written, so a batch handled again after a failed write
 * finds its views unchanged and runs them then, and a batch handled again after a successful write finds its events
 * applied already (the view's sequence) and does not run them twice.
 */
public final class ViewBatches {

    private static final String RESOURCE = ViewBatches.class.getName();

    private ViewBatches() {
    }

    /** The interceptor that makes a processing group's view stores write once per batch. */
    public static MessageHandlerInterceptor<EventMessage<?>> writeAtBatchEnd() {
        return (unitOfWork, chain) -> {
            Batch batch = unitOfWork.root().getOrComputeResource(RESOURCE, key -> new Batch(unitOfWork.root()));
            Object result = chain.proceed();
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
                batch.write();
            }
            return result;
        };
    }

    /**
     * Runs {@code action} once the views changed so far are written: at the end of the batch in a batched processor,
     * at once otherwise.
     */
    public static void afterWrite(Runnable action) {
        current().ifPresentOrElse(batch -> batch.afterWrite.add(action), action);
    }

    /**
     * The events of the batch being handled, in order, when a batched processor handles it; empty otherwise. For a
     * staging that looks ahead at the whole batch (e.g. which aggregates it will create) to ask the store once.
     */
    public static List<EventMessage<?>> messages() {
        return current().map(Batch::messages).orElse(List.of());
    }

    /** What one store keeps of a batch's changes until it writes them. */
    public interface Staging {

        /** Writes the batch's changes: a few bulk requests, however many. */
        void write();
    }

    /**
     * The staging of {@code owner} (a store) in the batch being handled, made by {@code create} from the ids of the
     * batch's aggregates at its first use; empty outside a batched processor (the store then writes at once).
     */
    public static <S extends Staging> Optional<S> staging(Object owner, Function<List<String>, S> create) {
        return current().map(batch -> batch.staging(owner, create));
    }

    /** The batch being handled by a processor whose group writes per batch, if any. */
    private static Optional<Batch> current() {
        return CurrentUnitOfWork.isStarted()
                ? Optional.ofNullable(CurrentUnitOfWork.get().root().getResource(RESOURCE)) : Optional.empty();
    }

    /** What one batch has changed so far, per store. */
    private static final class Batch {

        private final UnitOfWork<?> unitOfWork;
        private final Map<Object, Staging> staged = new LinkedHashMap<>();
        private final List<Runnable> afterWrite = new ArrayList<>();

        private Batch(UnitOfWork<?> unitOfWork) {
            this.unitOfWork = unitOfWork;
        }

        /** The batch's events in order; none for a unit of work of one event outside a batch. */
        List<EventMessage<?>> messages() {
            List<EventMessage<?>> messages = new ArrayList<>();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
                for (Object message : batching.getMessages()) {
                    messages.add((EventMessage<?>) message);
                }
            }
            return messages;
        }

        /** The aggregates whose events this batch holds: whose views are read in one query. */
        private List<String> aggregateIds() {
            return messages().stream().filter(DomainEventMessage.class::isInstance)
                    .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier()).toList();
        }

        @SuppressWarnings("unchecked")
        <S extends Staging> S staging(Object owner, Function<List<String>, S> create) {
            return (S) staged.computeIfAbsent(owner, key -> create.apply(aggregateIds()));
        }

        private void write() {
            for (Staging changes : staged.values()) {
                changes.write();
            }
            staged.clear();
            List<Runnable> actions = List.copyOf(afterWrite);
            afterWrite.clear();
            actions.forEach(Runnable::run);
        }
    }
}
