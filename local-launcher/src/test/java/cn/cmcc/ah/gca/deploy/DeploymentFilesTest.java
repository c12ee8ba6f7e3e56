package cn.cmcc.ah.gca.deploy;

import cn.cmcc.ah.gca.launcher.LocalKafkaBroker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the deployment files (docker-compose.yml, Dockerfile, docker/prometheus, docker/grafana) in step with
 * each other and with the modules, so that drift fails CI rather than a deployment. No Docker engine is needed;
 * where {@code docker-compose} or {@code promtool} is on PATH their own validators run as well.
 */
class DeploymentFilesTest {

    /** Module = compose service = spring.application.name = Prometheus job, and its container port. */
    private static final Map<String, Integer> SERVICES = orderedMap(
            "presale-service", 8081,
            "provisioning-service", 8082,
            "fault-service", 8083,
            "decommission-service", 8084,
            "sla-monitor", 8085);

    /** The domain topics; the same names as {@code cn.cmcc.ah.gca.events.Topics}. */
    private static final List<String> TOPICS = List.of(
            "gca.presale.events", "gca.provisioning.events", "gca.fault.events",
            "gca.decommission.events", "gca.sla.events");

    private static final Map<String, String> MEMORY_LIMITS = Map.of(
            "kafka", "1g", "mongo", "1g", "prometheus", "512m", "grafana", "256m");

    /** Containers that hold state, and the named volume each keeps it in. */
    private static final Map<String, String> STATE_VOLUMES = Map.of(
            "kafka", "kafka-data", "mongo", "mongo-data", "prometheus", "prometheus-data", "grafana", "grafana-data");

    /** Runs once and exits; it needs no healthcheck or restart policy. */
    private static final String TOPIC_INIT = "kafka-init";

    /**
     * Every metric a dashboard may query, with what publishes it. A dashboard query naming anything else fails the
     * test: add the metric here only together with the code (or exporter) that publishes it.
     */
    static final Map<String, String> KNOWN_METRICS = Map.ofEntries(
            Map.entry("up", "Prometheus itself, one series per scrape job (job = service name)"),
            Map.entry("process_uptime_seconds", "Micrometer process metrics, every service (the application variable's source)"),
            Map.entry("http_server_requests_seconds_count", "Spring MVC server observations, every service"),
            Map.entry("jvm_memory_used_bytes", "Micrometer JVM memory metrics, every service"),
            // sla-monitor SlaMetrics. Tags rule, department, service_level (NONE when absent); never a form or ticket id.
            // Names from the issue-9 design (notes/sla-design.md "Metrics"); before issue 9 only started, warned,
            // breached, stopped and open existed, tagged by rule alone.
            Map.entry("gca_sla_clocks_started_total", "sla-monitor SlaMetrics (gca.sla.clocks.started)"),
            Map.entry("gca_sla_clocks_warned_total", "sla-monitor SlaMetrics (gca.sla.clocks.warned)"),
            Map.entry("gca_sla_clocks_breached_total", "sla-monitor SlaMetrics (gca.sla.clocks.breached)"),
            Map.entry("gca_sla_clocks_stopped_total", "sla-monitor SlaMetrics (gca.sla.clocks.stopped, outcome=met|late)"),
            Map.entry("gca_sla_clocks_reopened_total",
                    "sla-monitor SlaMetrics (gca.sla.clocks.reopened, the outcome a reopening withdrew)"),
            Map.entry("gca_sla_clocks_cancelled_total", "sla-monitor SlaMetrics (gca.sla.clocks.cancelled)"),
            Map.entry("gca_sla_clocks_open", "sla-monitor SlaMetrics (gca.sla.clocks.open)"),
            Map.entry("gca_sla_clocks_at_risk", "sla-monitor SlaMetrics (gca.sla.clocks.at.risk: warned, not breached)"),
            Map.entry("gca_sla_clocks_overdue", "sla-monitor SlaMetrics (gca.sla.clocks.overdue: breached, still running)"),
            Map.entry("gca_sla_limit_used_ratio_bucket", "sla-monitor SlaMetrics (gca.sla.limit.used.ratio, histogram buckets 0.25..2)"),
            Map.entry("gca_sla_working_days_used_sum", "sla-monitor SlaMetrics (gca.sla.working.days.used)"),
            Map.entry("gca_sla_working_days_used_count", "sla-monitor SlaMetrics (gca.sla.working.days.used)"),
            Map.entry("gca_sla_detection_delay_seconds_max", "sla-monitor SlaMetrics (gca.sla.detection.delay, rule, kind)"),
            Map.entry("gca_sla_detection_delay_seconds_sum", "sla-monitor SlaMetrics (gca.sla.detection.delay, rule, kind)"),
            Map.entry("gca_sla_detection_delay_seconds_count", "sla-monitor SlaMetrics (gca.sla.detection.delay, rule, kind)"),
            Map.entry("gca_sla_calendar_provisional_total", "sla-monitor (deadlines computed on the Monday-Friday fallback)"),
            Map.entry("gca_sla_calendar_year_loaded", "sla-monitor (1/0 per year, the current and the next)"),
            // service-support, every service
            Map.entry("gca_kafka_publisher_published_total", "service-support KafkaPublisherMonitor"),
            Map.entry("gca_kafka_publisher_failures_total", "service-support KafkaPublisherMonitor (reason)"),
            Map.entry("gca_kafka_publisher_failing", "service-support KafkaPublisherMonitor"),
            Map.entry("gca_kafka_publisher_lag", "service-support KafkaPublisherMonitor"),
            Map.entry("gca_eventstore_gaps_closed_total", "service-support GcaAxonConfiguration"),
            // axon-micrometer, dimensional (axon.metrics.micrometer.dimensional=true in gca-defaults.yml)
            Map.entry("eventProcessor_latency", "axon-micrometer EventProcessorLatencyMonitor (ms, processorName)"),
            Map.entry("eventProcessor_ingestedCounter_total", "axon-micrometer MessageCountingMonitor (processorName, payloadType)"),
            Map.entry("eventProcessor_processedCounter_total", "axon-micrometer MessageCountingMonitor (processorName, payloadType)"),
            Map.entry("eventProcessor_failureCounter_total", "axon-micrometer MessageCountingMonitor (processorName, payloadType)"),
            Map.entry("eventProcessor_successTimer_seconds", "axon-micrometer MessageTimerMonitor (summary with quantiles)"),
            Map.entry("commandBus_successCounter_total", "axon-micrometer MessageCountingMonitor (payloadType)"),
            Map.entry("commandBus_failureCounter_total", "axon-micrometer MessageCountingMonitor (payloadType)"),
            // Micrometer KafkaClientMetrics bound to the consumer of the streamable Kafka message source
            // (service-support GcaAxonConfiguration); docker/prometheus/check-queries.py checks it is exported.
            Map.entry("kafka_consumer_fetch_manager_records_lag_max", "Micrometer KafkaClientMetrics (client_id)"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Path root;
    private static JsonNode compose;
    private static JsonNode prometheus;

    @BeforeAll
    static void readDeploymentFiles() throws IOException {
        root = repositoryRoot();
        compose = composeFile(root.resolve("docker-compose.yml"));
        prometheus = YAML.readTree(root.resolve("docker/prometheus/prometheus.yml").toFile());
    }

    @Test
    void pinsEveryImageToAVersionTag() {
        fields(compose.path("services")).forEach((name, service) -> {
            String image = service.path("image").asText("");
            assertThat(image).as("image of %s", name).isNotBlank();
            assertThat(isPinned(image)).as("%s: image %s names a version tag other than latest", name, image).isTrue();
        });
    }

    @Test
    void buildsTheFiveServicesFromTheSharedDockerfile() {
        assertThat(fields(compose.path("services")).keySet()).containsAll(SERVICES.keySet());
        SERVICES.forEach((name, port) -> {
            JsonNode build = service(name).path("build");
            assertThat(build.path("context").asText()).as("%s build context", name).isEqualTo(".");
            assertThat(build.path("dockerfile").asText("Dockerfile")).as("%s dockerfile", name).isEqualTo("Dockerfile");
            assertThat(build.path("args").path("MODULE").asText()).as("%s build arg MODULE", name).isEqualTo(name);
            assertThat(build.path("args").path("PORT").asText()).as("%s build arg PORT", name).isEqualTo(port.toString());
            assertThat(Files.isDirectory(root.resolve(name))).as("module directory %s", name).isTrue();
        });
    }

    @Test
    void dockerfileRunsTheModulesExecJarAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(root.resolve("Dockerfile"));
        List<String> from = matches(dockerfile, "(?m)^FROM\\s+(\\S+)");
        assertThat(from).as("base images").isNotEmpty().allSatisfy(image -> {
            assertThat(image).startsWith("eclipse-temurin:17");
            assertThat(isPinned(image)).as("base image %s is pinned", image).isTrue();
        });
        assertThat(dockerfile)
                .containsPattern("(?m)^ARG MODULE\\s*$")
                .contains("${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar")
                .contains("ENV SERVER_PORT=${PORT}")
                .containsPattern("(?m)^EXPOSE ")
                .contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]");
        List<String> users = matches(dockerfile, "(?m)^USER\\s+(\\S+)");
        assertThat(users).as("USER lines").isNotEmpty();
        assertThat(users.get(users.size() - 1)).doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");

        List<String> ignored = Files.readAllLines(root.resolve(".dockerignore")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(ignored).as(".dockerignore keeps the jars in the build context")
                .doesNotContain("target", "target/", "**/target", "**/target/", "*.jar", "**/*.jar");
    }

    @Test
    void publishesEachServiceOnTheServerPortOfItsModule() throws IOException {
        for (Map.Entry<String, Integer> entry : SERVICES.entrySet()) {
            String name = entry.getKey();
            int port = entry.getValue();
            JsonNode moduleConfig = YAML.readTree(root.resolve(name + "/src/main/resources/" + name + ".yml").toFile());
            assertThat(moduleConfig.path("server").path("port").asInt()).as("server.port in %s.yml", name).isEqualTo(port);
            assertThat(texts(service(name).path("ports"))).as("ports of %s", name).contains(port + ":" + port);
        }
        assertThat(texts(service("grafana").path("ports"))).contains("3000:3000");
        assertThat(texts(service("prometheus").path("ports"))).contains("9090:9090");
        assertThat(texts(service("kafka").path("ports"))).contains("29092:29092");
    }

    @Test
    void givesEveryLongRunningContainerAHealthcheckMemoryLimitAndRestartPolicy() {
        fields(compose.path("services")).forEach((name, service) -> {
            String expectedLimit = SERVICES.containsKey(name) ? "768m" : MEMORY_LIMITS.get(name);
            if (expectedLimit != null) {
                assertThat(service.path("mem_limit").asText()).as("mem_limit of %s", name).isEqualTo(expectedLimit);
            } else {
                assertThat(service.path("mem_limit").asText()).as("mem_limit of %s", name).isNotBlank();
            }
            if (!name.equals(TOPIC_INIT)) {
                assertThat(texts(service.path("healthcheck").path("test"))).as("healthcheck of %s", name).isNotEmpty();
                assertThat(service.path("restart").asText()).as("restart policy of %s", name).isEqualTo("unless-stopped");
            }
        });
        SERVICES.keySet().forEach(name -> assertThat(String.join(" ", texts(service(name).path("healthcheck").path("test"))))
                .as("%s is healthy once ready", name).contains("/actuator/health/readiness"));
    }

    @Test
    void startsEachServiceOnlyAfterKafkaAndMongoAreHealthyAndTheTopicsExist() {
        SERVICES.keySet().forEach(name -> {
            JsonNode dependsOn = service(name).path("depends_on");
            assertThat(dependsOn.path("kafka").path("condition").asText()).as("%s waits for kafka", name)
                    .isEqualTo("service_healthy");
            assertThat(dependsOn.path("mongo").path("condition").asText()).as("%s waits for mongo", name)
                    .isEqualTo("service_healthy");
            assertThat(dependsOn.path(TOPIC_INIT).path("condition").asText()).as("%s waits for the topics", name)
                    .isEqualTo("service_completed_successfully");
        });
        assertThat(service(TOPIC_INIT).path("depends_on").path("kafka").path("condition").asText())
                .isEqualTo("service_healthy");
    }

    @Test
    void passesTheBrokerStoreIssuerAndHeapSettingsToEveryService() {
        SERVICES.keySet().forEach(name -> {
            JsonNode env = service(name).path("environment");
            assertThat(env.path("SPRING_PROFILES_ACTIVE").asText()).as("%s profile", name).isEqualTo("docker");
            assertThat(env.path("GCA_KAFKA_BOOTSTRAP").asText()).as("%s broker", name).isEqualTo("kafka:9092");
            assertThat(env.path("GCA_MONGO_URI").asText()).as("%s store", name)
                    .startsWith("mongodb://mongo:27017/").contains("replicaSet=rs0");
            assertThat(env.path("GCA_JWT_ISSUER_URI").asText()).as("%s token issuer", name)
                    .startsWith("${GCA_JWT_ISSUER_URI");
            assertThat(env.path("JAVA_TOOL_OPTIONS").asText()).as("%s JVM options", name)
                    .contains("-Xmx256m", "-XX:+UseSerialGC");
            assertThat(env.has("GCA_JWT_HMAC_SECRET")).as("%s has no development HMAC key", name).isFalse();
            if (name.equals("fault-service")) {
                assertThat(env.path("GCA_FAULT_CONTACT_KEY").asText()).as("the contact key comes from the shell")
                        .isEqualTo("${GCA_FAULT_CONTACT_KEY:-}");
            }
        });
    }

    @Test
    void keepsStateInDeclaredNamedVolumes() {
        Set<String> declared = fields(compose.path("volumes")).keySet();
        STATE_VOLUMES.forEach((name, volume) -> {
            assertThat(declared).as("declared volumes").contains(volume);
            assertThat(texts(service(name).path("volumes"))).as("volumes of %s", name)
                    .anyMatch(mount -> mount.startsWith(volume + ":"));
        });
        fields(compose.path("services")).forEach((name, service) -> texts(service.path("volumes")).forEach(mount -> {
            String source = mount.split(":")[0];
            if (!source.startsWith(".") && !source.startsWith("/")) {
                assertThat(declared).as("named volume %s used by %s", source, name).contains(source);
            }
        }));
    }

    @Test
    void createsEveryDomainTopicTheModulesPublishOrConsume() throws IOException {
        String init = String.join("\n", texts(service(TOPIC_INIT).path("command")));
        TOPICS.forEach(topic -> assertThat(init).as("%s creates %s", TOPIC_INIT, topic).contains(topic));
        for (String name : SERVICES.keySet()) {
            JsonNode moduleConfig = YAML.readTree(root.resolve(name + "/src/main/resources/" + name + ".yml").toFile());
            assertThat(moduleConfig.path("axon").path("kafka").path("default-topic").asText())
                    .as("topic %s publishes to", name).isIn(TOPICS);
            assertThat(texts(moduleConfig.path("gca").path("kafka").path("consumed-topics")))
                    .as("topics %s consumes", name).isSubsetOf(TOPICS);
        }
    }

    /**
     * The broker must take every record the services may publish: message.max.bytes (compose and the local broker
     * alike) at least the services' gca.kafka.max-event-bytes plus Kafka's framing, and no topic created smaller.
     */
    @Test
    void theBrokersAcceptEveryEventTheServicesMayPublish() throws IOException {
        JsonNode defaults = YAML.readTree(root.resolve("service-support/src/main/resources/gca-defaults.yml").toFile());
        int maxEventBytes = defaults.path("gca").path("kafka").path("max-event-bytes").asInt();
        int composeLimit = service("kafka").path("environment").path("KAFKA_MESSAGE_MAX_BYTES").asInt();

        assertThat(maxEventBytes).as("gca.kafka.max-event-bytes").isPositive();
        assertThat(composeLimit).as("compose KAFKA_MESSAGE_MAX_BYTES").isEqualTo(LocalKafkaBroker.MESSAGE_MAX_BYTES);
        assertThat(LocalKafkaBroker.MESSAGE_MAX_BYTES).isGreaterThanOrEqualTo(maxEventBytes + 1024);
        assertThat(String.join("\n", texts(service(TOPIC_INIT).path("command"))))
                .as("topics keep the broker's limit").doesNotContain("max.message.bytes");
    }

    @Test
    void scrapesEveryServiceAtItsActuatorPrometheusEndpoint() {
        assertThat(prometheus.path("global").path("scrape_interval").asText()).isEqualTo("15s");
        Map<String, JsonNode> jobs = new LinkedHashMap<>();
        prometheus.path("scrape_configs").forEach(job -> jobs.put(job.path("job_name").asText(), job));
        SERVICES.forEach((name, port) -> {
            JsonNode job = jobs.get(name);
            assertThat(job).as("scrape job %s", name).isNotNull();
            assertThat(job.path("metrics_path").asText()).as("metrics path of %s", name).isEqualTo("/actuator/prometheus");
            List<String> targets = new ArrayList<>();
            job.path("static_configs").forEach(config -> targets.addAll(texts(config.path("targets"))));
            assertThat(targets).as("targets of %s", name).containsExactly(name + ":" + port);
        });
        assertThat(texts(service("prometheus").path("volumes")))
                .contains("./docker/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    }

    @Test
    void provisionsThePrometheusDatasourceAndTheDashboardsFolderIntoGrafana() throws IOException {
        List<String> grafanaMounts = texts(service("grafana").path("volumes"));
        assertThat(grafanaMounts).contains("./docker/grafana/provisioning:/etc/grafana/provisioning:ro");
        String dashboardsMount = grafanaMounts.stream().filter(mount -> mount.startsWith("./docker/grafana/dashboards:"))
                .findFirst().orElseThrow(() -> new AssertionError("grafana mounts ./docker/grafana/dashboards"));
        String dashboardsInContainer = dashboardsMount.split(":")[1];

        JsonNode datasources = YAML.readTree(root.resolve(
                "docker/grafana/provisioning/datasources/prometheus.yml").toFile()).path("datasources");
        assertThat(datasources).hasSize(1);
        assertThat(datasources.get(0).path("type").asText()).isEqualTo("prometheus");
        assertThat(datasources.get(0).path("url").asText()).isEqualTo("http://prometheus:9090");

        JsonNode providers = YAML.readTree(root.resolve(
                "docker/grafana/provisioning/dashboards/dashboards.yml").toFile()).path("providers");
        assertThat(providers).isNotEmpty();
        providers.forEach(provider -> assertThat(provider.path("options").path("path").asText())
                .as("dashboard provider path is the mounted dashboards folder").isEqualTo(dashboardsInContainer));
        assertThat(dashboards()).as("provisioned dashboards").isNotEmpty();
    }

    @Test
    void dashboardsQueryOnlyMetricsTheStackPublishesThroughTheProvisionedDatasource() throws IOException {
        String datasourceUid = YAML.readTree(root.resolve("docker/grafana/provisioning/datasources/prometheus.yml")
                .toFile()).path("datasources").get(0).path("uid").asText();
        assertThat(datasourceUid).isNotBlank();
        for (Path file : dashboards()) {
            JsonNode dashboard = JSON.readTree(file.toFile());
            assertThat(dashboard.path("uid").asText()).as("uid of %s", file.getFileName()).isNotBlank();
            List<String> queries = queries(dashboard);
            assertThat(queries).as("queries of %s", file.getFileName()).isNotEmpty();
            for (String query : queries) {
                Set<String> metrics = metricNames(query);
                assertThat(metrics).as("metrics in %s", query).isNotEmpty().isSubsetOf(KNOWN_METRICS.keySet());
            }
            for (JsonNode datasource : dashboard.findValues("datasource")) {
                if (datasource.isObject()) {
                    assertThat(datasource.path("uid").asText()).as("datasource in %s", file.getFileName())
                            .isEqualTo(datasourceUid);
                }
            }
        }
    }

    @Test
    void alertRulesQueryOnlyMetricsTheStackPublishesAndAreLoadedByPrometheus() throws IOException {
        assertThat(texts(prometheus.path("rule_files"))).containsExactly("alerts/*.yml");
        assertThat(texts(service("prometheus").path("volumes")))
                .contains("./docker/prometheus/alerts:/etc/prometheus/alerts:ro");
        List<Path> ruleFiles;
        try (var files = Files.list(root.resolve("docker/prometheus/alerts"))) {
            ruleFiles = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(ruleFiles).as("alert rule files").isNotEmpty();
        for (Path file : ruleFiles) {
            for (JsonNode group : YAML.readTree(file.toFile()).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String expr = rule.path("expr").asText();
                    assertThat(metricNames(expr)).as("metrics of alert %s", rule.path("alert").asText())
                            .isNotEmpty().isSubsetOf(KNOWN_METRICS.keySet());
                }
            }
        }
    }

    @Test
    void slaOverviewChartsServiceHealthTrafficHeapAndSlaClocksPerApplication() throws IOException {
        JsonNode dashboard = JSON.readTree(root.resolve("docker/grafana/dashboards/sla-overview.json").toFile());
        Set<String> used = queries(dashboard).stream().flatMap(query -> metricNames(query).stream())
                .collect(Collectors.toSet());
        assertThat(used).contains("up", "http_server_requests_seconds_count", "jvm_memory_used_bytes",
                "gca_sla_clocks_started_total", "gca_sla_clocks_breached_total", "gca_sla_clocks_open");
        assertThat(String.join("\n", queries(dashboard))).contains("status=~\"5..\"", "area=\"heap\"", "by (rule)");
        assertThat(dashboard.path("templating").path("list").findValuesAsText("name")).contains("application");
    }

    @Test
    void readsMetricNamesOutOfPromqlAndVariableQueries() {
        assertThat(metricNames("sum by (application) (rate(http_server_requests_seconds_count"
                + "{application=~\"$application\", status=~\"5..\"}[$__rate_interval]))"))
                .containsExactly("http_server_requests_seconds_count");
        assertThat(metricNames("a_total / on (rule) group_left b_open > bool 0 or vector(0)"))
                .containsExactly("a_total", "b_open");
        assertThat(metricNames("label_values(process_uptime_seconds, application)"))
                .containsExactly("process_uptime_seconds");
        assertThat(metricNames("up{job=~\"$application\"} offset 5m")).containsExactly("up");
    }

    @Test
    void composeFileIsValidForDockerCompose() throws Exception {
        Optional<Path> dockerCompose = onPath("docker-compose");
        Assumptions.assumeTrue(dockerCompose.isPresent(),
                "docker-compose is not on PATH (apt-get install docker-compose); its own validation is skipped");
        Result result = run(Duration.ofSeconds(60),
                dockerCompose.get().toString(), "-f", "docker-compose.yml", "config", "-q");
        assertThat(result.exitCode()).as("docker-compose config -q said:%n%s", result.output()).isZero();
    }

    @Test
    void prometheusConfigIsValidForPromtool() throws Exception {
        Optional<Path> promtool = onPath("promtool");
        Assumptions.assumeTrue(promtool.isPresent(),
                "promtool is not on PATH (apt-get install prometheus); its own validation is skipped");
        Result result = run(Duration.ofSeconds(60),
                promtool.get().toString(), "check", "config", "docker/prometheus/prometheus.yml");
        assertThat(result.exitCode()).as("promtool check config said:%n%s", result.output()).isZero();
    }

    // --- PromQL -------------------------------------------------------------------------------------------------

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LIST = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern GRAFANA_VARIABLE = Pattern.compile("\\$\\w+");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.])[a-zA-Z_:][\\w:]*+(?!\\s*\\()");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\(\\s*(.*?)\\s*,\\s*\\w+\\s*\\)\\s*$");
    private static final Set<String> KEYWORDS = Set.of(
            "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset",
            "inf", "nan");

    /**
     * The metric names a PromQL expression (or a Grafana {@code label_values(metric, label)} variable query) selects:
     * identifiers left after removing strings, label matchers, ranges, grouping label lists and Grafana variables
     * that are neither function calls nor keywords.
     */
    static Set<String> metricNames(String query) {
        Matcher labelValues = LABEL_VALUES.matcher(query);
        String expression = labelValues.matches() ? labelValues.group(1) : query;
        String stripped = STRING_LITERAL.matcher(expression).replaceAll("\"\"");
        stripped = LABEL_MATCHERS.matcher(stripped).replaceAll(" ");
        stripped = RANGE.matcher(stripped).replaceAll(" ");
        stripped = LABEL_LIST.matcher(stripped).replaceAll(" ");
        stripped = GRAFANA_VARIABLE.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(stripped);
        while (identifier.find()) {
            if (!KEYWORDS.contains(identifier.group().toLowerCase())) {
                names.add(identifier.group());
            }
        }
        return names;
    }

    /** Every PromQL expression of a dashboard's panels (rows included) and its query variables. */
    private static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>(dashboard.findValuesAsText("expr"));
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                queries.add(query.isObject() ? query.path("query").asText() : query.asText());
            }
        }
        return queries;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory above " + Path.of("").toAbsolutePath()
                + " holds both docker-compose.yml and pom.xml");
    }

    /**
     * docker-compose.yml shares its service settings through YAML anchors and merge keys ({@code <<: *defaults}).
     * Jackson's YAML parser does not apply merge keys, so SnakeYAML (already under jackson-dataformat-yaml) composes
     * the document and Jackson only walks the result.
     */
    private static JsonNode composeFile(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return JSON.valueToTree(document);
        }
    }

    private static JsonNode service(String name) {
        JsonNode service = compose.path("services").path(name);
        assertThat(service.isObject()).as("compose service %s", name).isTrue();
        return service;
    }

    private static List<Path> dashboards() throws IOException {
        try (var files = Files.list(root.resolve("docker/grafana/dashboards"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** An image reference is pinned when it has a digest, or a tag other than {@code latest}. */
    private static boolean isPinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        return colon > 0 && colon < lastSegment.length() - 1 && !lastSegment.substring(colon + 1).equals("latest")
                && !lastSegment.contains("$");
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    /** A node's text values: each element of an array, or the node itself as a one-element list. */
    private static List<String> texts(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
        }
        return List.of(node.asText());
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a command in the repository root, bounded by the timeout; the tool's output goes to a temp file. */
    private static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("deployment-files-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("%s did not finish within %s", String.join(" ", command), timeout);
            }
            return new Result(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Map<String, Integer> orderedMap(Object... keysAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
