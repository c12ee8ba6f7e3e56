package cn.cmcc.ah.gca.support.kafka;

import cn.cmcc.ah.gca.events.EventCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the Kafka publisher has done, for operators: Micrometer meters with low-cardinality tags only, the state behind
 * its health indicator, and the log lines. ERROR for every failed batch, naming the event whose send failed first and
 * the cause; WARN once publishing works again.
 * <ul>
 * <li>{@code gca.kafka.publisher.published} – events the broker acknowledged (re-sends after a retry count again)</li>
 * <li>{@code gca.kafka.publisher.failures{reason}} – failed batches; reason {@code timeout} (no acknowledgement within
 * the producer's delivery timeout: broker down or unreachable), {@code record-too-large} (refused by producer or
 * broker: the publisher stops there until the limits are raised), {@code error} (anything else)</li>
 * <li>{@code gca.kafka.publisher.failing} – 1 while the last batch failed, 0 otherwise</li>
 * <li>{@code gca.kafka.publisher.lag} – events in the store not yet acknowledged by Kafka (positions between the
 * publisher's token and the store's head; NaN while unknown)</li>
 * </ul>
 */
public class KafkaPublisherMonitor {

    static final String REASON_TIMEOUT = "timeout";
    static final String REASON_TOO_LARGE = "record-too-large";
    static final String REASON_ERROR = "error";

    private static final Logger log = LoggerFactory.getLogger(AcknowledgedKafkaPublisher.class);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter published;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final AtomicInteger failing = new AtomicInteger();
    private volatile Supplier<OptionalLong> lag = OptionalLong::empty;

    private volatile long publishedEvents;
    private volatile Instant lastPublishedAt;
    private volatile Instant failingSince;
    private volatile int failedAttempts;
    private volatile Failure lastFailure;

    public KafkaPublisherMonitor(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.published = Counter.builder("gca.kafka.publisher.published")
                .description("Events the Kafka broker acknowledged (a batch retried after a failure counts again)")
                .register(registry);
        for (String reason : new String[]{REASON_TIMEOUT, REASON_TOO_LARGE, REASON_ERROR}) {
            failureCounter(reason);
        }
        Gauge.builder("gca.kafka.publisher.failing", failing, AtomicInteger::get)
                .description("1 while the Kafka publisher's last batch failed (it retries the batch with back-off)")
                .register(registry);
        Gauge.builder("gca.kafka.publisher.lag", this, monitor -> {
                    OptionalLong events = monitor.lag();
                    return events.isPresent() ? events.getAsLong() : Double.NaN;
                })
                .description("Events in the event store that Kafka has not acknowledged yet")
                .register(registry);
    }

    /** Where the lag comes from: set once the processor and the store exist. */
    public void lagFrom(Supplier<OptionalLong> lag) {
        this.lag = lag;
    }

    public OptionalLong lag() {
        try {
            return lag.get();
        } catch (RuntimeException e) {
            log.debug("Publisher lag unavailable", e);
            return OptionalLong.empty();
        }
    }

    void published(int events) {
        published.increment(events);
        publishedEvents += events;
        lastPublishedAt = clock.instant();
        if (failing.get() == 1) {
            log.warn("Kafka publisher recovered: {} event(s) acknowledged after {} failed attempt(s) over {}",
                    events, failedAttempts, Duration.between(failingSince, lastPublishedAt).withNanos(0));
            failing.set(0);
            failingSince = null;
            failedAttempts = 0;
        }
    }

    void failed(EventMessage<?> event, String topic, Throwable cause, int sent, int unacknowledged) {
        Instant now = clock.instant();
        String reason = reason(cause);
        failureCounter(reason).increment();
        if (failing.getAndSet(1) == 0) {
            failingSince = now;
        }
        failedAttempts++;
        EventRef ref = EventRef.of(event);
        lastFailure = new Failure(now, reason, ref, describe(cause));
        log.error("Kafka publisher could not publish {} (aggregate {}, sequence {}, event id {}) to {}: {}. "
                        + "{} of the {} event(s) sent in this batch unacknowledged; the token stays before the batch "
                        + "and the batch is retried with back-off (attempt {}, failing since {}){}",
                ref.type(), ref.aggregateId(), ref.sequenceNumber(), ref.eventId(), topic, describe(cause),
                unacknowledged, sent, failedAttempts, failingSince,
                REASON_TOO_LARGE.equals(reason) ? ". The record is larger than the producer's max.request.size or "
                        + "the topic's max.message.bytes: publishing stays stopped here until those limits are "
                        + "raised (docs/events.md, \"Size limits\")" : "");
    }

    public boolean isFailing() {
        return failing.get() == 1;
    }

    /** The publisher's state for its health indicator. */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("publishedEvents", publishedEvents);
        if (lastPublishedAt != null) {
            details.put("lastPublishedAt", lastPublishedAt.toString());
        }
        OptionalLong events = lag();
        if (events.isPresent()) {
            details.put("lag", events.getAsLong());
        }
        if (isFailing()) {
            Failure failure = lastFailure;
            details.put("failingSince", String.valueOf(failingSince));
            details.put("failedAttempts", failedAttempts);
            details.put("reason", failure.reason());
            details.put("event", failure.event().asMap());
            details.put("cause", failure.cause());
        }
        return details;
    }

    private Counter failureCounter(String reason) {
        return failures.computeIfAbsent(reason, r -> Counter.builder("gca.kafka.publisher.failures")
                .description("Batches the Kafka publisher could not publish; each is retried, none is skipped")
                .tag("reason", r)
                .register(registry));
    }

    static String reason(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return REASON_TOO_LARGE;
            }
            if (t instanceof TimeoutException) {
                return REASON_TIMEOUT;
            }
        }
        return REASON_ERROR;
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    /** An event as operators find it: its CloudEvents type, aggregate, sequence number and id. */
    record EventRef(String type, String aggregateId, Long sequenceNumber, String eventId) {

        static EventRef of(EventMessage<?> event) {
            String type = EventCatalog.byClassName(event.getPayloadType().getName())
                    .map(EventCatalog.Entry::cloudEventType)
                    .orElse(event.getPayloadType().getName());
            if (event instanceof DomainEventMessage<?> domain) {
                return new EventRef(type, domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                        event.getIdentifier());
            }
            return new EventRef(type, null, null, event.getIdentifier());
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", type);
            if (aggregateId != null) {
                map.put("aggregateId", aggregateId);
                map.put("sequenceNumber", sequenceNumber);
            }
            map.put("eventId", eventId);
            return map;
        }
    }

    record Failure(Instant at, String reason, EventRef event, String cause) {
    }
}
