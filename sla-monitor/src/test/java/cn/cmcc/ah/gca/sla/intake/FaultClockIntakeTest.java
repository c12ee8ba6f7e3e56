package cn.cmcc.ah.gca.sla.intake;

import cn.cmcc.ah.gca.events.CustomerRef;
import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.MetadataKeys;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.events.fault.FaultReported;
import cn.cmcc.ah.gca.events.fault.MaskedContact;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.kafka.CatalogCloudEventConverter;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * sla-monitor alone, fed FaultReported CloudEvents on the fault topic exactly as fault-service publishes them,
 * with a rules file whose acceptance limit is two seconds, so that warnings and breaches happen within the test.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=gca-defaults,sla-monitor",
        "gca.sla.rules-file=classpath:rules/short-fault-acceptance.yml",
        "gca.sla.tick-interval=PT0.2S"})
class FaultClockIntakeTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "sla-monitor");
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static void publish(FaultReported event) {
        CatalogCloudEventConverter converter = new CatalogCloudEventConverter(
                JacksonSerializer.builder().objectMapper(JSON).build(), new EventUpcasterChain(),
                URI.create("urn:gca:fault-service"));
        GenericDomainEventMessage<FaultReported> message = new GenericDomainEventMessage<>("FaultTicket",
                event.ticketId(), 0, event, MetaData.from(Map.of(
                MetadataKeys.ACTING_DEPARTMENT, "CALL_CENTER", MetadataKeys.ACTING_USER, "agent-7",
                MetadataKeys.CORRELATION_ID, event.ticketId())));
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.embedded().kafkaBootstrap()),
                new StringSerializer(), new CloudEventSerializer())) {
            producer.send(converter.createKafkaMessage(message, Topics.FAULT));
        }
    }

    private static FaultReported reported(String ticketId, ServiceLevel level) {
        return new FaultReported(ticketId, "AH-HF-ZX-000881", new CustomerRef("5510001234", "合肥某某科技", level),
                ReportChannel.CALL_CENTER, "专线中断", new MaskedContact("张*", "138****0000", "k1:c2VhbGVk"),
                Department.MON, Department.MON, List.of(), Instant.now());
    }

    @Test
    void anUnacceptedFaultWarnsThenBreachesItsAcceptanceClock() {
        String ticketId = "FT-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        publish(reported(ticketId, ServiceLevel.AAA));

        Http http = Http.localhost(port);
        JsonNode breached = Http.eventually(Duration.ofSeconds(60), () -> {
            Http.Response r = http.get("/api/clocks/fault.acceptance:" + ticketId).auth(bearer(Department.MON)).send();
            return r.status() == 200 && r.json().hasNonNull("breachedAt") ? r.json() : null;
        });

        assertThat(breached.get("state").asText()).isEqualTo("RUNNING");
        assertThat(breached.hasNonNull("warnedAt")).isTrue();
        assertThat(Instant.parse(breached.get("breachedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(breached.get("deadline").asText()));
        Http.Response metrics = http.get("/actuator/prometheus").send();
        assertThat(metrics.body()).contains("gca_sla_clocks_breached_total{application=\"sla-monitor\",department=\"MON\","
                + "rule=\"fault.acceptance\",service_level=\"AAA\"}");
    }

    /** A burst of forms on the presale topic cannot hold back a fault clock: faults have a processor of their own. */
    @Test
    void faultEventsAreTakenInByAProcessorOfTheirOwn() {
        String ticketId = "FT-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        publish(reported(ticketId, ServiceLevel.A));
        Http http = Http.localhost(port);
        Http.eventually(Duration.ofSeconds(30), () -> http.get("/api/clocks/fault.acceptance:" + ticketId)
                .auth(bearer(Department.MON)).send().status() == 200 ? true : null);

        String metrics = http.get("/actuator/prometheus").send().body();
        assertThat(metrics.lines().filter(line -> line.startsWith("eventProcessor_ingestedCounter_total{")
                && line.contains("payloadType=\"FaultReported\"")).toList())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("processorName=\"sla-intake-fault\""));
    }

    /**
     * Holds the clock projection while closed, as if it were minutes behind a burst of starts, and notes the clocks
     * whose events it has handled.
     */
    @TestConfiguration
    static class ClockViewsGate {

        static final AtomicBoolean CLOSED = new AtomicBoolean();
        static final Set<String> HANDLED = ConcurrentHashMap.newKeySet();

        @Bean
        ConfigurerModule holdTheClockViews() {
            // the clock projection's processing group (query/SlaClockProjection)
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor("sla-clocks-4",
                    config -> (unitOfWork, chain) -> {
                        while (CLOSED.get()) {
                            Thread.sleep(20);
                        }
                        Object result = chain.proceed();
                        if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
                            HANDLED.add(event.getAggregateIdentifier());
                        }
                        return result;
                    });
        }
    }

    /** Detection does not wait for the clock views: a clock is scheduled as its start is committed. */
    @Test
    void aFaultClockWarnsAndBreachesOnTimeWhileTheClockViewsAreBehind() {
        String ticketId = "FT-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String clockId = "fault.acceptance:" + ticketId;
        try (TopicReader sla = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            ClockViewsGate.CLOSED.set(true);
            try {
                publish(reported(ticketId, ServiceLevel.AAA));
                ConsumerRecord<String, CloudEvent> breached = sla.await(r -> clockId.equals(r.key())
                        && r.value().getType().contains("SlaClockBreached"), Duration.ofSeconds(30));

                assertThat(ClockViewsGate.HANDLED).doesNotContain(clockId);
                JsonNode breach = JSON.readTree(breached.value().getData().toBytes());
                assertThat(Instant.ofEpochMilli(breached.timestamp()))
                        .isBetween(Instant.parse(breach.get("deadline").asText()),
                                Instant.parse(breach.get("deadline").asText()).plusSeconds(2));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                ClockViewsGate.CLOSED.set(false);
            }
        }
        // the views catch up afterwards, with the breach
        Http http = Http.localhost(port);
        Http.eventually(Duration.ofSeconds(30), () -> {
            Http.Response r = http.get("/api/clocks/" + clockId).auth(bearer(Department.MON)).send();
            return r.status() == 200 && r.json().hasNonNull("breachedAt") ? true : null;
        });
    }

    @Test
    void aRedeliveredReportDoesNotStartItsClocksTwice() {
        String ticketId = "FT-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        FaultReported event = reported(ticketId, ServiceLevel.A);
        publish(event);
        publish(event);

        try (TopicReader sla = new TopicReader(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            sla.await(r -> ("fault.acceptance:" + ticketId).equals(r.key()), Duration.ofSeconds(30));
            sla.drain(Duration.ofSeconds(2));
        }
        Http.Response clocks = Http.localhost(port).get("/api/clocks?subjectId=" + ticketId)
                .auth(bearer(Department.CSSC)).send();
        assertThat(clocks.json().get("items")).hasSize(1);
    }
}
