package cn.cmcc.ah.gca.sla.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.Topics;
import cn.cmcc.ah.gca.sla.command.SlaStep;
import cn.cmcc.ah.gca.sla.rules.SlaRuleBook;
import cn.cmcc.ah.gca.support.test.Http;
import cn.cmcc.ah.gca.support.test.RoleMatrix;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import cn.cmcc.ah.gca.support.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static cn.cmcc.ah.gca.support.test.TestTokens.bearer;
import static cn.cmcc.ah.gca.support.test.TestTokens.customer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules API on the real context (Art. 5: PND, or ADMIN, changes the rules; everyone reads them): each change
 * validated (422 with every problem), audited as an event on the SLA topic and in effect at once.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gca-defaults,sla-monitor", "gca.sla.rules.refresh=PT0.2S"})
class SlaRulesApiTest {

    private static final RoleMatrix<SlaStep> ROLES = RoleMatrix.of(SlaStep.class);
    /** The steps this class's role matrix tries; {@code SlaStepsTest} checks the classes together cover the table. */
    static final java.util.Set<SlaStep> STEPS = java.util.EnumSet.of(SlaStep.READ_CLOCKS, SlaStep.READ_RULES,
            SlaStep.CHANGE_RULES);
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.embedded().register(registry, "sla-monitor");
    }

    @LocalServerPort
    int port;

    @Autowired
    SlaRuleBook book;

    private RulesCalls rules;

    @BeforeEach
    void setUp() {
        rules = new RulesCalls(port);
        Http.eventually(Duration.ofSeconds(30), () -> rules.get(bearer(Department.GCD)).status() == 200 ? true : null);
    }

    @AfterAll
    static void everyStepWasTriedByEveryDepartment() {
        ROLES.assertChecked(STEPS.toArray(SlaStep[]::new));
    }

    static String shipped() {
        try {
            return new ClassPathResource("sla-rules.yml").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped rules with the template limit changed, so each call is a new version. */
    static String templateLimit(int workingDays) {
        return shipped().replace("limit:\n      workingDays: 3", "limit:\n      workingDays: " + workingDays);
    }

    /** The shipped rules with fault.restoration's stop taken out. */
    private static String restorationWithoutStop() {
        String stop = "    stop:\n      - event: gca.fault.FaultRepaired.v1\n        subjectId: /ticketId\n"
                + "        at: /repairedAt\n";
        assertThat(shipped()).contains(stop);
        return shipped().replace(stop, "");
    }

    @Test
    void everyoneReadsTheRulesInEffectWithTheirVersion() {
        Http.Response read = rules.get(customer("5510001234"));

        assertThat(read.status()).isEqualTo(200);
        JsonNode body = read.json();
        assertThat(body.get("version").asLong()).isPositive();
        assertThat(body.get("ruleIds").toString()).contains("presale.template", "presale.confirmation",
                "fault.acceptance");
        assertThat(body.at("/rules/rules/0/article").asText()).isNotBlank();
        assertThat(body.get("changedByDepartment").asText()).isIn("ADMIN", "PND");
    }

    @Test
    void onlyPndAndAdminChangeTheRulesAndEveryoneReadsThem() {
        int[] days = {10};
        ROLES.check(SlaStep.CHANGE_RULES, 200,
                department -> rules.put(token(department), "application/yaml", templateLimit(days[0]++)));
        ROLES.check(SlaStep.READ_RULES, 200, department -> rules.get(token(department)));
        ROLES.check(SlaStep.READ_CLOCKS, 200, department -> Http.localhost(port).get("/api/clocks")
                .auth(token(department)).send());
    }

    private static String token(Department department) {
        return department == Department.CUSTOMER ? customer("5510001234") : bearer(department);
    }

    @Test
    void aChangeIsANewVersionInEffectAtOnceAndAuditedOnTheSlaTopic() throws Exception {
        try (TopicReader sla = TopicReader.fromNow(TestInfrastructure.embedded().kafkaBootstrap(), Topics.SLA)) {
            long before = book.current().version();

            Http.Response changed = rules.put(bearer(Department.PND, "pnd-wang", null), "application/yaml",
                    templateLimit(4));

            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            long version = changed.json().get("version").asLong();
            assertThat(version).isGreaterThan(before);
            assertThat(changed.json().get("source").asText()).isEqualTo("API");
            assertThat(changed.json().get("changedByUser").asText()).isEqualTo("pnd-wang");
            assertThat(book.current().version()).isEqualTo(version);
            assertThat(book.current().rule("presale.template").orElseThrow().limit(null, null).description())
                    .isEqualTo("4 个工作日 / 4 WD");
            assertThat(rules.get(bearer(Department.CSSC)).json().get("version").asLong()).isEqualTo(version);

            ConsumerRecord<String, CloudEvent> audit = sla.await(r -> "sla-rules".equals(r.key())
                    && r.value().getType().equals("gca.sla.SlaRulesChanged.v1")
                    && data(r).get("version").asLong() == version, Duration.ofSeconds(30));
            JsonNode event = data(audit);
            assertThat(event.get("changedByDepartment").asText()).isEqualTo("PND");
            assertThat(event.get("changedByUser").asText()).isEqualTo("pnd-wang");
            assertThat(event.get("source").asText()).isEqualTo("API");
            assertThat(event.get("ruleIds").toString()).contains("presale.template");
            assertThat(JSON.readTree(event.get("rules").asText()).at("/rules/0/limit/workingDays").asInt())
                    .isEqualTo(4);
            assertThat(audit.value().getExtension("actingdepartment")).hasToString("PND");
        }
    }

    @Test
    void aDocumentInJsonIsTakenAsWellAndTheSameDocumentAgainChangesNothing() throws Exception {
        String json = JSON.writeValueAsString(new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(templateLimit(6)));

        Http.Response first = rules.put(bearer(Department.ADMIN), "application/json", json);
        Http.Response again = rules.put(bearer(Department.ADMIN), "application/json", json);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
    }

    @Test
    void aRuleNothingCanStopIsRefusedWith422NamingTheRuleAndNothingChanges() {
        long before = book.current().version();

        Http.Response chinese = rules.put(bearer(Department.PND), "application/yaml", restorationWithoutStop());
        Http.Response english = rules.put(bearer(Department.PND), "application/yaml", restorationWithoutStop(), "en");

        assertThat(chinese.status()).isEqualTo(422);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("code").asText()).isEqualTo("rule-without-stop");
        assertThat(chinese.json().get("detail").asText()).contains("fault.restoration", "没有结束事件");
        assertThat(chinese.json().get("article").asText()).isEqualTo("Art. 5");
        assertThat(chinese.json().at("/errors/0/code").asText()).isEqualTo("rule-without-stop");
        assertThat(english.json().get("detail").asText()).contains("fault.restoration", "no stop event");
        assertThat(book.current().version()).isEqualTo(before);
    }

    @Test
    void aDocumentWithSeveralProblemsListsEveryOne() {
        // the stop of fault.acceptance only (fault.restoration hands over on FaultAccepted), and its escalateTo: PND
        // only (provisioning.acceptance escalates to PND too)
        String broken = shipped().replace("    stop:\n      - event: gca.fault.FaultAccepted.v3",
                        "    stop:\n      - event: gca.fault.FaultClosed.v1")
                .replace("    escalateTo: PND\n\n  - id: fault.restoration", "    escalateTo: NOC\n\n  - id: fault.restoration");

        Http.Response refused = rules.put(bearer(Department.PND), "application/yaml", broken, "en");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("rules-invalid");
        assertThat(refused.json().get("errors")).hasSize(2);
        assertThat(refused.json().at("/errors/0/message").asText())
                .isEqualTo("Rule fault.acceptance: the stop event gca.fault.FaultClosed.v1 is published by no service "
                        + "(it is not in the event catalog)");
        assertThat(refused.json().at("/errors/1/code").asText()).isEqualTo("department-unknown");
    }

    @Test
    void unreadableTextIsRefusedWith422() {
        Http.Response refused = rules.put(bearer(Department.PND), "application/json", "{\"rules\": [");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("document-unreadable");
    }

    @Test
    void aReloadReadsTheRulesFileAgain() {
        rules.put(bearer(Department.PND), "application/yaml", templateLimit(7));

        Http.Response reloaded = rules.reload(bearer(Department.PND));
        Http.Response refused = rules.reload(bearer(Department.GCD));

        assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);
        assertThat(reloaded.json().get("source").asText()).isEqualTo("SHIPPED");
        assertThat(reloaded.json().at("/rules/rules/0/limit/workingDays").asInt()).isEqualTo(3);
        assertThat(book.current().rule("presale.template").orElseThrow().limit(null, null).description())
                .isEqualTo("3 个工作日 / 3 WD");
        assertThat(refused.status()).isEqualTo(403);
    }

    private static JsonNode data(ConsumerRecord<String, CloudEvent> record) {
        try {
            return JSON.readTree(new String(record.value().getData().toBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
