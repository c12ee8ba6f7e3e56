package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.events.Topics;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where integration tests find Kafka and MongoDB: by default a real Kafka broker in-process (KRaft) and the
 * embedded MongoDB-wire-protocol server over TCP, started once per test JVM. {@link ContainerInfrastructure}
 * offers the same against real images where a Docker engine exists.
 */
public interface TestInfrastructure {

    String TEST_HMAC_SECRET = "integration-test-hmac-key-of-at-least-32-bytes";

    String kafkaBootstrap();

    String mongoUri();

    /** The shared in-process infrastructure. */
    static TestInfrastructure embedded() {
        return Embedded.INSTANCE;
    }

    /** Points a service's context at this infrastructure, with a database of its own. */
    default void register(DynamicPropertyRegistry registry, String serviceName) {
        String database = serviceName + "-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("GCA_KAFKA_BOOTSTRAP", this::kafkaBootstrap);
        registry.add("GCA_MONGO_URI", this::mongoUri);
        registry.add("gca.mongo.database", () -> database);
        registry.add("gca.security.hmac-secret", () -> TEST_HMAC_SECRET);
    }

    /**
     * The command line of a service instance started by hand on this infrastructure (on a free port, in
     * {@code database}), as tests of two instances sharing one store do, followed by {@code extra}.
     */
    default String[] instanceArguments(String database, String... extra) {
        return Stream.concat(Stream.of("--server.port=0", "--GCA_KAFKA_BOOTSTRAP=" + kafkaBootstrap(),
                "--GCA_MONGO_URI=" + mongoUri(), "--gca.mongo.database=" + database,
                "--gca.security.hmac-secret=" + TEST_HMAC_SECRET), Stream.of(extra)).toArray(String[]::new);
    }

    /** One broker and one store for the whole test JVM, stopped when it exits. */
    final class Embedded implements TestInfrastructure {

        private static final Embedded INSTANCE = new Embedded();

        private final EmbeddedKafkaKraftBroker kafka;
        private final MongoServer mongo;
        private final String mongoUri;

        private Embedded() {
            kafka = new EmbeddedKafkaKraftBroker(1, 3, Topics.ALL.toArray(String[]::new));
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            kafka.afterPropertiesSet();
            mongo = new MongoServer(new MemoryBackend());
            mongoUri = mongo.bindAndGetConnectionString();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.shutdownNow();
                kafka.destroy();
            }, "test-infrastructure-shutdown"));
        }

        @Override
        public String kafkaBootstrap() {
            return kafka.getBrokersAsString();
        }

        @Override
        public String mongoUri() {
            return mongoUri;
        }
    }
}
