package cn.cmcc.ah.gca.support.test;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Keys that land on the same partition of a topic (the producer's partitioner: the key's murmur2 hash). A consumer
 * takes the records of one partition in order, so a test that waits for the effect of a record keyed so knows every
 * earlier record of that key was taken: the way to show that an earlier record changed nothing.
 */
public final class TopicPartitions {

    private TopicPartitions() {
    }

    /** The first key from {@code newKeys} whose record goes to the same partition of {@code topic} as {@code key}'s. */
    public static String keyAfter(String kafkaBootstrap, String topic, String key, Supplier<String> newKeys) {
        int partitions = partitions(kafkaBootstrap, topic);
        int partition = partitionOf(key, partitions);
        String next = newKeys.get();
        while (partitionOf(next, partitions) != partition) {
            next = newKeys.get();
        }
        return next;
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static int partitions(String kafkaBootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
