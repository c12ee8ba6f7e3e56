package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.presale.AccessPoint;
import cn.cmcc.ah.gca.events.presale.NetworkSolutionLine;
import cn.cmcc.ah.gca.events.presale.ProductRef;
import cn.cmcc.ah.gca.events.presale.Segment;
import cn.cmcc.ah.gca.events.provisioning.CircuitActivated;
import cn.cmcc.ah.gca.support.GcaApplication;
import cn.cmcc.ah.gca.support.numbering.BusinessNumbers;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicPublisher;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services started side by side in this JVM on a given Kafka broker and the embedded MongoDB-wire store, each with a
 * database of its own for this run; closed together.
 */
final class RunningServices implements AutoCloseable {

    /** The customer of the circuits {@link #circuitInService} puts in service. */
    static final CustomerRef CUSTOMER = new CustomerRef("5510001234", "合肥某某科技有限公司", ServiceLevel.AA);

    private final String kafkaBootstrap;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    RunningServices(String kafkaBootstrap) {
        this.kafkaBootstrap = kafkaBootstrap;
    }

    ConfigurableApplicationContext start(Class<?> application, String serviceName, String... extraArgs) {
        numberFromRunOffset(serviceName + "-" + run);
        String[] args = Stream.concat(Stream.of(
                "--server.port=0",
                "--gca.mongo.uri=" + TestInfrastructure.embedded().mongoUri(),
                "--gca.mongo.database=" + serviceName + "-" + run,
                "--axon.kafka.bootstrap-servers=" + kafkaBootstrap,
                "--gca.security.hmac-secret=" + TestInfrastructure.TEST_HMAC_SECRET), Stream.of(extraArgs))
                .toArray(String[]::new);
        ConfigurableApplicationContext context = GcaApplication.builder(application, serviceName).run(args);
        started.add(context);
        return context;
    }

    /** Where this run's business numbers start: far from other runs', so that two never meet. */
    private final long numbersFrom = ThreadLocalRandom.current().nextLong(1, 900) * 1000;

    /**
     * Starts the business numbers (forms, circuits, tickets) of a service's database at this run's offset. Every
     * test class in the JVM shares the broker, and a consumer reads a topic from its start: two runs that both
     * numbered from 1 would publish different forms, circuits or tickets under the same number, and the second one
     * would be taken for a redelivery of the first.
     */
    private void numberFromRunOffset(String database) {
        int year = java.time.LocalDate.now(BusinessNumbers.CHINA).getYear();
        try (MongoClient client = MongoClients.create(TestInfrastructure.embedded().mongoUri())) {
            MongoCollection<Document> counters = client.getDatabase(database).getCollection("business_numbers");
            for (String prefix : List.of("RC", "RD", "CL", "AA", "FT", "TP", "SD")) {
                counters.updateOne(Filters.eq("_id", prefix + "-" + year), Updates.max("value", numbersFrom),
                        new UpdateOptions().upsert(true));
            }
        }
    }

    static Http http(ConfigurableApplicationContext context) {
        return Http.localhost(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    /**
     * A circuit in service that fault-service knows: provisioning's {@code CircuitActivated} put on
     * gca.provisioning.events as provisioning's publisher puts it, for tests that run fault-service without
     * provisioning-service (FaultLineTest runs both). Returns once fault-service has read it.
     */
    String circuitInService(Http fault) {
        String circuitId = String.format("CL-2026-%06d", ThreadLocalRandom.current().nextInt(900_000, 1_000_000));
        try (TopicPublisher provisioning = new TopicPublisher(kafkaBootstrap, Topics.PROVISIONING,
                "provisioning-service", "Circuit")) {
            provisioning.publish(circuitId, new CircuitActivated(circuitId, CUSTOMER,
                    new ProductRef("DPL", "数据专线", ""), 100,
                    new AccessPoint("P1", "合肥市蜀山区长江西路689号", "蜀山区"),
                    List.of(new NetworkSolutionLine("P1", Segment.CORE, "蜀山核心CR01", "CR01-GE1/0/1", 100)),
                    "RD-2026-" + circuitId.substring(8), "RC-2026-" + circuitId.substring(8), Instant.now()),
                    Department.CSSC);
        }
        Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response known = fault.get("/api/circuits/" + circuitId).auth(bearer(Department.MON)).send();
            return known.status() == 200 ? known : null;
        });
        return circuitId;
    }

    /** A fault report on the circuit, as 10086 sends it. */
    static String report(String circuitId) {
        return """
                {"circuitId":"%s","symptom":"专线中断","contact":{"name":"张三","phone":"13800000000"}}"""
                .formatted(circuitId);
    }

    /** 10086 reports a fault on the circuit; returns the ticket number. */
    static String reportFault(Http fault, String circuitId) {
        Http.Response reported = fault.post("/api/faults").auth(bearer(Department.CALL_CENTER))
                .body(report(circuitId)).send();
        assertThat(reported.status()).as("report accepted: %s", reported.body()).isEqualTo(201);
        return reported.json().get("ticketId").asText();
    }

    /** MON accepts a ticket. */
    static void acceptFault(Http fault, String ticketId) {
        Http.Response accepted = fault.post("/api/faults/" + ticketId + "/acceptance")
                .auth(bearer(Department.MON)).send();
        assertThat(accepted.status()).as("acceptance of %s: %s", ticketId, accepted.body()).isEqualTo(200);
    }

    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
        started.clear();
    }
}
