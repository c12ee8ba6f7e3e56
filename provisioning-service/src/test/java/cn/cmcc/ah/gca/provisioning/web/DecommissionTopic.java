package cn.cmcc.ah.gca.provisioning.web;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassification;
import cn.cmcc.ah.gca.events.decommission.AdjustmentClassified;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicPublisher;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * decommission-service's classification of an adjustment (Art. 36, 37) put on {@code gca.decommission.events} as its
 * Kafka publisher puts it (the kit's {@link TopicPublisher}: record key = the form 5), and where the topic ends, so a
 * test can wait until provisioning has consumed everything on it. Every test context shares the broker and consumes the
 * topic from its start, so each form 5 gets a number of its own ({@link #newFormId()}).
 */
final class DecommissionTopic implements AutoCloseable {

    static final Instant CLASSIFIED_AT = Instant.parse("2026-03-10T02:00:00Z");

    /** Numbers taken in order from a random start, so that the test classes of one run never share one. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 500_000));

    private final TopicPublisher publisher = new TopicPublisher(TestInfrastructure.embedded().kafkaBootstrap(),
            Topics.DECOMMISSION, "decommission-service", "StopForm");

    /** A form 5 number no other test uses. */
    static String newFormId() {
        return String.format("SD-2026-%06d", NUMBERS.incrementAndGet() % 1_000_000);
    }

    /** CSSC accepted and classified the adjustment {@code formId} of {@code circuitId} (Art. 36, 37). */
    DomainEventMessage<?> classified(String formId, String circuitId, CustomerRef customer,
                                     AdjustmentClassification classification, String note) {
        return publisher.publish(formId, new AdjustmentClassified(formId, circuitId, customer, classification, false,
                note, CLASSIFIED_AT), Department.CSSC);
    }

    /** The same record again, as a broker or publisher retry would deliver it. */
    void redeliver(DomainEventMessage<?> message) {
        publisher.redeliver(message);
    }

    /** The offset after the last record of each partition of the topic. */
    Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.embedded().kafkaBootstrap()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DECOMMISSION).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }

    @Override
    public void close() {
        publisher.close();
    }
}
