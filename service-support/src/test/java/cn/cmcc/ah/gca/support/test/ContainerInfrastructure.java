package cn.cmcc.ah.gca.support.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same infrastructure on real images (MongoDB replica set, Apache Kafka in KRaft mode). Only for test classes
 * marked {@code @Testcontainers(disabledWithoutDocker = true)}, which skip where no Docker engine exists.
 */
public final class ContainerInfrastructure implements TestInfrastructure {

    public static final DockerImageName MONGO = DockerImageName.parse("mongo:7.0.14");
    public static final DockerImageName KAFKA = DockerImageName.parse("apache/kafka:3.9.1");

    private static ContainerInfrastructure instance;

    private final MongoDBContainer mongo = new MongoDBContainer(MONGO);
    private final KafkaContainer kafka = new KafkaContainer(KAFKA);

    private ContainerInfrastructure() {
        mongo.start();
        kafka.start();
    }

    public static synchronized ContainerInfrastructure started() {
        if (instance == null) {
            instance = new ContainerInfrastructure();
        }
        return instance;
    }

    @Override
    public String kafkaBootstrap() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getReplicaSetUrl();
    }
}
