package cn.cmcc.ah.gca.support.test;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.presale.TemplateDraftSubmitted;
import cn.cmcc.ah.gca.support.kafka.AcknowledgedKafkaPublisher;
import cn.cmcc.ah.gca.support.security.LocalTokenController;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every service must show a user and an operator, checked on its real context over real HTTP. A service's
 * test extends this with {@code @SpringBootTest(RANDOM_PORT)}, {@code @AutoConfigureObservability} and its
 * infrastructure. The context is closed afterwards, so its Kafka consumers do not linger beside later tests.
 */
@DirtiesContext
public abstract class ServiceSmokeContract {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    protected abstract String serviceName();

    protected Http http() {
        return Http.localhost(port);
    }

    @Test
    void isReadyOnceItsStoreAnswers() {
        Http.Response readiness = http().get("/actuator/health/readiness").send();

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/mongo/status").asText()).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetricsTaggedWithItsApplication() {
        Http.Response metrics = http().get("/actuator/prometheus").send();

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes{application=\"" + serviceName() + "\"");
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        Http.Response docs = http().get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/info/title").asText()).isEqualTo(serviceName());
        assertThat(http().get("/swagger-ui/index.html").send().status()).isEqualTo(200);
    }

    @Test
    void answersUnknownPathsAndMissingTokensWithProblemJson() {
        Http.Response unauthenticated = http().get("/api/nothing-here").send();
        Http.Response unknown = http().get("/api/nothing-here").auth(TestTokens.bearer(Department.ADMIN)).send();

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    /** What the servlet container answers itself, before any filter runs, is problem+json too. */
    @Test
    void answersOddPathsHugeHeadersAndTraceWithProblemJson() throws Exception {
        String token = TestTokens.bearer(Department.ADMIN);
        List<RawHttp.Response> answers = List.of(
                RawHttp.send(port, "GET /api/%zz HTTP/1.1\r\nHost: x\r\nAuthorization: " + token + "\r\n\r\n"),
                RawHttp.send(port, "GET /api/a%00b HTTP/1.1\r\nHost: x\r\nAuthorization: " + token + "\r\n\r\n"),
                RawHttp.send(port, "GET /api/x/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"),
                RawHttp.send(port, "GET /api/x;jsessionid=1/..;/y HTTP/1.1\r\nHost: x\r\n\r\n"),
                RawHttp.send(port, "GET /actuator/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                        + "\r\n\r\n"),
                RawHttp.send(port, "TRACE / HTTP/1.1\r\nHost: x\r\n\r\n"),
                RawHttp.send(port, "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"),
                RawHttp.send(port, "BREW /api HTTP/1.1\r\nHost: x\r\n\r\n"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.body()).as(answer.toString()).contains("\"status\":" + answer.status())
                    .doesNotContain("<html", "Exception", "Tomcat");
        });
    }

    @Test
    void speaksTheLanguageTheCallerPrefersByQValue() {
        String chinese = http().get("/api/nothing-here").auth(TestTokens.bearer(Department.ADMIN))
                .header("Accept-Language", "en;q=0.1, zh;q=0.9").send().json().get("title").asText();
        String english = http().get("/api/nothing-here").auth(TestTokens.bearer(Department.ADMIN))
                .header("Accept-Language", "zh;q=0.1, en;q=0.9").send().json().get("title").asText();
        String englishAfterUnsupported = http().get("/api/nothing-here").auth(TestTokens.bearer(Department.ADMIN))
                .header("Accept-Language", "fr-FR, de;q=0.8, en-US;q=0.5").send().json().get("title").asText();
        String byDefault = http().get("/api/nothing-here").auth(TestTokens.bearer(Department.ADMIN))
                .header("Accept-Language", "*").send().json().get("title").asText();

        assertThat(chinese).isEqualTo("未找到");
        assertThat(english).isEqualTo("Not found");
        assertThat(englishAfterUnsupported).isEqualTo("Not found");
        assertThat(byDefault).isEqualTo("未找到");
    }

    /** Axon's chain, which the event store and the Kafka converter read with, holds the contract's upcasters. */
    @Test
    void readsOlderRevisionsOfTheContractsEventsThroughAxonsUpcasterChain() {
        Serializer eventSerializer = context.getBean("eventSerializer", Serializer.class);
        TemplateDraftSubmitted report = new TemplateDraftSubmitted("TP-2026-000123", 1, "互联网专线双路由方案",
                "双上联核心CR01/CR02", Department.CSSC, Instant.parse("2026-03-02T01:12:37Z"));
        GenericDomainEventEntry<byte[]> storedAsV1 = new GenericDomainEventEntry<>("SolutionTemplate",
                report.templateId(), 0, "e-1", Instant.EPOCH, TemplateDraftSubmitted.class.getName(), "1",
                eventSerializer.serialize(report, byte[].class).getData(),
                eventSerializer.serialize(MetaData.emptyInstance(), byte[].class).getData());

        List<IntermediateEventRepresentation> read = context.getBean(Configuration.class).upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(storedAsV1, eventSerializer))).toList();

        assertThat(read).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            assertThat((Object) eventSerializer.deserialize(event.getData())).isEqualTo(report);
        });
    }

    @Test
    void usesJacksonEverywhereAndNoAxonServer() {
        context.getBeansOfType(Serializer.class).forEach((name, serializer) ->
                assertThat(serializer).as(name).isInstanceOf(JacksonSerializer.class));
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
        assertThat(context.getBean(EventStorageEngine.class).getClass().getSimpleName())
                .isEqualTo("MongoKeyedEventStorageEngine");
        assertThatThrownBy(() -> Class.forName("org.axonframework.axonserver.connector.AxonServerConfiguration"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    /**
     * The publisher's token is safe only if its processor stores the token after handling, which the
     * TrackingEventProcessor does with NoTransactionManager alone; it is the one in effect, and pinned.
     */
    @Test
    void publishesThroughTheAcknowledgedPublisherWhoseProcessorStoresItsTokenAfterHandling() throws Exception {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        TrackingEventProcessor publisher = processing
                .eventProcessor(AcknowledgedKafkaPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        Field storeTokenBeforeProcessing = TrackingEventProcessor.class.getDeclaredField("storeTokenBeforeProcessing");
        storeTokenBeforeProcessing.setAccessible(true);

        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(NoTransactionManager.class);
        assertThat(processing.transactionManager(AcknowledgedKafkaPublisher.PROCESSING_GROUP))
                .isInstanceOf(NoTransactionManager.class);
        assertThat(storeTokenBeforeProcessing.getBoolean(publisher)).isFalse();
        assertThat(context.getBeanNamesForType(KafkaPublisher.class)).isEmpty();
        assertThat(http().get("/actuator/health").send().json().at("/components/kafkaPublisher/status").asText())
                .isIn("UP", "DOWN");
        assertThat(http().get("/actuator/health/readiness").send().json().path("components").has("kafkaPublisher"))
                .as("Kafka being away must not stop commands").isFalse();
    }

    @Test
    void capsEveryStringAndListARequestBodyCarries() {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);

        assertThat(RequestCaps.uncapped(mapping.getHandlerMethods().values())).isEmpty();
    }

    @Test
    void describesNoPhantomParametersAndNamesTheDepartmentsOfEveryStep() {
        Http.Response docs = http().get("/v3/api-docs").send();

        assertThat(docs.body()).doesNotContain("\"name\":\"actor\"", "\"name\":\"page\"");
        docs.json().path("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId")) {
                assertThat(operation.path("x-gca-step").asText()).as(operation.path("operationId").asText())
                        .isNotBlank();
                assertThat(operation.path("description").asText()).startsWith("Departments: ");
            }
        }));
    }

    @Test
    void offersNoTokenMintingOutsideTheLocalProfile() {
        Http.Response mint = http().post("/local/tokens?department=ADMIN&user=mallory").send();

        assertThat(context.getBeanNamesForType(LocalTokenController.class)).isEmpty();
        assertThat(mint.status()).isEqualTo(401);
        assertThat(mint.body()).doesNotContain("token\"");
    }
}
