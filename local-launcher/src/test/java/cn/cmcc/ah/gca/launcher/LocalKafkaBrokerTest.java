package cn.cmcc.ah.gca.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalKafkaBrokerTest {

    private static final String TOPIC = "gca.fault.events";

    @TempDir
    Path dir;

    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();

    @Test
    void aProducedRecordCanBeConsumedAndIsStillThereAfterARestartOnTheSameDirectory() throws Exception {
        LocalKafkaBroker broker = new LocalKafkaBroker(dir, port, controllerPort);
        String clusterId = broker.start();
        try {
            broker.ensureTopics(LocalLauncher.TOPICS, LocalLauncher.TOPIC_PARTITIONS);
            produce(broker.bootstrapServers(), "ticket-1", "FaultReported");
            assertThat(consumeAll(broker.bootstrapServers())).containsExactly("ticket-1=FaultReported");
        } finally {
            broker.stop();
        }

        LocalKafkaBroker restarted = new LocalKafkaBroker(dir, port, controllerPort);
        assertThat(restarted.start()).as("the directory is formatted only once").isEqualTo(clusterId);
        try {
            assertThat(consumeAll(restarted.bootstrapServers())).containsExactly("ticket-1=FaultReported");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, restarted.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).containsAll(LocalLauncher.TOPICS);
                assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3);
            }
            restarted.ensureTopics(LocalLauncher.TOPICS, LocalLauncher.TOPIC_PARTITIONS); // existing topics are fine
        } finally {
            restarted.stop();
        }
    }

    @Test
    void theSameBrokerStopsAndStartsAgainOnItsPortWithItsData() throws Exception {
        LocalKafkaBroker broker = new LocalKafkaBroker(dir, port, controllerPort);
        broker.start();
        try {
            broker.ensureTopics(LocalLauncher.TOPICS, LocalLauncher.TOPIC_PARTITIONS);
            produce(broker.bootstrapServers(), "ticket-1", "FaultReported");

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(broker.isRunning()).isTrue();
            produce(broker.bootstrapServers(), "ticket-1", "FaultAccepted");
            assertThat(consumeAll(broker.bootstrapServers()))
                    .containsExactly("ticket-1=FaultReported", "ticket-1=FaultAccepted");
        } finally {
            broker.stop();
        }
    }

    @Test
    void stoppingABrokerThatNeverStartedDoesNothing() {
        new LocalKafkaBroker(dir, port, controllerPort).stop();
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Everything on the topic, read by a new consumer group from the beginning. */
    private static List<String> consumeAll(String bootstrap) {
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (records.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
            // a short extra poll, so a duplicate would show up
            consumer.poll(Duration.ofMillis(300)).forEach(record -> records.add(record.key() + "=" + record.value()));
        }
        return records;
    }
}
