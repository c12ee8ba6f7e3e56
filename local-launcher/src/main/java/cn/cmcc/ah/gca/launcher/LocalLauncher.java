package cn.cmcc.ah.gca.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The local run in one command: a real Kafka broker (KRaft) and the MongoDB-wire store in this JVM, with their data
 * under {@code ./data}, and the five services as child JVMs on ports 8081–8085. Ctrl-C stops the services first,
 * then Kafka, then the store; a second start finds all data again. A plain Java main, not a Spring application.
 */
public final class LocalLauncher {

    /** The topics of {@code cn.cmcc.ah.gca.events.Topics}, created at start if missing. */
    public static final List<String> TOPICS = List.of(
            "gca.presale.events", "gca.provisioning.events", "gca.fault.events",
            "gca.decommission.events", "gca.sla.events");
    public static final int TOPIC_PARTITIONS = 3;
    static final String BUILD_COMMAND = "./mvnw -B -q -DskipTests install";
    private static final String DEFAULT_VERSION = "0.1.0-SNAPSHOT";
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    static final String USAGE = """
            Usage: ./run-local.sh [options]     (or: java -jar local-launcher/target/local-launcher-%s.jar [options])
            Starts Kafka (KRaft, in-process) and the MongoDB-wire store with data under --data-dir, then the five
            services as child JVMs (presale 8081, provisioning 8082, fault 8083, decommission 8084, sla-monitor 8085).
            Run it from the repository root. Ctrl-C stops everything; the data stays for the next start.

              --data-dir <dir>               where Kafka, Mongo and the service logs keep their files (default ./data)
              --kafka-port <port>            Kafka PLAINTEXT listener on 127.0.0.1 (default 9092)
              --kafka-controller-port <port> KRaft controller listener on 127.0.0.1 (default: Kafka port + 1)
              --mongo-port <port>            MongoDB-wire server on 127.0.0.1 (default 27017)
              --no-services                  only Kafka and Mongo, e.g. to run a service from the IDE
              --ready-timeout <seconds>      how long to wait for the services' readiness (default 180)
              --help                         this text
            """.formatted(DEFAULT_VERSION);

    /** Command-line options. */
    record Options(Path dataDir, int kafkaPort, int controllerPort, int mongoPort, boolean services,
                   Duration readyTimeout, boolean help) {

        static Options parse(String... args) {
            Path dataDir = Path.of("data");
            int kafkaPort = 9092;
            Integer controllerPort = null;
            int mongoPort = 27017;
            boolean services = true;
            Duration readyTimeout = Duration.ofSeconds(180);
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                boolean takesValue = List.of("--data-dir", "--kafka-port", "--kafka-controller-port", "--mongo-port", "--ready-timeout")
                        .contains(name);
                String value = null;
                if (takesValue) {
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                }
                switch (name) {
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--kafka-port" -> kafkaPort = number(name, value);
                    case "--kafka-controller-port" -> controllerPort = number(name, value);
                    case "--mongo-port" -> mongoPort = number(name, value);
                    case "--no-services" -> services = false;
                    case "--ready-timeout" -> readyTimeout = Duration.ofSeconds(number(name, value));
                    case "--help", "-h" -> help = true;
                    default -> throw new IllegalArgumentException("Unknown option " + arg);
                }
            }
            return new Options(dataDir.toAbsolutePath().normalize(), kafkaPort,
                    controllerPort != null ? controllerPort : kafkaPort + 1, mongoPort, services, readyTimeout, help);
        }

        /** A port number, or the seconds of --ready-timeout. */
        private static int number(String option, String value) {
            try {
                int number = Integer.parseInt(value);
                if (number > 0 && number < 65536) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a number from 1 to 65535, not '" + value + "'");
        }

        Path kafkaDir() {
            return dataDir.resolve("kafka");
        }

        Path mongoFile() {
            return dataDir.resolve("mongo").resolve("gca.mv");
        }

        Path logDir() {
            return dataDir.resolve("logs");
        }
    }

    /** A start that cannot go on, with a message for the user. */
    static final class LaunchException extends RuntimeException {
        LaunchException(String message) {
            super(message);
        }
    }

    private final Options options;
    private final Path repoRoot;
    private final LocalMongoStore mongo;
    private final LocalKafkaBroker kafka;
    private final ServiceSupervisor services;
    private final List<ServiceProcess> notReady = new ArrayList<>();
    private volatile boolean stopping;
    private volatile boolean anythingStarted;
    private boolean stopped;

    LocalLauncher(Options options, Path repoRoot) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.mongo = new LocalMongoStore(options.mongoFile(), options.mongoPort());
        this.kafka = new LocalKafkaBroker(options.kafkaDir(), options.kafkaPort(), options.controllerPort());
        this.services = options.services() ? new ServiceSupervisor(repoRoot, options.logDir(), version()) : null;
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        LocalLauncher launcher = new LocalLauncher(options, Path.of("").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "gca-local-shutdown"));
        try {
            launcher.start();
        } catch (LaunchException e) {
            System.err.println("[gca] " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException | IOException e) {
            System.err.println("[gca] the local run could not start: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        if (!launcher.stopping) {
            System.out.print(launcher.summary());
        }
        new CountDownLatch(1).await(); // until Ctrl-C: the shutdown hook stops everything
    }

    void start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        if (services != null && !services.missingJars().isEmpty()) {
            throw new LaunchException("Missing service jar(s): " + services.missingJars().stream()
                    .map(jar -> repoRoot.relativize(jar).toString()).collect(Collectors.joining(", "))
                    + ". Build them from the repository root with `" + BUILD_COMMAND + "` (./run-local.sh does that),"
                    + " and start the launcher from the repository root (current directory: " + repoRoot + ").");
        }
        requireFreePorts();
        Files.createDirectories(options.logDir());

        anythingStarted = true;
        mongo.start();
        say("MongoDB-wire store  %s  (H2 file %s)", mongo.connectionString(), options.mongoFile());
        String clusterId = kafka.start();
        kafka.ensureTopics(TOPICS, TOPIC_PARTITIONS);
        say("Kafka broker        %s  (KRaft, cluster %s, topics ready, %.1f s)", kafka.bootstrapServers(), clusterId,
                (System.nanoTime() - started) / 1e9);

        if (services != null && !stopping) {
            services.startAll(javaExecutable(), repoRoot, Map.of(
                    "GCA_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                    "GCA_MONGO_URI", mongo.connectionString()));
            notReady.addAll(services.awaitReady(options.readyTimeout()));
        }
        if (!stopping) {
            say("started in %.1f s", (System.nanoTime() - started) / 1e9);
        }
    }

    /** Children first (SIGTERM, then kill after 20 s), then Kafka, then the store. Safe to call more than once. */
    void stop() {
        stopping = true;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        if (services != null) {
            services.stopAll(STOP_GRACE);
        }
        kafka.stop();
        mongo.stop();
        if (anythingStarted) {
            say("stopped; data kept in %s", options.dataDir());
        }
    }

    String summary() {
        StringBuilder s = new StringBuilder();
        String rule = "=".repeat(100);
        s.append(rule).append('\n');
        s.append(notReady.isEmpty() ? " GCA assurance: the local run is up\n"
                : " GCA assurance: the local run is up, BUT " + notReady.size() + " service(s) did not start (see above)\n");
        if (services != null) {
            for (ServiceProcess service : services.processes()) {
                s.append(String.format("  %-21s %s%s%n", service.module(), service.url(),
                        notReady.contains(service) ? "   NOT READY, see " + service.logFile() : ""));
                s.append(String.format("  %-21s   Swagger UI  %s/swagger-ui.html   Prometheus  %s/actuator/prometheus%n",
                        "", service.url(), service.url()));
            }
        } else {
            s.append("  no services started (--no-services). To run one from the IDE, use profile 'local' and:\n");
            s.append("    GCA_KAFKA_BOOTSTRAP=").append(kafka.bootstrapServers())
                    .append(" GCA_MONGO_URI=").append(mongo.connectionString()).append('\n');
        }
        s.append(String.format("  %-21s %s   topics: %s%n", "Kafka bootstrap", kafka.bootstrapServers(), String.join(", ", TOPICS)));
        s.append(String.format("  %-21s %s%n", "MongoDB URI", mongo.connectionString()));
        s.append(String.format("  %-21s %s   (kafka/, mongo/gca.mv)%n", "Data", options.dataDir()));
        s.append(String.format("  %-21s %s%n", "Logs", options.logDir().resolve("<service>.log")));
        s.append("  A token (local profile only; departments GCD, CSSC, ENG, RMU, MON, OMT, PND, CALL_CENTER, CUSTOMER, ADMIN):\n");
        s.append("    curl -s -X POST 'http://localhost:8083/local/tokens?department=CALL_CENTER&user=zhang3'\n");
        s.append("  Press Ctrl-C to stop everything (the data stays).\n");
        s.append(rule).append('\n');
        return s.toString();
    }

    private void requireFreePorts() {
        List<String> taken = new ArrayList<>();
        checkFree(options.kafkaPort(), "Kafka (--kafka-port)", taken);
        checkFree(options.controllerPort(), "the Kafka controller (--kafka-controller-port)", taken);
        checkFree(options.mongoPort(), "Mongo (--mongo-port)", taken);
        if (services != null) {
            services.processes().forEach(service -> checkFree(service.port(), service.module(), taken));
        }
        if (!taken.isEmpty()) {
            throw new LaunchException("Port(s) already in use: " + String.join(", ", taken)
                    + ". Is another local run (or an orphaned service JVM) still running? Stop it or choose other ports.");
        }
    }

    private static void checkFree(int port, String what, List<String> taken) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress((InetAddress) null, port));
        } catch (IOException e) {
            taken.add(port + " (" + what + ")");
        }
    }

    static String version() {
        String version = LocalLauncher.class.getPackage().getImplementationVersion();
        return version != null ? version : DEFAULT_VERSION;
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static void say(String format, Object... args) {
        System.out.println("[gca] " + String.format(format, args));
    }
}
