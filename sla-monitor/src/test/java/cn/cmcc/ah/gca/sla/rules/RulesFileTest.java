package cn.cmcc.ah.gca.sla.rules;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.events.ServiceLevel;
import cn.cmcc.ah.gca.events.fault.ReportChannel;
import cn.cmcc.ah.gca.support.query.ViewStores;
import cn.cmcc.ah.gca.support.test.TestInfrastructure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules file named by {@code gca.sla.rules-file}: in effect as version 1 until the store answers; refused at start when invalid. */
class RulesFileTest {

    private final MongoClient mongo = MongoClients.create(TestInfrastructure.embedded().mongoUri());
    private final SlaRulesViews views = new SlaRulesViews(ViewStores.unfenced(
            mongo.getDatabase("rules-file-" + UUID.randomUUID().toString().substring(0, 8)),
            new ObjectMapper().registerModule(new JavaTimeModule())));

    @TempDir
    Path directory;

    @AfterEach
    void close() {
        mongo.close();
    }

    private SlaRuleBook bookReading(String location) {
        return new SlaRuleBook(views, null, new DefaultResourceLoader(), Clock.systemUTC(), location);
    }

    private String file(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return "file:" + file;
    }

    @Test
    void aFileNamedByThePropertyIsInEffectAsVersionOneBeforeTheStoreHoldsAny() throws IOException {
        String location = file("rules.yml", Rules.shippedText().replace("clockTime: PT15M", "clockTime: PT30M"));

        RuleSet current = bookReading(location).current();

        assertThat(current.version()).isEqualTo(1);
        assertThat(current.rule("fault.acceptance").orElseThrow().limit(null, null).description()).isEqualTo("PT30M");
    }

    @Test
    void aJsonFileIsReadAsJson() throws IOException {
        String json = new ObjectMapper().writeValueAsString(
                new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(Rules.shippedText()));

        assertThat(bookReading(file("rules.json", json)).current().rules()).hasSize(10);
    }

    @Test
    void anInvalidFileStopsTheServiceAtStartNamingTheProblem() throws IOException {
        String location = file("rules.yml", Rules.shippedText().replace("gca.fault.FaultAccepted.v3",
                "gca.fault.FaultClosed.v1"));

        assertThatThrownBy(() -> bookReading(location)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fault.acceptance").hasMessageContaining("gca.fault.FaultClosed.v1");
    }

    @Test
    void namingAnOlderRevisionIsAcceptedWithAWarning() {
        RuleSet rules = Rules.yaml(Rules.inRule(Rules.shippedText(), "fault.acceptance", "gca.fault.FaultReported.v3",
                "gca.fault.FaultReported.v2"));

        assertThat(rules.warnings()).singleElement().satisfies(warning -> assertThat(warning)
                .contains("fault.acceptance", "gca.fault.FaultReported.v2", "older revision",
                        "gca.fault.FaultReported.v3"));
        assertThat(rules.watches("gca.fault.FaultReported.v3")).isTrue();
        assertThat(rules.match("gca.fault.FaultReported.v2", Events.tree(Events.faultReported(
                ReportChannel.CALL_CENTER, Department.MON, ServiceLevel.A)))).extracting(RuleMatch::clockId)
                .containsExactly("fault.acceptance:" + Events.TICKET, "fault.restoration:" + Events.TICKET);
    }
}
