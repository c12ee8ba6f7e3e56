package cn.cmcc.ah.gca.support.test;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads CloudEvents off a topic as a network-ops subscriber would: from the beginning, or ({@link #fromNow}) only what
 * is published after the reader opened — for tests whose Spring contexts share one broker but each have a database of
 * their own, so that business numbers repeat across contexts.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, CloudEvent> consumer;
    private final List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();

    public TopicReader(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new CloudEventDeserializer());
        consumer.subscribe(List.of(topic));
    }

    private TopicReader(KafkaConsumer<String, CloudEvent> consumer) {
        this.consumer = consumer;
    }

    /** A reader that sees only the records published to {@code topic} after this call returns. */
    public static TopicReader fromNow(String bootstrap, String topic) {
        KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new CloudEventDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
        return new TopicReader(consumer);
    }

    /** Polls until a record matches or the timeout passes; returns the match or throws. */
    public ConsumerRecord<String, CloudEvent> await(Predicate<ConsumerRecord<String, CloudEvent>> match,
                                                     Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (ConsumerRecord<String, CloudEvent> record : seen) {
                if (match.test(record)) {
                    return record;
                }
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        throw new AssertionError("No matching record within " + timeout + "; saw " + seen.size() + " records");
    }

    /** Everything read so far, after polling for {@code quiet} more. */
    public List<ConsumerRecord<String, CloudEvent>> drain(Duration quiet) {
        Instant end = Instant.now().plus(quiet);
        while (Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /**
     * Per key, the aggregate sequence numbers ({@code ce_axonmessageaggregateseq}) in the order they first arrived;
     * re-sends of an event already seen are left out. A publisher keeps order when each list is sorted.
     */
    public static Map<String, List<Long>> firstOccurrences(List<ConsumerRecord<String, CloudEvent>> records) {
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            long sequence = Long.parseLong(String.valueOf(record.value().getExtension("axonmessageaggregateseq")));
            List<Long> seen = sequences.computeIfAbsent(record.key(), key -> new ArrayList<>());
            if (!seen.contains(sequence)) {
                seen.add(sequence);
            }
        }
        return sequences;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
