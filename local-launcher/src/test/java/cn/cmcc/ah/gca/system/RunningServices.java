package cn.cmcc.ah.gca.system;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.GcaApplication;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services started side by side in this JVM on a given Kafka broker and the embedded MongoDB-wire store, each with a
 * database of its own for this run; closed together.
 */
final class RunningServices implements AutoCloseable {

    static final String REPORT = """
            {"circuitId":"AH-HF-ZX-000881",
             "customer":{"groupId":"5510001234","name":"合肥某某科技有限公司","serviceLevel":"AA"},
             "symptom":"专线中断","contact":"张三 13800000000"}""";

    private final String kafkaBootstrap;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    RunningServices(String kafkaBootstrap) {
        this.kafkaBootstrap = kafkaBootstrap;
    }

    ConfigurableApplicationContext start(Class<?> application, String serviceName, String... extraArgs) {
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

    static Http http(ConfigurableApplicationContext context) {
        return Http.localhost(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    /** 10086 reports a fault; returns the ticket number. */
    static String reportFault(Http fault) {
        Http.Response reported = fault.post("/api/faults").auth(bearer(Department.CALL_CENTER)).body(REPORT).send();
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
