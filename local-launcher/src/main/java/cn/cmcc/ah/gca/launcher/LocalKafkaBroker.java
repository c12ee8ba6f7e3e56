package cn.cmcc.ah.gca.launcher;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) in this JVM, with its log directory at a
 * fixed place so topics and offsets survive a restart. The directory is formatted once, the way
 * {@code kafka-storage.sh format} does it; its {@code meta.properties} keeps the cluster id. The same instance can be
 * stopped and started again, on the same ports with the same data (the system tests take Kafka away this way).
 */
public final class LocalKafkaBroker {

    /**
     * The largest record batch the broker accepts, as in docker-compose.yml ({@code KAFKA_MESSAGE_MAX_BYTES}): Kafka's
     * default, stated so that it stays above the services' {@code gca.kafka.max-event-bytes} (docs/events.md).
     */
    public static final int MESSAGE_MAX_BYTES = 1048588;

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final long ADMIN_TIMEOUT_SECONDS = 60;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public LocalKafkaBroker(Path logDir, int port, int controllerPort) {
        this.logDir = logDir.toAbsolutePath().normalize();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Formats the directory if it is new, then starts the broker. Returns the cluster id. */
    public synchronized String start() {
        if (server != null) {
            throw new IllegalStateException("Kafka broker already started");
        }
        KafkaConfig config = new KafkaConfig(properties(), false);
        String clusterId = formatOnce();
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            stopQuietly(starting);
            throw e;
        }
        server = starting;
        log.info("Kafka broker up on {} (cluster {}, data in {})", bootstrapServers(), clusterId, logDir);
        return clusterId;
    }

    /** Creates the topics that do not exist yet (replication factor 1). */
    public void ensureTopics(Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            var missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            for (var created : admin.createTopics(missing).values().entrySet()) {
                try {
                    created.getValue().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    log.info("Created topic {} ({} partitions)", created.getKey(), partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + created.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not list or create topics on " + bootstrapServers(), e);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Shuts the broker down and waits until it has flushed and closed its logs; {@link #start()} brings it back. */
    public synchronized void stop() {
        if (server != null) {
            stopQuietly(server);
            server = null;
            log.info("Kafka broker stopped");
        }
    }

    private static void stopQuietly(KafkaRaftServer raftServer) {
        try {
            raftServer.shutdown();
            raftServer.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Kafka broker did not shut down cleanly", e);
        }
    }

    private String formatOnce() {
        Path metaProperties = logDir.resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            return clusterIdIn(metaProperties);
        }
        String clusterId = Uuid.randomUuid().toString();
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory " + logDir, e);
        }
        log.info("Formatted new Kafka storage in {} (cluster {})", logDir, clusterId);
        return clusterId;
    }

    private static String clusterIdIn(Path metaProperties) {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meta.getProperty("cluster.id");
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // one node: every internal topic has a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("message.max.bytes", String.valueOf(MESSAGE_MAX_BYTES));
        // a local run keeps its events for good: no time- or size-based deletion
        p.put("log.retention.ms", "-1");
        // the cleaner (for __consumer_offsets) would otherwise take a 128 MB heap buffer
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }
}
