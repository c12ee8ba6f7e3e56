package cn.cmcc.ah.gca.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure of the provisioned Grafana dashboards (docker/grafana/dashboards/*.json) and of the Prometheus alert
 * rules: Grafana is not installed here, so these files are checked as data. Unique dashboard uids, one datasource
 * (the provisioned uid), every variable a query uses defined, every panel with a query, panels on the 24-column grid
 * without overlaps, and every alert with a severity, annotations and a promtool unit test. Whether the queries return
 * data is checked against a real Prometheus by docker/prometheus/check-queries.py (.ci/run).
 */
class GrafanaDashboardsTest {

    /** Grafana's own variables, which dashboards may use without defining them. */
    private static final Set<String> BUILT_IN_VARIABLES = Set.of(
            "__range", "__range_s", "__range_ms", "__rate_interval", "__interval", "__interval_ms", "__all",
            "__dashboard", "__from", "__to", "__org", "__user", "timeFilter", "__timeFilter");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::[^}]*)?}|\\[\\[(\\w+)(?::[^]]*)?]]|\\$(\\w+)");
    private static final Set<String> PANEL_TYPES_WITHOUT_QUERIES = Set.of("row", "text", "news", "dashlist");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Path root;
    private static Map<String, JsonNode> dashboards;
    private static String datasourceUid;

    @BeforeAll
    static void readDashboards() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                root = dir;
                break;
            }
        }
        assertThat(root).as("repository root").isNotNull();
        dashboards = new LinkedHashMap<>();
        try (var files = Files.list(root.resolve("docker/grafana/dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                dashboards.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
            }
        }
        datasourceUid = YAML.readTree(root.resolve("docker/grafana/provisioning/datasources/prometheus.yml").toFile())
                .path("datasources").get(0).path("uid").asText();
    }

    @Test
    void providesTheSlaComplianceAndPipelineHealthDashboardsBesideTheOverview() {
        assertThat(dashboards.keySet()).contains("sla-overview.json", "sla-compliance.json", "pipeline-health.json");
        assertThat(uids()).contains("gca-sla-overview", "gca-sla-compliance", "gca-pipeline-health");
    }

    @Test
    void everyDashboardHasAUniqueUidAndTitle() {
        List<String> uids = uids();
        assertThat(uids).doesNotHaveDuplicates().allSatisfy(uid -> assertThat(uid).matches("[a-zA-Z0-9_-]{1,40}"));
        List<String> titles = dashboards.values().stream().map(d -> d.path("title").asText()).toList();
        assertThat(titles).doesNotHaveDuplicates().allSatisfy(title -> assertThat(title).isNotBlank());
        dashboards.forEach((file, dashboard) -> assertThat(dashboard.path("editable").asBoolean(true))
                .as("%s is provisioned read-only", file).isFalse());
    }

    @Test
    void everyDatasourceIsTheProvisionedPrometheus() {
        assertThat(datasourceUid).isNotBlank();
        dashboards.forEach((file, dashboard) -> {
            List<JsonNode> datasources = dashboard.findValues("datasource");
            assertThat(datasources).as("datasources of %s", file).isNotEmpty();
            datasources.forEach(datasource -> {
                assertThat(datasource.isObject()).as("%s names its datasource by uid, not by name: %s", file, datasource)
                        .isTrue();
                assertThat(datasource.path("uid").asText()).as("datasource uid in %s", file).isEqualTo(datasourceUid);
                assertThat(datasource.path("type").asText()).as("datasource type in %s", file).isEqualTo("prometheus");
            });
        });
    }

    @Test
    void everyPanelHasAQueryAndUniqueIdsAndRefIds() {
        dashboards.forEach((file, dashboard) -> {
            List<JsonNode> panels = panels(dashboard);
            assertThat(panels).as("panels of %s", file).isNotEmpty();
            assertThat(panels.stream().map(p -> p.path("id").asInt()).toList()).as("panel ids of %s", file)
                    .doesNotHaveDuplicates().doesNotContain(0);
            for (JsonNode panel : panels) {
                String where = file + " panel " + panel.path("id").asInt() + " " + panel.path("title").asText();
                assertThat(panel.path("title").asText()).as("title of %s", where).isNotBlank();
                assertThat(panel.path("description").asText()).as("description of %s", where).isNotBlank();
                if (PANEL_TYPES_WITHOUT_QUERIES.contains(panel.path("type").asText())) {
                    continue;
                }
                JsonNode targets = panel.path("targets");
                assertThat(targets.size()).as("queries of %s", where).isPositive();
                List<String> refIds = new ArrayList<>();
                targets.forEach(target -> {
                    assertThat(target.path("expr").asText()).as("expr of %s %s", where, target.path("refId").asText())
                            .isNotBlank();
                    refIds.add(target.path("refId").asText());
                });
                assertThat(refIds).as("refIds of %s", where).doesNotHaveDuplicates().doesNotContain("");
            }
        });
    }

    @Test
    void everyVariableAQueryUsesIsDefinedAndEveryDefinedVariableIsUsed() {
        dashboards.forEach((file, dashboard) -> {
            Set<String> defined = new HashSet<>();
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                String name = variable.path("name").asText();
                assertThat(name).as("variable name in %s", file).matches("\\w+");
                assertThat(defined.add(name)).as("%s defines $%s once", file, name).isTrue();
                if ("query".equals(variable.path("type").asText())) {
                    assertThat(variableQuery(variable)).as("query of $%s in %s", name, file)
                            .matches("^\\s*label_values\\(.+,\\s*\\w+\\s*\\)\\s*$");
                    assertThat(variable.path("datasource").path("uid").asText()).isEqualTo(datasourceUid);
                }
            }
            Set<String> used = new TreeSet<>();
            for (String text : interpolated(dashboard)) {
                Matcher matcher = VARIABLE.matcher(text);
                while (matcher.find()) {
                    String name = matcher.group(1) != null ? matcher.group(1)
                            : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                    used.add(name);
                }
            }
            Set<String> undefined = used.stream()
                    .filter(name -> !defined.contains(name) && !BUILT_IN_VARIABLES.contains(name))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(undefined).as("variables %s uses without defining them", file).isEmpty();
            assertThat(used).as("variables of %s used by a query", file).containsAll(defined);
        });
    }

    @Test
    void panelsFitTheGridWithoutOverlapping() {
        dashboards.forEach((file, dashboard) -> {
            Map<Integer, Set<Integer>> occupied = new HashMap<>();
            for (JsonNode panel : panels(dashboard)) {
                JsonNode grid = panel.path("gridPos");
                int x = grid.path("x").asInt(-1);
                int y = grid.path("y").asInt(-1);
                int w = grid.path("w").asInt(0);
                int h = grid.path("h").asInt(0);
                String where = file + " panel " + panel.path("id").asInt();
                assertThat(x).as("x of %s", where).isBetween(0, 23);
                assertThat(y).as("y of %s", where).isNotNegative();
                assertThat(w).as("w of %s", where).isPositive();
                assertThat(h).as("h of %s", where).isPositive();
                assertThat(x + w).as("right edge of %s", where).isLessThanOrEqualTo(24);
                for (int row = y; row < y + h; row++) {
                    for (int column = x; column < x + w; column++) {
                        assertThat(occupied.computeIfAbsent(row, r -> new HashSet<>()).add(column))
                                .as("%s overlaps another panel at row %d column %d", where, row, column).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void theSlaDashboardChartsComplianceOpenAtRiskOverdueBreachesAndTimeUsedPerRuleAndDepartment() {
        JsonNode dashboard = dashboards.get("sla-compliance.json");
        String queries = String.join("\n", dashboard.findValuesAsText("expr"));
        assertThat(dashboard.path("templating").path("list").findValuesAsText("name"))
                .contains("rule", "department");
        assertThat(queries)
                .contains("gca_sla_clocks_stopped_total{", "outcome=\"met\"", "by (rule, department)")
                .contains("gca_sla_clocks_open{", "gca_sla_clocks_at_risk{", "gca_sla_clocks_overdue{", "by (department)")
                .contains("rate(gca_sla_clocks_breached_total{")
                .contains("gca_sla_limit_used_ratio_bucket", "gca_sla_working_days_used_sum")
                .contains("gca_sla_calendar_year_loaded", "gca_sla_calendar_provisional_total");
        // compliance = met / (met + late): a rule/department with only late clocks shows 0 %, not "no data"
        assertThat(queries).contains("or 0 * sum by (rule, department) (increase(gca_sla_clocks_stopped_total{");
    }

    @Test
    void thePipelineDashboardChartsPublishersConsumersAndEventProcessors() {
        String queries = String.join("\n", dashboards.get("pipeline-health.json").findValuesAsText("expr"));
        assertThat(queries).contains("gca_kafka_publisher_lag", "gca_kafka_publisher_failing",
                "gca_kafka_publisher_published_total", "gca_kafka_publisher_failures_total",
                "kafka_consumer_fetch_manager_records_lag_max", "eventProcessor_latency",
                "eventProcessor_ingestedCounter_total{application=\"sla-monitor\", processorName=~\"sla-intake.*\"}",
                "eventProcessor_failureCounter_total", "gca_sla_detection_delay_seconds_max");
    }

    @Test
    void theHomeDashboardOfTheComposeStackIsOneOfTheFiles() throws IOException {
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        Matcher home = Pattern.compile("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH:\\s*/etc/grafana/dashboards/(\\S+)")
                .matcher(compose);
        assertThat(home.find()).as("compose sets Grafana's home dashboard").isTrue();
        assertThat(dashboards).containsKey(home.group(1));
    }

    /** Every alert: severity warning|critical, summary and description, and a promtool unit test naming it. */
    @Test
    void everyAlertHasASeverityAnnotationsAndAUnitTest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (var files = Files.list(root.resolve("docker/prometheus/tests"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("_test.yml")).sorted().toList()) {
                JsonNode test = YAML.readTree(file.toFile());
                assertThat(texts(test.path("rule_files"))).as("rule files of %s", file.getFileName())
                        .allSatisfy(ruleFile -> assertThat(file.getParent().resolve(ruleFile).normalize()).exists());
                tests.append(Files.readString(file));
            }
        }
        Set<String> alerts = new TreeSet<>();
        try (var files = Files.list(root.resolve("docker/prometheus/alerts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                for (JsonNode group : YAML.readTree(file.toFile()).path("groups")) {
                    for (JsonNode rule : group.path("rules")) {
                        String alert = rule.path("alert").asText();
                        assertThat(alert).as("rule in %s is an alert (no recording rules here)", file.getFileName())
                                .matches("Gca[A-Za-z]+");
                        assertThat(alerts.add(alert)).as("alert %s defined once", alert).isTrue();
                        assertThat(rule.path("labels").path("severity").asText()).as("severity of %s", alert)
                                .isIn("warning", "critical");
                        assertThat(rule.path("annotations").path("summary").asText()).as("summary of %s", alert).isNotBlank();
                        assertThat(rule.path("annotations").path("description").asText()).as("description of %s", alert)
                                .isNotBlank();
                        assertThat(tests.toString()).as("a promtool test of %s", alert)
                                .containsPattern("alertname:\\s*" + alert + "\\s");
                    }
                }
            }
        }
        assertThat(alerts).contains("GcaSlaBreachRateHigh", "GcaSlaIntakeStalled", "GcaSlaCalendarNextYearNotLoaded",
                "GcaSlaProvisionalDeadlines", "GcaKafkaPublisherFailing");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static List<String> uids() {
        return dashboards.values().stream().map(d -> d.path("uid").asText()).toList();
    }

    /** Panels at any depth (rows may hold panels). */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        collect(dashboard.path("panels"), panels);
        return panels;
    }

    private static void collect(JsonNode list, List<JsonNode> into) {
        for (JsonNode panel : list) {
            into.add(panel);
            collect(panel.path("panels"), into);
        }
    }

    private static String variableQuery(JsonNode variable) {
        JsonNode query = variable.path("query");
        return query.isObject() ? query.path("query").asText() : query.asText();
    }

    /** The texts in which Grafana interpolates variables: queries, variable queries, panel titles. */
    private static List<String> interpolated(JsonNode dashboard) {
        List<String> texts = new ArrayList<>(dashboard.findValuesAsText("expr"));
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            texts.add(variableQuery(variable));
        }
        for (JsonNode panel : panels(dashboard)) {
            texts.add(panel.path("title").asText());
        }
        return texts;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
