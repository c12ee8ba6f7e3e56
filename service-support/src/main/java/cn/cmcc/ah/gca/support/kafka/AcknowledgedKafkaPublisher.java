package cn.cmcc.ah.gca.support.kafka;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Publishes the service's events to its Kafka topic from a tracking processor of the event store, and lets the
 * processor store its token only after the broker acknowledged every event of the batch. Replaces the Axon Kafka
 * extension's publisher, which sends without waiting (confirmation mode NONE): a send that failed there was dropped
 * while the token moved on.
 * <p>
 * How the token is protected. The processor (named {@value #PROCESSING_GROUP}, as the extension's, so existing tokens
 * carry on) runs with {@link NoTransactionManager}: the token store takes part in no transaction, and only then does
 * the {@code TrackingEventProcessor} store the batch's token in the unit of work's prepare-commit, after handling,
 * instead of before it. Each event is sent asynchronously as it is handled; the {@link #acknowledgementBarrier()
 * barrier} waits for all acknowledgements while the batch's last event is being handled. A failed or missing
 * acknowledgement throws from there, so the unit of work rolls back, the token is not stored, and the processor
 * retries the whole batch with back-off (1 s doubling to 60 s) for as long as it takes. Nothing is skipped, and a
 * retry may send some events again (subscribers are idempotent on {@code ce_id}).
 * <p>
 * Order. The producer is idempotent with {@code acks=all}; records of one aggregate share a key and so a partition.
 * After any failure the producer is closed at once (from the failing send's callback, before Kafka's I/O thread sends
 * anything else) and the next attempt uses a new one. So what reached a partition in a failed attempt is a prefix of
 * what was sent to it, and the first occurrences of an aggregate's events keep their order.
 */
public class AcknowledgedKafkaPublisher implements EventMessageHandler, AutoCloseable {

    /** The processing group (and processor) name, the Axon Kafka extension's default. */
    public static final String PROCESSING_GROUP = KafkaEventPublisher.DEFAULT_PROCESSING_GROUP;

    private static final String BATCH_RESOURCE = AcknowledgedKafkaPublisher.class.getName() + ".batch";
    /** Where the TrackingEventProcessor keeps the segment of the batch in its unit of work (Axon 4). */
    private static final String SEGMENT_RESOURCE = "Processor[" + PROCESSING_GROUP + "]/SegmentId";
    /**
     * How often a long wait for acknowledgements renews the processor's claim on its token: well inside the token
     * store's claim timeout (10 s), or another instance would take the segment over in mid-wait and send again.
     */
    private static final Duration CLAIM_RENEWAL = Duration.ofSeconds(3);

    private final Supplier<Producer<String, CloudEvent>> producerFactory;
    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final String topic;
    private final Duration acknowledgementTimeout;
    private final KafkaPublisherMonitor monitor;
    private final AtomicReference<Producer<String, CloudEvent>> producer = new AtomicReference<>();
    private final TokenStore tokenStore;

    /**
     * @param acknowledgementTimeout how long to wait for a batch's acknowledgements at most; a safety net above the
     *                               producer's {@code delivery.timeout.ms}, which completes every send before it
     */
    public AcknowledgedKafkaPublisher(Supplier<Producer<String, CloudEvent>> producerFactory,
                                      KafkaMessageConverter<String, CloudEvent> converter, String topic,
                                      Duration acknowledgementTimeout, KafkaPublisherMonitor monitor,
                                      TokenStore tokenStore) {
        this.producerFactory = producerFactory;
        this.converter = converter;
        this.topic = topic;
        this.acknowledgementTimeout = acknowledgementTimeout;
        this.monitor = monitor;
        this.tokenStore = tokenStore;
    }

    /** Registers this publisher as the only handler of its own tracking processor of the event store. */
    public void registerWith(EventProcessingConfigurer processing) {
        processing.registerEventHandler(config -> this)
                .assignHandlerTypesMatching(PROCESSING_GROUP, AcknowledgedKafkaPublisher.class::isAssignableFrom)
                .registerTrackingEventProcessor(PROCESSING_GROUP)
                .registerTransactionManager(PROCESSING_GROUP, config -> NoTransactionManager.instance())
                .registerHandlerInterceptor(PROCESSING_GROUP, config -> acknowledgementBarrier())
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    public String topic() {
        return topic;
    }

    @Override
    public Object handle(EventMessage<?> event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Batch batch = unitOfWork.getOrComputeResource(BATCH_RESOURCE, key -> {
            Batch created = new Batch(currentProducer());
            unitOfWork.onRollback(u -> created.abandon());
            return created;
        });
        batch.send(event);
        return null;
    }

    /** Resets are not supported: a replay would publish the whole store again. */
    @Override
    public boolean supportsReset() {
        return false;
    }

    /**
     * Waits for the broker's acknowledgement of every event sent in the unit of work when its last event has been
     * handled, inside message handling: a failure rolls the unit of work back before its token is stored.
     */
    public MessageHandlerInterceptor<EventMessage<?>> acknowledgementBarrier() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
                Batch batch = unitOfWork.getResource(BATCH_RESOURCE);
                Integer segment = unitOfWork.getResource(SEGMENT_RESOURCE);
                if (batch != null) {
                    batch.awaitAcknowledgements(() -> {
                        if (segment != null) {
                            tokenStore.extendClaim(PROCESSING_GROUP, segment);
                        }
                    });
                }
            }
            return result;
        };
    }

    /** Closes the current producer, waiting briefly for what it still sends. */
    @Override
    public void close() {
        Producer<String, CloudEvent> current = producer.getAndSet(null);
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }

    private Producer<String, CloudEvent> currentProducer() {
        Producer<String, CloudEvent> current = producer.get();
        if (current == null) {
            current = producerFactory.get();
            if (!producer.compareAndSet(null, current)) {
                current.close(Duration.ZERO);
                current = producer.get();
            }
        }
        return current;
    }

    /** Drops {@code failed} so the next batch gets a new producer, and fails whatever it has not sent yet. */
    private void discard(Producer<String, CloudEvent> failed) {
        producer.compareAndSet(failed, null);
        // Also when called from the producer's own callback: close(0) does not block there, and no record queued
        // behind the failed one is sent afterwards.
        failed.close(Duration.ZERO);
    }

    /** The sends of one unit of work (one processor batch) on one producer. */
    private final class Batch {

        private final Producer<String, CloudEvent> producer;
        private final List<Sent> sent = new ArrayList<>();
        private final AtomicReference<Sent> firstFailure = new AtomicReference<>();
        private boolean acknowledged;

        Batch(Producer<String, CloudEvent> producer) {
            this.producer = producer;
        }

        /** Sends asynchronously; throws at once if this or an earlier send of the batch already failed. */
        void send(EventMessage<?> event) {
            failIfAnySendFailed();
            Sent entry = new Sent(event);
            sent.add(entry);
            try {
                ProducerRecord<String, CloudEvent> record = converter.createKafkaMessage(event, topic);
                entry.future = producer.send(record, (metadata, exception) -> {
                    if (exception != null) {
                        failed(entry, exception);
                    }
                });
            } catch (RuntimeException e) {
                // the producer refused the record outright, or the event could not be converted: either way the
                // processor is stuck on this event, which health and log must show like any other failure
                failed(entry, e);
            }
            failIfAnySendFailed();
        }

        /** Waits for every acknowledgement, renewing the token claim every {@link #CLAIM_RENEWAL} while it waits. */
        void awaitAcknowledgements(Runnable renewClaim) {
            long deadline = System.nanoTime() + acknowledgementTimeout.toNanos();
            int unacknowledged = 0;
            for (Sent entry : sent) {
                if (entry.future == null) {
                    unacknowledged++;
                    continue;
                }
                try {
                    awaitRenewing(entry.future, deadline, renewClaim);
                } catch (ExecutionException e) {
                    unacknowledged++;
                    failed(entry, e.getCause());
                } catch (TimeoutException e) {
                    unacknowledged++;
                    failed(entry, new org.apache.kafka.common.errors.TimeoutException(
                            "No acknowledgement within " + acknowledgementTimeout));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed(entry, e);
                    throw new EventPublicationFailedException("Interrupted while waiting for Kafka", e);
                }
            }
            Sent failure = firstFailure.get();
            if (failure != null) {
                monitor.failed(failure.event, topic, failure.cause, sent.size(), unacknowledged);
                throw new EventPublicationFailedException("Kafka did not acknowledge " + unacknowledged + " of "
                        + sent.size() + " events; the batch will be retried", failure.cause);
            }
            acknowledged = true;
            monitor.published(sent.size());
        }

        private void awaitRenewing(Future<RecordMetadata> future, long deadline, Runnable renewClaim)
                throws ExecutionException, TimeoutException, InterruptedException {
            while (true) {
                long remaining = deadline - System.nanoTime();
                try {
                    future.get(Math.max(0, Math.min(remaining, CLAIM_RENEWAL.toNanos())), TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException e) {
                    if (remaining <= CLAIM_RENEWAL.toNanos()) {
                        throw e;
                    }
                    renewClaim.run();
                }
            }
        }

        void abandon() {
            if (!acknowledged) {
                discard(producer);
            }
        }

        private void failed(Sent entry, Throwable cause) {
            entry.cause = cause;
            if (firstFailure.compareAndSet(null, entry)) {
                discard(producer);
            }
        }

        private void failIfAnySendFailed() {
            Sent failure = firstFailure.get();
            if (failure != null) {
                int acknowledged = (int) sent.stream().filter(entry -> entry.future != null && entry.future.isDone()
                        && entry.cause == null).count();
                monitor.failed(failure.event, topic, failure.cause, sent.size(), sent.size() - acknowledged);
                throw new EventPublicationFailedException("Kafka refused an event; the batch will be retried",
                        failure.cause);
            }
        }
    }

    /** One event sent, its acknowledgement to come. */
    private static final class Sent {
        final EventMessage<?> event;
        volatile Future<RecordMetadata> future;
        volatile Throwable cause;

        Sent(EventMessage<?> event) {
            this.event = event;
        }
    }
}
