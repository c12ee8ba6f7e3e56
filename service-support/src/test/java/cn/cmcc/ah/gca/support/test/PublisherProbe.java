package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.support.kafka.AcknowledgedKafkaPublisher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * What a running service shows about its Kafka publisher, read from the outside: the token it has stored (straight
 * from the token store's collection, without claiming it), its health component and its Prometheus meters.
 */
public final class PublisherProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final MongoDatabase database;

    public PublisherProbe(Http http, MongoDatabase database) {
        this.http = http;
        this.database = database;
    }

    /** For a service context started with a server port (its {@code gcaMongoDatabase} is the service's database). */
    public static PublisherProbe of(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new PublisherProbe(Http.localhost(port), context.getBean("gcaMongoDatabase", MongoDatabase.class));
    }

    /**
     * The global position of the publisher's stored token; empty while it has stored none beyond the start of the
     * store.
     */
    public OptionalLong tokenPosition() {
        Document entry = database.getCollection("trackingtokens").find(Filters.and(
                Filters.eq("processorName", AcknowledgedKafkaPublisher.PROCESSING_GROUP),
                Filters.eq("segment", 0))).first();
        if (entry == null || entry.get("token") == null) {
            return OptionalLong.empty();
        }
        Object token = entry.get("token");
        String json = token instanceof Binary binary ? new String(binary.getData(), StandardCharsets.UTF_8)
                : token instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : token.toString();
        try {
            JsonNode index = JSON.readTree(json).findValue("globalIndex");
            if (index == null) {
                throw new AssertionError("Not a global-sequence token: " + json);
            }
            return OptionalLong.of(index.asLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code kafkaPublisher} component of {@code /actuator/health}. */
    public JsonNode health() {
        return http.get("/actuator/health").send().json().path("components").path("kafkaPublisher");
    }

    public String healthStatus() {
        return health().path("status").asText();
    }

    /** The status code and body of {@code /actuator/health/readiness}. */
    public Http.Response readiness() {
        return http.get("/actuator/health/readiness").send();
    }

    /**
     * The value of a Prometheus sample: {@code metric} is the sample name (e.g.
     * {@code gca_kafka_publisher_failures_total}), {@code labelFragment} a text its labels must contain (e.g.
     * {@code reason="timeout"}, or empty); 0 when there is no such sample.
     */
    public double metric(String metric, String labelFragment) {
        String body = http.get("/actuator/prometheus").send().body();
        double sum = 0;
        for (String line : body.split("\n")) {
            if (line.startsWith(metric + "{") && line.substring(0, line.lastIndexOf(' ')).contains(labelFragment)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
