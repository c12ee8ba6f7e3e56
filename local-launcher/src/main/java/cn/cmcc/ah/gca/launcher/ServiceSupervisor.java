package cn.cmcc.ah.gca.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.cmcc.ah.gca.launcher.LocalLauncher.say;

/** Starts the five services as child JVMs, waits for their readiness, and stops them (children before infrastructure). */
final class ServiceSupervisor {

    /** A service module and the HTTP port it configures for itself ({@code <module>.yml}). */
    record Service(String module, int port) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("presale-service", 8081),
            new Service("provisioning-service", 8082),
            new Service("fault-service", 8083),
            new Service("decommission-service", 8084),
            new Service("sla-monitor", 8085));

    private static final int LOG_TAIL_LINES = 40;

    private final List<ServiceProcess> processes;
    private volatile boolean stopping;

    ServiceSupervisor(Path repoRoot, Path logDir, String version) {
        this.processes = SERVICES.stream()
                .map(service -> new ServiceProcess(service.module(), service.port(),
                        repoRoot.resolve(service.module()).resolve("target")
                                .resolve(service.module() + "-" + version + "-exec.jar"),
                        logDir.resolve(service.module() + ".log")))
                .toList();
    }

    List<ServiceProcess> processes() {
        return processes;
    }

    List<Path> missingJars() {
        return processes.stream().map(ServiceProcess::jar).filter(jar -> !Files.isRegularFile(jar)).toList();
    }

    synchronized void startAll(String javaExecutable, Path workingDir, Map<String, String> environment) throws IOException {
        for (ServiceProcess service : processes) {
            if (stopping) {
                return;
            }
            service.start(javaExecutable, workingDir, environment);
            say("%-21s starting (pid %d, log %s)", service.module(), service.process().pid(), service.logFile());
        }
    }

    /**
     * Polls every service's readiness until each answers 200, exits, or runs out of time. Prints one line per
     * service as it comes up, and the log tail of each one that does not. Returns the services that did not.
     */
    List<ServiceProcess> awaitReady(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Set<ServiceProcess> pending = new LinkedHashSet<>(processes);
        List<ServiceProcess> failed = new ArrayList<>();
        while (!pending.isEmpty() && !stopping) {
            for (Iterator<ServiceProcess> it = pending.iterator(); it.hasNext() && !stopping; ) {
                ServiceProcess service = it.next();
                if (service.isReady(http)) {
                    it.remove();
                    say("%-21s ready   %s (%.1f s)", service.module(), service.url(), (System.nanoTime() - started) / 1e9);
                    watchForUnexpectedExit(service);
                } else if (!service.isAlive()) {
                    it.remove();
                    failed.add(service);
                    reportFailure(service, "exited with code " + service.process().exitValue() + " before it was ready");
                } else if (System.nanoTime() > deadline) {
                    it.remove();
                    failed.add(service);
                    reportFailure(service, "was not ready after " + timeout.toSeconds() + " s (still running)");
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        return failed;
    }

    /** SIGTERM to every child, then waits up to {@code grace} in total before killing the rest. */
    void stopAll(Duration grace) {
        synchronized (this) { // no child is started after this point
            stopping = true;
        }
        List<ServiceProcess> running = processes.stream().filter(ServiceProcess::isAlive).toList();
        if (running.isEmpty()) {
            return;
        }
        say("stopping %d service(s)...", running.size());
        running.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ServiceProcess service : running) {
            int exitCode = service.awaitStop(deadline);
            say("%-21s stopped (exit code %d)", service.module(), exitCode);
        }
    }

    private void watchForUnexpectedExit(ServiceProcess service) {
        service.process().onExit().thenAccept(process -> {
            if (!stopping) {
                say("%-21s EXITED unexpectedly with code %d, see %s", service.module(), process.exitValue(), service.logFile());
            }
        });
    }

    private static void reportFailure(ServiceProcess service, String what) {
        String tail;
        try {
            tail = service.tailOfLog(LOG_TAIL_LINES);
        } catch (RuntimeException e) {
            tail = "(could not read the log: " + e.getMessage() + ")";
        }
        say("%-21s FAILED: %s. Last %d lines of %s:%n%s%n----- end of %s", service.module(), what, LOG_TAIL_LINES,
                service.logFile(), tail.indent(4).stripTrailing(), service.module());
    }
}
