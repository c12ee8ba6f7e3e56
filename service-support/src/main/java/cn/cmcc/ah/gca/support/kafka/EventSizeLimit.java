package cn.cmcc.ah.gca.support.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The largest Kafka record an event may become, checked when the event is committed, before it is stored: an event
 * the broker would refuse must fail its command rather than be accepted and then never reach subscribers.
 * <p>
 * The size is the record as the publisher sends it: {@link CatalogCloudEventConverter}'s record, its value
 * serialized by the same {@link CloudEventSerializer} (binary mode: the event JSON as value, the envelope as
 * {@code ce_*} headers), counted as key + value + header names and values. Kafka's own framing adds under 100 bytes
 * per record; the limit leaves far more room than that below {@code max.request.size} and the topics'
 * {@code max.message.bytes}.
 */
public class EventSizeLimit {

    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final String topic;
    private final int maxEventBytes;
    private final CloudEventSerializer valueSerializer = new CloudEventSerializer();

    public EventSizeLimit(KafkaMessageConverter<String, CloudEvent> converter, String topic, int maxEventBytes) {
        if (maxEventBytes <= 0) {
            throw new IllegalArgumentException("gca.kafka.max-event-bytes must be positive, was " + maxEventBytes);
        }
        this.converter = converter;
        this.topic = topic;
        this.maxEventBytes = maxEventBytes;
        valueSerializer.configure(Map.of(), false);
    }

    public int maxEventBytes() {
        return maxEventBytes;
    }

    /** Refuses an event whose record would exceed the limit. */
    public void check(EventMessage<?> event) {
        ProducerRecord<String, CloudEvent> record = converter.createKafkaMessage(event, topic);
        int size = recordBytes(record);
        if (size > maxEventBytes) {
            throw new EventTooLargeException(record.value().getType(), size, maxEventBytes);
        }
    }

    /** Key + value + headers of {@code record} once its CloudEvent is serialized as the producer does it. */
    public int recordBytes(ProducerRecord<String, CloudEvent> record) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        byte[] value = valueSerializer.serialize(record.topic(), headers, record.value());
        int size = utf8Length(record.key()) + (value == null ? 0 : value.length);
        for (Header header : headers) {
            size += utf8Length(header.key()) + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    /**
     * For the event store: every event published in a unit of work is checked when the unit of work commits, before
     * the append; one refused event fails the commit, so none of the unit of work's events is stored.
     */
    public MessageDispatchInterceptor<EventMessage<?>> dispatchInterceptor() {
        return messages -> (index, event) -> {
            check(event);
            return event;
        };
    }

    private static int utf8Length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
